/*
 * Session 38j (issue 12): referrals that lost the question to the specialist and the urgency
 * said in a sentence of its own, a relative's own medicine listed among the patient's medicines
 * in a referral, and a drug allergy taken back and named again («Nei, vent, det var
 * amoksicillin») kept with the wrong drug. Fresh text, each with a counter-example that must stay
 * as it was.
 */
import { describe, expect, it } from 'vitest';
import { allText, draftLines, sectionText as section } from './testing/draft-lines.js';

const complaint = [
  ['lege', 'Hva kan jeg hjelpe deg med?'],
  ['pasient', 'Hjertet slår ujevnt og fort, og jeg blir fort sliten. Det har vart i to måneder.'],
] as const;

describe('a referral keeps the question to the specialist and the urgency said on their own', () => {
  it('«Spørsmålet er om …» with «tilbake» in it is the question, not safety-net advice', async () => {
    const output = await draftLines('henvisning', [
      ...complaint,
      [
        'lege',
        'Jeg henviser deg til kardiolog. Spørsmålet er om du bør få elektrokonvertering, støt for å få hjertet tilbake i takt, eller vurderes for ablasjon.',
      ],
    ]);
    expect(section(output, 'problemstilling')).toMatch(/elektrokonvertering/u);
    expect(section(output, 'problemstilling')).toMatch(/ablasjon/u);
  });

  it.each([
    ['Det bør skje innen fire uker.', /4 uker/u],
    ['Det bør skje i løpet av to uker.', /2 uker|to uker/u],
  ])('«Jeg henviser deg til kardiolog. %s» fills Hastegrad', async (said, expected) => {
    const output = await draftLines('henvisning', [
      ...complaint,
      ['lege', `Jeg henviser deg til kardiolog. ${said}`],
    ]);
    expect(section(output, 'hastegrad')).toMatch(expected);
    expect(output.warnings.join(' ')).not.toMatch(/Hastegrad ble ikke nevnt/u);
  });

  it('a safety-net sentence stays out of the question to the specialist (counter-example)', async () => {
    const output = await draftLines('henvisning', [
      ...complaint,
      [
        'lege',
        'Jeg henviser deg til kardiolog. Hvis du får vondt i brystet eller besvimer, ringer du 113.',
      ],
    ]);
    expect(section(output, 'problemstilling')).not.toMatch(/113|besvimer/u);
  });
});

describe('a relative’s own medicine is never listed among the patient’s medicines', () => {
  it('the mother’s Levaxin goes to the history, not to Faste medisiner', async () => {
    const output = await draftLines('henvisning', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt løs mage og oppblåsthet siden juni.'],
      ['pårørende', 'Jeg har lavt stoffskifte selv, jeg går på Levaxin, hundre mikrogram.'],
      ['lege', 'Bruker du noen medisiner?'],
      ['pasient', 'Bare p-piller, Microgynon.'],
      ['lege', 'Jeg henviser deg til gastroenterolog for gastroskopi.'],
    ]);
    expect(section(output, 'medikamenter')).not.toMatch(/Levaxin/u);
    expect(section(output, 'medikamenter')).toMatch(/Microgynon/u);
    expect(section(output, 'anamnese')).toMatch(/Komparent[^.]*Levaxin/u);
  });

  it('the patient’s own Levaxin stays under Faste medisiner (counter-example)', async () => {
    const output = await draftLines('henvisning', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt løs mage og oppblåsthet siden juni.'],
      ['lege', 'Bruker du noen medisiner?'],
      ['pasient', 'Jeg har lavt stoffskifte og går på Levaxin, hundre mikrogram.'],
      ['lege', 'Jeg henviser deg til gastroenterolog for gastroskopi.'],
    ]);
    expect(section(output, 'medikamenter')).toMatch(/Levaxin/u);
  });
});

describe('a drug allergy taken back and named again keeps only the drug said last', () => {
  const allergy = (answer: string): Promise<string> =>
    draftLines('journalnotat', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt vondt i halsen i fire dager.'],
      ['lege', 'Er du allergisk mot noe?'],
      ['pasient', answer],
    ]).then(allText);

  it.each([
    [
      'Jeg er allergisk mot penicillin. Nei, vent, det var amoksicillin, jeg fikk utslett av det som liten.',
      'amoksicillin',
      /penicillin/u,
    ],
    ['Jeg tåler ikke Voltaren. Nei, unnskyld, det var Ibux.', 'Ibux', /Voltaren/u],
  ])('«%s» → %s only', async (answer, drug, wrong) => {
    const text = await allergy(answer);
    expect(text).toContain(drug);
    expect(text).not.toMatch(wrong);
  });

  it('a correction naming no drug leaves the allergy as said (counter-example)', async () => {
    const text = await allergy('Jeg er allergisk mot penicillin. Nei, vent, jeg fikk utslett.');
    expect(text).toMatch(/penicillin/u);
  });
});

