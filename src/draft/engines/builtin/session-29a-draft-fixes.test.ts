/*
 * Session 29a: defects found by the session 28 code review and on the session 29a dev cases
 * (eval/draft/cases-s29a), each on fresh synthetic text (not the shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import {
  allText,
  draftJournalNote as draft,
  draftLines,
  sectionText as section,
} from './testing/draft-lines.js';

describe('Kontaktårsak written from a complaint that runs on after its duration', () => {
  it('keeps what the patient said after the duration', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      [
        'pasient',
        'Vi var på skitur i påsken, hele familien, og det var veldig koselig, men så begynte jeg å få vondt i magen. Jeg har vondt i magen og diaré, og nå har jeg hatt det i fire døgn og har kastet opp i natt.',
      ],
    ]);
    expect(section(output, 'kontaktarsak')).toMatch(/^Vondt i magen og diaré i 4 døgn\.?$/u);
    // The second half of the sentence is still in the note.
    expect(allText(output)).toMatch(/kastet opp i natt/u);
  });

  it('writes a course said after the duration as a clinician does', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      [
        'pasient',
        'Vi var på skitur i påsken, hele familien, og det var veldig koselig, men så begynte jeg å få vondt i øret. Jeg har vondt i øret og feber, og nå har jeg hatt det i fire døgn, og det blir ikke bedre.',
      ],
    ]);
    expect(section(output, 'kontaktarsak')).toBe('Vondt i øret og feber i 4 døgn.');
    expect(section(output, 'anamnese')).toMatch(/Ikke bedring\./u);
  });

  it('still heads the note with complaint and duration when nothing follows', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      [
        'pasient',
        'Vi var på skitur i påsken, hele familien, og det var veldig koselig, men så begynte jeg å få vondt i øret. Jeg har vondt i øret og feber, og nå har jeg hatt det i fire døgn.',
      ],
    ]);
    expect(section(output, 'kontaktarsak')).toBe('Vondt i øret og feber i 4 døgn.');
  });
});

describe("a conditional or a relative's illness before «, så <plan>» is not an assessment", () => {
  const opening = [
    ['lege', 'Hva kan jeg hjelpe deg med?'],
    ['pasient', 'Jeg har hostet i fem dager og har feber.'],
  ] as const;

  it.each([
    [
      'hvis',
      'Hvis det blir en lungebetennelse, så skal du starte med Amoxicillin 500 milligram tre ganger daglig.',
      /lungebetennelse|pneumoni/u,
      /Amoxicillin/u,
    ],
    [
      'dersom',
      'Dersom det er en bihulebetennelse, så må du skylle nesen med saltvann.',
      /bihulebetennelse|sinusitt/u,
      /skylle nesen/u,
    ],
    [
      'om',
      'Om det blir en ørebetennelse, så skal du bruke Paracet.',
      /ørebetennelse|otitt/u,
      /Paracet/u,
    ],
    [
      'skulle',
      'Skulle det bli en astmaforverring, så må du bruke Ventolin oftere.',
      /astmaforverring/u,
      /Ventolin/u,
    ],
    [
      'blir det',
      'Blir det en ørebetennelse, så skal du bruke Paracet.',
      /ørebetennelse|otitt/u,
      /Paracet/u,
    ],
  ] as const)(
    'keeps the condition with its plan when the head opens with «%s»',
    async (_, said, condition, plan) => {
      const output = await draft([...opening, ['lege', said]]);
      // The condition is not written as the clinician's conclusion …
      expect(section(output, 'vurdering')).not.toMatch(condition);
      // … and the plan keeps its condition in the same sentence.
      const planSentence = output.sections
        .find((candidate) => candidate.key === 'tiltak')
        ?.sentences.find((sentence) => plan.test(sentence.text));
      expect(planSentence?.text).toMatch(condition);
    },
  );

  it("never writes a relative's illness as the assessment", async () => {
    const output = await draft([
      ...opening,
      ['lege', 'Kona di har influensa, så du bør holde deg unna barnebarna en stund.'],
    ]);
    expect(section(output, 'vurdering')).not.toMatch(/influensa/u);
    expect(allText(output)).toMatch(/barnebarna/u);
  });

  it('still splits the assessment from the plan when the head is the conclusion', async () => {
    const output = await draft([
      ...opening,
      [
        'lege',
        'Dette er en lungebetennelse, så du skal starte med Amoxicillin 500 milligram tre ganger daglig.',
      ],
    ]);
    expect(section(output, 'vurdering')).toMatch(/lungebetennelse|pneumoni/iu);
    expect(section(output, 'tiltak')).toMatch(/Amoxicillin/u);
  });
});

describe('a reason clause that names a serious condition is never trimmed', () => {
  it.each([
    ['Du skal bruke Brilique to ganger daglig i ett år, fordi du har hatt et infarkt.', /infarkt/u],
    ['Du får Fragmin i dag, siden det kan være en blodpropp.', /blodpropp/u],
    ['Vi legger deg inn på sykehuset nå, siden det kan være blodforgift.', /blodforgift/u],
    ['Vi legger deg inn på sykehuset nå, fordi det kan være en sepsis.', /sepsis/u],
    ['Du skal slutte med Ibux nå, fordi den kan skade fosteret.', /fosteret/u],
    ['Du skal slutte med Orfiril nå, fordi den kan gi misdannelser.', /misdannelser/u],
    ['Du skal ta Keppra hver morgen og kveld, fordi anfallet kan komme tilbake.', /anfallet/u],
  ] as const)('keeps the reason in «%s»', async (said, reason) => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt vondt i brystet og vært tung i pusten siden i går.'],
      ['lege', said],
    ]);
    expect(allText(output)).toMatch(reason);
  });
});
