import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a state reached later in a course of stay ("afebril siste døgn")', () => {
  const visit = indexOf([
    ['sykepleier', 'Hun ble sendt inn med feber, trettini komma en, og var mer forvirret.'],
    ['lege', 'CRP var to hundre og tolv ved innkomst.'],
    ['lege', 'Hun er mye klarere nå, og feberfri siste døgnet. CRP har falt til nittifire.'],
  ]);

  it('is not contradicted by the fever measured at admission', () => {
    expect(shownFlags('Bedret kognitivt, afebril siste døgn, CRP 94.', visit, 'forlop')).toEqual(
      [],
    );
  });

  it('is not contradicted after "etter fire døgn"', () => {
    expect(shownFlags('CRP 94 etter fire døgn, afebril.', visit, 'forlop')).not.toContain(
      'error:number-conflict',
    );
  });

  it('still contradicts "afebril" written of the admission', () => {
    expect(shownFlags('Ved innkomst afebril, CRP 212.', visit, 'forlop')).toContain(
      'error:number-conflict',
    );
  });
});

describe('a complaint "med smerter" where the patient is "smertefri nå"', () => {
  const visit = indexOf([
    ['pasient', 'Jeg fikk vondt i brystet i dag tidlig da jeg måkte snø.'],
    ['lege', 'Du er smertefri nå.'],
  ]);

  it('keeps the history of pain', () => {
    expect(
      shownFlags('Mann med retrosternale smerter ved snømåking i dag.', visit, 'anamnese'),
    ).not.toContain('error:negation-conflict');
  });
});
