/*
 * Review of session 38j (second review, r38j): realistic counter-examples to the s38j rules —
 * the patient's own facts moved to a relative, the patient's own drug left out of Faste
 * medisiner, an allergy lost to a correction, «Spørsmålet er om …» and «innen» in other senses.
 */
import { describe, expect, it } from 'vitest';
import { allText, draftLines, sectionText as section } from './testing/draft-lines.js';

describe('the wife’s «han» about her husband the patient stays the patient’s', () => {
  it('«Faren hans hadde infarkt. Han har hatt vondt i brystet i to dager.» keeps the chest pain the patient’s', async () => {
    const text = await draftLines('journalnotat', [
      ['lege', 'Hva kan jeg hjelpe dere med?'],
      ['pårørende', 'Faren hans hadde infarkt. Han har hatt vondt i brystet i to dager.'],
    ]).then(allText);
    expect(text).toMatch(/[Bb]rystsmert|[Vv]ondt i brystet/u);
    expect(text).not.toMatch(/infarkt, (?:har hatt )?(?:vondt|brystsmert)/u);
  });

  // Older than s38j (64c36d3d drops it too): the wife's «Faren hans hadde infarkt» leaves no
  // trace in the note; the family history is lost, the draft reads «Brystsmerter i 2 dager.» only.
  it.fails(
    '«Faren hans hadde infarkt.» told by the wife keeps the father’s infarction',
    async () => {
      const text = await draftLines('journalnotat', [
        ['lege', 'Hva kan jeg hjelpe dere med?'],
        ['pårørende', 'Faren hans hadde infarkt. Han har hatt vondt i brystet i to dager.'],
      ]).then(allText);
      expect(text).toMatch(/[Ff]ar[^.]*infarkt/u);
    },
  );

  it('«Ja, broren hans har diabetes. Han har også gått ned fem kilo …» keeps the weight loss the patient’s', async () => {
    const text = await draftLines('journalnotat', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg er så tørst og tisser mye.'],
      ['lege', 'Har noen i familien diabetes?'],
      [
        'pårørende',
        'Ja, broren hans har diabetes. Han har også gått ned fem kilo den siste måneden.',
      ],
    ]).then(allText);
    expect(text).toMatch(/5 kilo|5 kg/u);
    expect(text).not.toMatch(/diabetes, har også gått ned/u);
  });

  it('«Ja, faren hans hadde sukkersyke. Han har gått ned fem kilo.» keeps the weight loss the patient’s', async () => {
    const text = await draftLines('journalnotat', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg er så tørst og tisser mye.'],
      ['lege', 'Har noen i familien diabetes?'],
      ['pårørende', 'Ja, faren hans hadde sukkersyke. Han har gått ned fem kilo siden jul.'],
    ]).then(allText);
    expect(text).toMatch(/5 kilo|5 kg/u);
    expect(text).not.toMatch(/sukkersyke, har gått ned/u);
  });
});

describe('the patient (a man) tells his brother’s illness, then his own', () => {
  it('«Broren min har diabetes. Han …» then the patient’s own thirst stays the patient’s', async () => {
    const text = await draftLines('journalnotat', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Broren min har diabetes. Han bruker insulin.'],
      ['lege', 'Og du selv, hvordan har du det?'],
      ['pasient', 'Jeg er så tørst og tisser mye om natta.'],
    ]).then(allText);
    expect(text).toMatch(/[Tt]ørst/u);
    expect(text).toMatch(/[Bb]ror[^.]*diabetes/u);
  });
});

describe('the patient’s own drug stays under Faste medisiner in a referral', () => {
  it('the wife who gives him his Marevan: «Jeg gir ham Marevan hver kveld.»', async () => {
    const output = await draftLines('henvisning', [
      ['lege', 'Hva kan jeg hjelpe dere med?'],
      ['pasient', 'Hjertet slår ujevnt og jeg blir fort sliten.'],
      ['lege', 'Bruker han noen medisiner?'],
      ['pårørende', 'Jeg gir ham Marevan hver kveld.'],
      ['lege', 'Jeg henviser deg til kardiolog.'],
    ]);
    expect(section(output, 'medikamenter')).toMatch(/Marevan/u);
  });

  it('«Mor har også flimmer, og jeg bruker Marevan.» said by the patient', async () => {
    const output = await draftLines('henvisning', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Hjertet slår ujevnt og jeg blir fort sliten.'],
      ['lege', 'Bruker du noen medisiner?'],
      ['pasient', 'Mor har også flimmer, og jeg bruker Marevan som henne.'],
      ['lege', 'Jeg henviser deg til kardiolog.'],
    ]);
    expect(section(output, 'medikamenter')).toMatch(/Marevan/u);
  });
});

