/*
 * Session 6 of issue 12, on fresh text (not the shared d01–d06 nor the eval cases): negatives
 * said as explained, hedged or dialect answers; corrections with words before the marker; one
 * sentence per symptom; the plan under Tiltak and the assessment under Vurdering.
 */
import { describe, expect, it } from 'vitest';
import { applySpokenCorrections } from './corrections.js';
import { isExplainedNo, isPlainNo, statementFromAnswer } from './question-answer.js';
import { allText, draftLines, sectionText } from './testing/draft-lines.js';

describe('negatives said as answers', () => {
  it('denies both parts of a two-part question answered with a «nei» and an explanation', async () => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Hva skjedde?'],
      ['pasient', 'Jeg falt på trappa i går og slo kneet.'],
      ['lege', 'Besvimte du, eller ble du svimmel først?'],
      ['pasient', 'Nei, jeg tråkket feil.'],
    ]);
    const history = sectionText(output, 'anamnese');
    expect(history).toMatch(/Besvimte ikke/u);
    expect(history).toMatch(/Ikke svimmel/u);
  });

  it("reads an interpreter's «Han sier nei til begge deler» and «Hun sier at det har hun ikke» as a no", async () => {
    const both = await draftLines('journalnotat', [
      ['lege', 'Hva er grunnen til at du kommer?'],
      ['ukjent', 'Han sier at han har hatt vondt i skulderen i seks uker.'],
      ['lege', 'Har han hatt feber, eller gått ned i vekt?'],
      ['ukjent', 'Han sier nei til begge deler.'],
    ]);
    expect(sectionText(both, 'anamnese')).toMatch(/Ingen feber/u);
    expect(sectionText(both, 'anamnese')).toMatch(
      /(?:Ikke|Ingen|Har ikke) (?:gått ned i vekt|vekttap)/u,
    );
    const reported = await draftLines('journalnotat', [
      ['lege', 'Hva er grunnen til at du kommer?'],
      ['ukjent', 'Hun sier at hun har vondt i magen.'],
      ['lege', 'Har hun sett blod i avføringen?'],
      ['ukjent', 'Hun sier at det har hun ikke.'],
    ]);
    expect(sectionText(reported, 'anamnese')).toMatch(/Ikke blod i avføringen/u);
  });

  it("writes what an interpreter reports without «han» and in a main clause's word order", async () => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Hva er grunnen til at du kommer?'],
      ['ukjent', 'Han sier at han har hatt vondt i skulderen i seks uker.'],
      ['lege', 'Hva jobber han med, og har han allergier?'],
      [
        'ukjent',
        'Han jobber som renholder. Han sier at han ikke tåler penicillin, han fikk utslett.',
      ],
    ]);
    const history = sectionText(output, 'anamnese');
    expect(history).toMatch(/Jobber som renholder/u);
    expect(history).toMatch(/Tåler ikke penicillin/u);
    expect(history).not.toMatch(/Han jobber|Ikke tåler/u);
  });

  it('does not deny the part a qualified no goes on to affirm («nei, men litt hoste»)', async () => {
    expect(isExplainedNo('Har du feber eller hoste?', 'Nei, men litt hoste om kvelden.')).toBe(
      false,
    );
    expect(
      statementFromAnswer('Har du feber eller hoste?', 'no', 'Nei, men litt hoste om kvelden.'),
    ).toBe('Ingen feber.');
    const output = await draftLines('journalnotat', [
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har vondt i halsen.'],
      ['lege', 'Har du feber eller hoste?'],
      ['pasient', 'Nei, men litt hoste om kvelden.'],
    ]);
    const history = sectionText(output, 'anamnese');
    expect(history).not.toMatch(/Ingen[^.]*hoste/u);
    expect(history).toMatch(/hoste om kvelden/u);
  });

  it('reads «ingen av delane» and «ikke det jeg har merket» without «nei» as a no to both parts', () => {
    expect(isPlainNo('Ingen av delene.')).toBe(true);
    expect(isPlainNo('Ikke det jeg har merket.')).toBe(true);
    expect(isPlainNo('Ingen feber.')).toBe(false);
  });

  it('keeps the restriction of a hedged no instead of writing a flat negative', async () => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vondt i brystet når jeg går i motbakke.'],
      ['lege', 'Er du tungpusten?'],
      ['pasient', 'Ikke noe særlig, bare når jeg går fort opp trapper.'],
    ]);
    const history = sectionText(output, 'anamnese');
    expect(history).not.toMatch(/Ikke tungpusten\./u);
    expect(history).toMatch(/[Tt]ungpusten, bare når/u);
  });

  it('turns a nynorsk pregnancy question answered with a reason into «Ikke gravid»', async () => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Kva kan eg hjelpe deg med?'],
      ['pasient', 'Eg har svie når eg tissar, sidan i går.'],
      ['lege', 'Kan du vere gravid no?'],
      ['pasient', 'Nei, eg har spiral.'],
    ]);
    expect(sectionText(output, 'anamnese')).toMatch(/Ikke gravid/u);
  });

  it('writes a count asked with the topic first («Og diaré, hvor ofte?») with its topic', () => {
    expect(statementFromAnswer('Og diaré, hvor ofte?', 'yes', 'Ti ganger i går.')).toBe('Diaré.');
    expect(statementFromAnswer('Og diaré, hvor ofte?', 'no', 'Nei.')).toBeUndefined();
  });

  it('confirms a negative statement asked as a question on «nei», contradicts it on «jo»', () => {
    expect(statementFromAnswer('Du har ikke hatt feber?', 'no', 'Nei.')).toBe(
      'Har ikke hatt feber.',
    );
    // Since s37h «jo» says the opposite («Har hatt feber.»); «ja» stays ambiguous.
    expect(statementFromAnswer('Du har ikke hatt feber?', 'yes', 'Jo.')).toBe('Har hatt feber.');
    expect(statementFromAnswer('Du har ikke hatt feber?', 'yes', 'Ja.')).toBeUndefined();
  });
});

