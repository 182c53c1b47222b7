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

describe('a level said near a lab name that does not belong to it', () => {
  it('does not bear out a level the conversation denies', () => {
    const denied = indexOf([
      ['lege', 'Blodprøvene er fine. B12 var ikke lav i det hele tatt.'],
      ['pasient', 'Så bra.'],
    ]);
    expect(shownFlags('Lav B12.', denied, 'funn')).not.toEqual([]);
  });

  it('does not bear out the level said for the next test', () => {
    const listed = indexOf([
      ['lege', 'Svarene: B12 normal, folat lav.'],
      ['pasient', 'Ok.'],
    ]);
    expect(shownFlags('Lav B12.', listed, 'funn')).not.toEqual([]);
    expect(shownFlags('Normal B12.', listed, 'funn')).toEqual([]);
  });

  it('questions a negated level written in the note', () => {
    const low = indexOf([['lege', 'Blodprøvene viste at B12 er lavt, 110.']]);
    expect(shownFlags('B12 ikke lav.', low, 'funn')).not.toEqual([]);
  });
});
