import { describe, expect, it } from 'vitest';
import { checkNarrativeDiv, toNarrativeDiv, toPlainTextFromDiv } from './narrative.js';

describe('toNarrativeDiv', () => {
  it('turns paragraphs, line breaks and dash lists into XHTML', () => {
    const div = toNarrativeDiv('Første linje\nandre linje\n\n- Ibux 400 mg\n- Paracetamol 1 g');
    expect(div).toBe(
      '<div xmlns="http://www.w3.org/1999/xhtml"><p>Første linje<br/>andre linje</p>' +
        '<ul><li>Ibux 400 mg</li><li>Paracetamol 1 g</li></ul></div>',
    );
  });

  it('escapes markup in clinical text so it shows as written', () => {
    const div = toNarrativeDiv('CRP <5 & Hb > 12 "normal"');
    expect(div).toContain('CRP &lt;5 &amp; Hb &gt; 12 &quot;normal&quot;');
    expect(toPlainTextFromDiv(div)).toBe('CRP <5 & Hb > 12 "normal"');
    expect(checkNarrativeDiv(div)).toEqual([]);
  });
});

describe('checkNarrativeDiv', () => {
  it('accepts what toNarrativeDiv produces', () => {
    expect(checkNarrativeDiv(toNarrativeDiv('Tekst\n\n- punkt'))).toEqual([]);
  });

  it('rejects a div outside the XHTML namespace', () => {
    expect(checkNarrativeDiv('<div><p>tekst</p></div>')).toContain(
      'narrative must be a <div> in the XHTML namespace',
    );
  });

  it('rejects scripts, event handlers and javascript links', () => {
    const ns = 'xmlns="http://www.w3.org/1999/xhtml"';
    expect(checkNarrativeDiv(`<div ${ns}><script>x()</script>tekst</div>`)).toContain(
      'narrative contains a disallowed element <script>',
    );
    expect(checkNarrativeDiv(`<div ${ns}><p onclick="x()">tekst</p></div>`)).toContain(
      'narrative contains a disallowed attribute "onclick"',
    );
    expect(checkNarrativeDiv(`<div ${ns}><a href="javascript:x()">tekst</a></div>`)).toContain(
      'narrative contains a script link',
    );
  });

  it('rejects unbalanced tags, HTML-only entities and empty narrative', () => {
    const ns = 'xmlns="http://www.w3.org/1999/xhtml"';
    expect(checkNarrativeDiv(`<div ${ns}><p>tekst</div>`)).toContain(
      'narrative has unbalanced tags',
    );
    expect(checkNarrativeDiv(`<div ${ns}><p>a&nbsp;b</p></div>`)).toContain(
      'narrative contains an undefined or unterminated entity',
    );
    expect(checkNarrativeDiv(`<div ${ns}><p> </p></div>`)).toContain(
      'narrative has no text (txt-2)',
    );
  });
});