describe('spoken corrections', () => {
  it('keeps only the last value when words stand between the value and «nei forresten»', () => {
    const [corrected] = applySpokenCorrections([
      {
        text: 'Den var 38,1 i morges, nei forresten, 38,6, jeg så feil.',
        start: 0,
        end: 57,
      },
    ]);
    expect(corrected?.text).toContain('38,6');
    expect(corrected?.text).not.toContain('38,1');
  });

  it('takes the re-measured blood pressure after «nei vent, jeg målte igjen:»', async () => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Hva gjelder det i dag?'],
      ['pasient', 'Jeg skal ha kontroll av blodtrykket.'],
      [
        'lege',
        'Blodtrykket er hundre og femtiseks over nitti, nei vent, jeg målte igjen: hundre og førtisju over åttiseks.',
      ],
    ]);
    const text = allText(output);
    expect(text).toContain('147/86');
    expect(text).not.toContain('156/90');
  });
});

describe('one sentence per symptom', () => {
  it('merges what the patient says about one symptom into one sentence with all the evidence', async () => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Hva er problemet?'],
      ['pasient', 'Jeg har hatt hodepine i fire dager.'],
      ['pasient', 'Hodepinen er dunkende.'],
      ['pasient', 'Den er verst om morgenen.'],
      ['lege', 'Har du hatt feber?'],
      ['pasient', 'Nei.'],
    ]);
    const history = output.sections.find((section) => section.key === 'anamnese');
    const merged = history?.sentences.find((sentence) => sentence.text.includes('dunkende'));
    expect(merged?.text).toMatch(/dunkende, verst om morgenen/u);
    expect(merged?.evidence).toHaveLength(2);
    expect(sectionText(output, 'anamnese')).toMatch(/Ingen feber/u);
  });

  it('never merges a child described by a parent as if «han» were the symptom', async () => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Hva er det som skjer med gutten?'],
      ['pårørende', 'Han har hatt feber i to dager.'],
      ['pårørende', 'Han er veldig slapp.'],
    ]);
    expect(sectionText(output, 'anamnese')).not.toMatch(/dager, veldig slapp/u);
  });
});

describe('sections', () => {
  it('puts a plan said as «vi prøver … og ser det an» under Tiltak, not Funn', async () => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Hva bringer deg hit?'],
      ['pasient', 'Jeg har vondt i høyre ankel etter en fotballkamp for en uke siden.'],
      [
        'lege',
        'Ankelen er stabil, lett hevelse lateralt. Vi prøver kompresjon og ser det an i tre uker.',
      ],
    ]);
    expect(sectionText(output, 'funn')).not.toMatch(/ser det an/u);
    expect(sectionText(output, 'tiltak')).toMatch(/ser det an i 3 uker/u);
  });

  it('puts the clinician’s «jeg vurderer at …» under Vurdering without the verb of opinion', async () => {
    const output = await draftLines('journalnotat', [
      [
        'lege',
        'Da ser vi på prøvene. HbA1c er femtifem, og blodtrykket er hundre og trettito over åttito.',
      ],
      ['lege', 'Jeg vurderer at diabetesen er godt regulert, og blodtrykket er i mål.'],
    ]);
    const assessment = sectionText(output, 'vurdering');
    expect(assessment).toMatch(/^Diabetesen er godt regulert/u);
    expect(sectionText(output, 'funn')).not.toMatch(/vurderer/iu);
  });

  it('writes «gi paracetamol» to a parent under Tiltak', async () => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Hva gjelder det?'],
      ['pårørende', 'Hun har hatt feber siden i går.'],
      ['lege', 'Trommehinnene er normale. CRP er åtte.'],
      ['lege', 'Det er en virusinfeksjon. Gi paracetamol etter vekt.'],
    ]);
    expect(sectionText(output, 'tiltak')).toMatch(/paracetamol/iu);
    expect(sectionText(output, 'funn')).not.toMatch(/paracetamol/iu);
  });
});

