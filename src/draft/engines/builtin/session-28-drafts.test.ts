/*
 * Session 28: the drafter rules of that session, each on fresh synthetic text (not the shared
 * cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

describe('an assessment and a plan said in one sentence', () => {
  it('writes the conclusion under Vurdering and the decision under Tiltak', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i øret og har hatt feber i to døgn.'],
      ['lege', 'Trommehinnen er rød og buker.'],
      [
        'lege',
        'Dette er en ørebetennelse, så jeg skriver ut Apocillin 660 milligram tre ganger daglig i fem dager.',
      ],
    ]);
    expect(section(output, 'vurdering')).toMatch(/^(?:Ørebetennelse|Otitt)\.$/u);
    const plan = section(output, 'tiltak');
    expect(plan).toMatch(/Apocillin 660 mg x 3 i 5 dager/u);
    expect(plan).not.toMatch(/ørebetennelse/iu);
  });

  it('leaves a sentence whole when the part before «så» is no conclusion', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i ryggen.'],
      ['lege', 'Du har jobb i morgen, så du skal bruke Paracet to tabletter morgen og kveld.'],
    ]);
    expect(section(output, 'vurdering')).toBe('');
    expect(section(output, 'tiltak')).toMatch(/jobb i morgen, så/u);
  });
});

describe('Kontaktårsak from the complaint, not from the story told first', () => {
  it('heads the note with the complaint and its duration when the patient opens with a trip', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      [
        'pasient',
        'Vi var på skitur i påsken, hele familien, og det var veldig koselig, men så begynte jeg å få vondt i øret. Jeg har vondt i øret og feber, og nå har jeg hatt det i fire døgn.',
      ],
    ]);
    expect(section(output, 'kontaktarsak')).toBe('Vondt i øret og feber i 4 døgn.');
    expect(section(output, 'anamnese')).toMatch(/skitur/u);
  });

  it('keeps a reason that names a condition', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      [
        'pasient',
        'Astmaen min har blitt verre i vinter. Jeg hoster om natten, og nå har jeg hatt det i tre uker.',
      ],
    ]);
    expect(section(output, 'kontaktarsak')).toMatch(/[Aa]stma/u);
  });

  it('never makes what happened to someone else the reason', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      [
        'pasient',
        'Vi var på hyttetur i helgen, og det var fint, men så fikk jeg vondt. Kona mi har hatt feber og vondt i halsen i tre døgn. Jeg har vondt i hælen.',
      ],
    ]);
    const reason = section(output, 'kontaktarsak');
    expect(reason).not.toMatch(/[Kk]ona|halsen/u);
    expect(reason).toMatch(/hælen/u);
  });
});

describe('common trade names in the drug lexicon', () => {
  it.each([
    ['Pevaryl krem', /^Pevaryl krem x 2 i 4 uker\./u],
    ['Daktar krem', /^Daktar krem x 2 i 4 uker\./u],
  ])('writes «Skriver ut %s» as the drug with its dose', async (drug, expected) => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har et rødt utslett som klør i lysken.'],
      ['lege', `Jeg skriver ut ${drug} to ganger daglig i fire uker.`],
    ]);
    expect(section(output, 'tiltak')).toMatch(expected);
  });
});

describe('the plan without what happens otherwise', () => {
  it('drops «…, for ellers kommer det tilbake» after a decision and keeps a clause with a number', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har kløe mellom tærne.'],
      ['lege', 'Tærne er røde og oppbløtte.'],
      [
        'lege',
        'Dette er fotsopp. Du skal smøre med Pevaryl krem i to uker etter at det ser fint ut, for ellers kommer soppen gjerne tilbake. Du må drikke godt, for da blir det 2 liter om dagen.',
      ],
    ]);
    const plan = section(output, 'tiltak');
    expect(plan).toMatch(/Pevaryl krem i 2 uker etter at det ser fint ut\./u);
    expect(plan).not.toMatch(/ellers kommer/u);
    expect(plan).toMatch(/2 liter/u);
  });
});
