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

  it('writes no fragment for «og det blir ikke bedre» after the duration', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      [
        'pasient',
        'Vi var på skitur i påsken, hele familien, og det var veldig koselig, men så begynte jeg å få vondt i øret. Jeg har vondt i øret og feber, og nå har jeg hatt det i fire døgn, og det blir ikke bedre.',
      ],
    ]);
    expect(section(output, 'kontaktarsak')).toBe('Vondt i øret og feber i 4 døgn.');
    expect(allText(output)).not.toMatch(/hatt det i/u);
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

describe('safety net: safety-critical content said by or about the patient is never lost', () => {
  it('keeps suicidal thoughts told in the opening story', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med i dag?'],
      [
        'pasient',
        'Det har vært noen tunge uker. Jeg har tenkt at det ikke er noen vits i å leve lenger, men så kom jeg meg hit likevel.',
      ],
      ['lege', 'Hvordan sover du?'],
      ['pasient', 'Dårlig, jeg våkner tidlig.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/[Ss]uicidtanker/u);
    expect(history).toMatch(/vits i å leve/u);
    // Linked to what the patient said.
    const sentence = output.sections
      .flatMap((candidate) => candidate.sentences)
      .find((candidate) => /vits i å leve/u.test(candidate.text));
    expect(sentence?.evidence?.[0]?.segment).toBe(1);
    // The evidence is the sentence itself, without the space before it.
    const evidence = sentence?.evidence?.[0];
    const said =
      'Det har vært noen tunge uker. Jeg har tenkt at det ikke er noen vits i å leve lenger, men så kom jeg meg hit likevel.';
    expect(said.slice(evidence?.start, evidence?.end)).toBe(
      'Jeg har tenkt at det ikke er noen vits i å leve lenger, men så kom jeg meg hit likevel.',
    );
  });

  it('links the whole sentence as evidence, also past an abbreviation such as «dr.»', async () => {
    const said =
      'Det har vært tungt. Etter timen hos dr. Berg har jeg tenkt at det ikke er noen vits i å leve lenger, men så kom jeg meg hit.';
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med i dag?'],
      ['pasient', said],
    ]);
    const sentence = output.sections
      .flatMap((candidate) => candidate.sentences)
      .find((candidate) => /[Ss]uicidtanker/u.test(candidate.text));
    const evidence = sentence?.evidence?.[0];
    expect(said.slice(evidence?.start, evidence?.end)).toBe(
      'Etter timen hos dr. Berg har jeg tenkt at det ikke er noen vits i å leve lenger, men så kom jeg meg hit.',
    );
  });

  it.each([
    'Jeg har ikke lyst til å dø, men jeg er så sliten om dagen.',
    'Jeg har aldri tenkt på å ta livet mitt, men jeg sover dårlig.',
  ])('never writes a denied thought («%s») as suicidal thoughts', async (said) => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med i dag?'],
      ['pasient', said],
    ]);
    expect(allText(output)).not.toMatch(/[Ss]uicidtanker:/u);
  });

  it('keeps pregnancy with bleeding', async () => {
    const output = await draft([
      ['lege', 'Hei, hva gjelder det?'],
      ['pasient', 'Vi venter barn i mai, men så begynte det å blø litt i går kveld.'],
      ['lege', 'Har du vondt i magen?'],
      ['pasient', 'Litt murring.'],
    ]);
    const note = allText(output);
    expect(note).toMatch(/[Gg]ravid/u);
    expect(note).toMatch(/blø/u);
  });

  it("never makes a relative's blood clot or blood thinner the patient's", async () => {
    const output = await draft([
      ['lege', 'Hei, hva gjelder det?'],
      ['pasient', 'Jeg har vondt i venstre legg.'],
      ['lege', 'Har noen i familien hatt blodpropp?'],
      ['pasient', 'Mor har blodpropp og bruker Marevan.'],
    ]);
    const sentences = output.sections.flatMap((candidate) =>
      candidate.sentences.map((sentence) => sentence.text),
    );
    for (const sentence of sentences.filter((text) => /blodpropp|Marevan/u.test(text)))
      expect(sentence).toMatch(/(?<!\p{L})[Mm]or(?!\p{L})/u);
    expect(output.diagnoses.map((diagnosis) => diagnosis.text).join(' ')).not.toMatch(
      /blodpropp|trombose|emboli/iu,
    );
  });

  it('keeps an allergy told in dialect by a relative as CAVE', async () => {
    const output = await draft([
      ['lege', 'Hei, hva har skjedd?'],
      ['pårørende', 'Mor har hatt feber siden i går og er forvirret.'],
      ['lege', 'Hvilke medisiner bruker hun?'],
      ['pårørende', 'Hun bruker Levaxin. Og så tåler hu itte sulfa, ho fekk utslett av det.'],
    ]);
    expect(allText(output)).toMatch(/sulfa/u);
  });

  it('writes an allergy given as the reason for a drug once, as CAVE', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har fått en rød og hoven legg. Jeg er allergisk mot penicillin.'],
      [
        'lege',
        'Fordi du er allergisk mot penicillin, får du Dalacin 300 milligram tre ganger daglig.',
      ],
    ]);
    const note = allText(output);
    expect(note).toMatch(/CAVE penicillin/u);
    expect(note.match(/penicillin/gu)?.length).toBeLessThanOrEqual(2);
  });
});

describe('smaller defects from the session 29a dev cases', () => {
  it('writes the trøndersk «itje» as «ikke»', async () => {
    const output = await draft([
      ['lege', 'Hei, hva gjelder det?'],
      ['pasient', 'Æ har vondt i ryggen. Æ har itje feber, og æ har itje nummenhet i beina.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).not.toMatch(/itje/u);
    expect(history).toMatch(/[Ii]kke feber/u);
  });

  it("keeps the clinician's explanation of the wait out of Hastegrad", async () => {
    const output = await draftLines('henvisning', [
      ['lege', 'Hei, hva gjelder det?'],
      ['pasient', 'Jeg har hatt vondt i kneet i tre måneder, det låser seg.'],
      ['lege', 'Jeg henviser deg til ortopeden for vurdering av meniskskade.'],
      ['lege', 'Det kan ta noen uker før du får time der, for det haster ikke.'],
    ]);
    expect(section(output, 'hastegrad')).toBe('Haster ikke.');
  });

  it('leaves out the patient pointing back at the doctor («som du sa»)', async () => {
    const output = await draft([
      ['lege', 'Hei, hva gjelder det?'],
      ['pasient', 'Jeg har hatt vondt i halsen i tre dager.'],
      ['lege', 'Har du hostet?'],
      ['pasient', 'Ja, og som du sa, jeg har hostet mye.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/hostet mye/u);
    expect(allText(output)).not.toMatch(/som du sa|som pas\. sa/iu);
  });
});