describe('history told without a symptom noun', () => {
  it('keeps how far the patient walked, ankles swelling and itching that began', async () => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Hva har skjedd?'],
      ['pasient', 'Jeg ble stukket av en veps. Og så begynte det å klø over hele kroppen.'],
      ['lege', 'Klarte du å gå etterpå?'],
      ['pasient', 'Jeg hinka litt, men jeg klarte fire-fem skritt.'],
      ['lege', 'Hevelser i ansiktet eller hendene?'],
      ['pasient', 'Litt hovne ankler om kvelden, men ikkje i ansiktet.'],
    ]);
    const note = allText(output);
    expect(note).toMatch(/klø/u);
    expect(sectionText(output, 'anamnese')).toMatch(/4-5 skritt/u);
    expect(sectionText(output, 'anamnese')).toMatch(/hovne ankler/u);
  });
});

describe('who the note speaks of', () => {
  it('writes the father’s own illness said as a cleft as his, not the patient’s', async () => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Hei, du er Amir? Og du er pappa?'],
      ['pårørende', 'Ja, jeg er faren hans.'],
      ['lege', 'Hva har skjedd?'],
      ['pasient', 'Jeg tråkket over på ankelen på trening.'],
      ['lege', 'Har han noen sykdommer?'],
      ['pårørende', 'Nei, han er frisk. Det er jeg som har sukkersyke, han har ingenting.'],
    ]);
    const history = sectionText(output, 'anamnese');
    expect(history).toMatch(/Far har diabetes/u);
    expect(history).not.toMatch(/Komparent som/u);
  });

  it("writes a sibling named in a cleft and the mother's own illness as family history", async () => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Hei. Er det Sara? Og du e mamma?'],
      ['pårørende', 'Ja, æ e mora hennes. Ho har fått utslett over heile kroppen.'],
      ['lege', 'Har hun noen sykdommer?'],
      ['pårørende', 'Nei, ho e frisk. Det e storebror som har astma, og æ har eksem sjøl.'],
    ]);
    const history = sectionText(output, 'anamnese');
    expect(history).toMatch(/Bror har astma\. Mor har eksem\./u);
    expect(history).not.toMatch(/som har astma|komparent har eksem/iu);
  });

  it('writes the patient as the one the clinician refers, never "seg"', async () => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt vondt i skulderen i tre måneder.'],
      ['lege', 'Du får en resept som du skal ha med deg, og jeg henviser deg til fysioterapeut.'],
    ]);
    const plan = sectionText(output, 'tiltak');
    expect(plan).toMatch(/henviser pas\. til fysioterapeut|henvises til fysioterapeut/u);
    expect(plan).not.toMatch(/henviser seg/u);
  });
});

describe('a body part after "eller" belongs to the place before it', () => {
  it('denies swelling of lips or tongue as one finding, never "Ingen tunge"', () => {
    const turned = statementFromAnswer(
      'Har du blitt tung i pusten, eller hoven i lepper eller tunge?',
      'no',
      'Nei, ikke noe av det.',
    );
    expect(turned).toContain('Ikke hoven i lepper eller tunge.');
    expect(turned).toContain('Ingen dyspné.');
    expect(turned).not.toMatch(/Ingen tunge/u);
  });

  it('still denies a symptom named after a place as its own item', () => {
    expect(statementFromAnswer('Har du vondt i magen eller feber?', 'no', 'Nei.')).toBe(
      'Ingen feber. Ikke vondt i magen.',
    );
  });
});

describe('answers that give a count instead of a yes', () => {
  it('writes "Én gang i morges" to a vomiting question as vomiting once, not as a loose phrase', async () => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Hva kan jeg hjelpe dere med?'],
      ['pårørende', 'Han har hatt feber siden i går.'],
      ['lege', 'Har han kastet opp?'],
      ['pårørende', 'Én gang i morges, men ikke siden.'],
    ]);
    expect(sectionText(output, 'anamnese')).toMatch(/(?:^|\. )Kastet opp én gang i morges/u);
  });

  it('keeps how many times a day a symptom comes ("tre-fire ganger om dagen")', async () => {
    const output = await draftLines('journalnotat', [
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt løs mage i seks uker.'],
      ['lege', 'Hvor mange ganger om dagen?'],
      ['pasient', 'Tre-fire ganger om dagen, og det er tynt.'],
    ]);
    expect(sectionText(output, 'anamnese')).toMatch(/3-4/u);
  });
});