describe('a correction that adds a drug never takes the first one back', () => {
  const allergy = (answer: string): Promise<string> =>
    draftLines('journalnotat', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt vondt i halsen i fire dager.'],
      ['lege', 'Er du allergisk mot noe?'],
      ['pasient', answer],
    ]).then(allText);

  it.each([
    'Jeg er allergisk mot penicillin. Nei, vent, det var Ibux også.',
    'Jeg er allergisk mot penicillin. Nei, forresten, det var sulfa i tillegg.',
  ])('«%s» keeps penicillin', async (answer) => {
    expect(await allergy(answer)).toMatch(/penicillin/u);
  });

  it('the relative’s wrong correction keeps the patient’s penicillin allergy in the note', async () => {
    const text = await draftLines('journalnotat', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt vondt i halsen i fire dager.'],
      ['lege', 'Er du allergisk mot noe?'],
      ['pasient', 'Jeg er allergisk mot penicillin.'],
      ['pårørende', 'Nei, vent, det var amoksicillin.'],
      ['pasient', 'Nei, det var penicillin, jeg har papir på det.'],
    ]).then(allText);
    expect(text).toMatch(/penicillin/u);
  });

  it('«Jeg tar Albyl. Nei, vent, det var Marevan jeg sluttet med.» keeps Albyl as taken', async () => {
    const output = await draftLines('henvisning', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Hjertet slår ujevnt og jeg blir fort sliten.'],
      ['lege', 'Bruker du noen medisiner?'],
      ['pasient', 'Jeg tar Albyl. Nei, vent, det var Marevan jeg sluttet med.'],
      ['lege', 'Jeg henviser deg til kardiolog.'],
    ]);
    expect(section(output, 'medikamenter')).toMatch(/Albyl/u);
    expect(section(output, 'medikamenter')).not.toMatch(/(?:tar|bruker) Marevan/u);
  });
});

describe('«Spørsmålet er om …» that is no question to a specialist', () => {
  it('the patient’s own «Spørsmålet er om jeg skal …» is not Problemstilling', async () => {
    const output = await draftLines('henvisning', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Hjertet slår ujevnt og jeg blir fort sliten.'],
      ['pasient', 'Spørsmålet er om jeg skal slutte med kaffen.'],
      ['lege', 'Jeg henviser deg til kardiolog for å vurdere ablasjon.'],
    ]);
    expect(section(output, 'problemstilling')).not.toMatch(/kaffen/u);
  });

  // Older than s38j (64c36d3d puts it in Tiltak too): the doctor's open question about the
  // diagnosis is filed as a measure.
  it.fails('the doctor’s thinking in a journal note stays in Vurdering, not Tiltak', async () => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hostet i seks uker og piper i brystet om natta.'],
      ['lege', 'Spørsmålet er om dette er astma eller en forkjølelse som henger igjen.'],
    ]);
    expect(section(output, 'tiltak')).not.toMatch(/astma/u);
    expect(allText(output)).toMatch(/astma/u);
  });
});

describe('«innen» and «Det bør skje» in other senses', () => {
  it('«Det bør skje en bedring innen en uke» is a prognosis, not the referral’s urgency', async () => {
    const output = await draftLines('henvisning', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Hjertet slår ujevnt og jeg blir fort sliten. Det har vart i to måneder.'],
      ['lege', 'Du får Selo-Zok. Det bør skje en bedring innen en uke.'],
      ['lege', 'Jeg henviser deg til kardiolog.'],
    ]);
    expect(section(output, 'hastegrad')).not.toMatch(/1 uke|en uke/u);
  });

  it('a blood test «Det må gjøres innen to uker» is not the referral’s urgency', async () => {
    const output = await draftLines('henvisning', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt løs mage og oppblåsthet siden juni.'],
      ['lege', 'Jeg henviser deg til gastroenterolog for gastroskopi.'],
      ['lege', 'Først må du ta en blodprøve for cøliaki. Det må gjøres innen to uker.'],
    ]);
    expect(section(output, 'hastegrad')).not.toMatch(/2 uker|to uker/u);
  });
});
