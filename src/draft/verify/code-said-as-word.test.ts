import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a lab name that looks like a diagnosis code ("B12")', () => {
  const visit = indexOf([
    ['lege', 'Vi tar blodprøver med B12 og stoffskifte.'],
    ['lege', 'Blodprøvene viste at B12 er lavt, 110, og hemoglobinet er 11,2.'],
  ]);

  it('is not read as an unknown code when the conversation says it as a word', () => {
    expect(shownFlags('Lav B12, 110.', visit, 'funn')).toEqual([]);
    expect(shownFlags('Blodprøver inkludert B12 og thyreoideaprøver.', visit, 'tiltak')).toEqual(
      [],
    );
  });

  it('still contradicts a wrong value beside it', () => {
    expect(shownFlags('Lav B12, 210.', visit, 'funn')).toContain('error:number-conflict');
  });

  it('still flags an unknown code nobody said', () => {
    expect(shownFlags('Lav B12, 110. Kode B13.', visit, 'funn')).toContain('error:code-unknown');
    const silent = indexOf([['lege', 'Blodprøvene viste at hemoglobinet er 11,2.']]);
    expect(shownFlags('Diagnose B12.', silent, 'vurdering')).toContain('error:code-unknown');
  });
});

describe('the level written for a lab name said as a word', () => {
  const visit = indexOf([['lege', 'Blodprøvene viste at B12 er lavt, 110.']]);

  it('bears out the level that was said', () => {
    expect(shownFlags('Lav B12.', visit, 'funn')).toEqual([]);
  });

  it('contradicts the opposite level', () => {
    expect(shownFlags('Normal B12.', visit, 'funn')).toContain('error:number-conflict');
    expect(shownFlags('Høy B12.', visit, 'funn')).toContain('error:number-conflict');
  });

  it('questions a level where none was said', () => {
    const unrated = indexOf([['lege', 'Vi tar blodprøver med B12 og stoffskifte.']]);
    expect(shownFlags('Lav B12.', unrated, 'funn')).toContain('warning:unsupported');
  });
});