describe('a month taken back and named again keeps only the month said last', () => {
  it('«Det startet i august. Nei, vent, det var i juli.» → juli only', async () => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      [
        'pasient',
        'Jeg er så nedfor og orker ikke gå på jobb. Det startet i august. Nei, vent, det var i juli.',
      ],
    ]);
    const text = allText(output);
    expect(text).toMatch(/juli/u);
    expect(text).not.toMatch(/august/u);
  });

  it.each([
    ['Det begynte rundt tjuende september, da jeg var på sjøen.', /20\. september/u],
    ['Plagene kom i mars.', /mars/u],
  ])('the month the complaint began, told unasked, is kept: «%s»', async (said, expected) => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', `Hjertet slår ujevnt, og jeg blir fort sliten. ${said}`],
    ]);
    expect(allText(output)).toMatch(expected);
  });

  it('a month said once stays (counter-example)', async () => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg er så nedfor og orker ikke gå på jobb. Det startet i august.'],
    ]);
    expect(allText(output)).toMatch(/august/u);
  });
});

describe('a relative’s family member’s illness stays theirs', () => {
  const told = (said: string): Promise<string> =>
    draftLines('journalnotat', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg er så tørst og tisser mye.'],
      ['lege', 'Har noen i familien diabetes?'],
      ['pårørende', said],
    ]).then(allText);

  it.each([
    'Ja, broren min har diabetes. Han har brukt insulin i mange år.',
    'Ja, min bror, onkelen hennar, han har diabetes. Han har brukt insulin i mange år.',
  ])('«%s» keeps the brother’s insulin with his diabetes', async (said) => {
    const text = await told(said);
    expect(text).toMatch(/bror[^.]*diabetes, har brukt insulin/u);
    expect(text).not.toMatch(/(?:^|\. )(?:Komparent opplyser: )?(?:[Hh]ar )?[Bb]rukt insulin/u);
  });

  it('the relative’s «hun» about the patient stays the patient’s (counter-example)', async () => {
    const text = await draftLines('journalnotat', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pårørende', 'Hun har hatt løs mage i to uker. Hun har gått ned tre kilo.'],
    ]).then(allText);
    expect(text).toMatch(/[Ll]øs mage/u);
    expect(text).toMatch(/3 kilo|3 kg/u);
  });
});

describe('a patient letter never tells a relative’s own illness as what we found', () => {
  it('the wife’s own diabetes and Metformin stay out of the letter', async () => {
    const output = await draftLines('pasientbrev', [
      ['lege', 'Hei, og du er kona?'],
      ['pårørende', 'Ja. Jeg har sukkersyke selv, type to, og tar Metformin.'],
      ['lege', 'Kolesterolet ditt, LDL, er fem komma en. Det er for høyt.'],
      ['lege', 'Du begynner med Atorvastatin tjue milligram om kvelden.'],
    ]);
    const text = allText(output);
    expect(text).not.toMatch(/Metformin|sukkersyke|diabetes/u);
    expect(text).toMatch(/Atorvastatin/u);
  });

  it('the patient’s own diabetes and Metformin stay in the letter (counter-example)', async () => {
    const output = await draftLines('pasientbrev', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg er så tørst og tisser mye.'],
      ['lege', 'Bruker du noen medisiner?'],
      ['pasient', 'Ja, jeg tar Metformin for diabetesen.'],
      ['lege', 'Du begynner med Atorvastatin tjue milligram om kvelden.'],
    ]);
    expect(allText(output)).toMatch(/Metformin/u);
  });
});

describe('a pronoun that cannot be the relative just named stays the patient’s', () => {
  it('«Broren min har diabetes. Hun har hatt vondt i magen om natta.» keeps the patient’s stomach ache', async () => {
    const text = await draftLines('journalnotat', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg tisser mye.'],
      ['lege', 'Har noen i familien diabetes?'],
      ['pårørende', 'Ja, broren min har diabetes. Hun har hatt vondt i magen om natta.'],
    ]).then(allText);
    expect(text).not.toMatch(/diabetes, har hatt vondt/u);
    expect(text).toMatch(/[Vv]ondt i magen/u);
  });
});
