import { describe, expect, it } from 'vitest';
import { checkSentence } from './check-sentence.js';
import { indexOf, shownFlags } from './testing/shown-flags.js';

/** The messages a clinician would see on a drafted sentence (info left out). */
function shownMessages(text: string, index: ReturnType<typeof indexOf>, section: string): string[] {
  return checkSentence(text, index, { section })
    .flags.filter((flag) => flag.severity !== 'info')
    .map((flag) => flag.message);
}

describe('tests, images and examinations nobody named (issue 11)', () => {
  const index = indexOf([
    ['pasient', 'Jeg har så vondt i magen, her oppe under brystbeinet.'],
    ['lege', 'Magen er myk, og jeg kjenner ingen oppfylling. Hemoglobinet er fjorten komma to.'],
    ['lege', 'Vi tar en ce er pe i dag, og du får time til ultralyd.'],
  ]);

  it('warns about a test, an image or a sign that was never taken or examined', () => {
    expect(shownMessages('Hb 14,2, D-dimer negativ.', index, 'funn').join(' ')).toContain(
      '«D-dimer»',
    );
    expect(shownMessages('MR av abdomen.', index, 'tiltak').join(' ')).toContain('«MR»');
    expect(shownMessages('Normal rektaleksplorasjon.', index, 'funn').join(' ')).toContain(
      '«rektaleksplorasjon»',
    );
    expect(shownMessages('Normale hofter.', index, 'funn').join(' ')).toContain('«hofter»');
  });

  it('warns about tenderness when nobody pressed, felt or said it was sore', () => {
    expect(shownMessages('Lett ømhet i epigastriet.', index, 'funn').join(' ')).toContain(
      '«ømhet»',
    );
    // A denial claims less and is left to the other checks.
    expect(shownMessages('Myk abdomen uten ømhet.', index, 'funn').join(' ')).not.toContain(
      'ømhet',
    );
  });

  it('accepts a test said in plain words or spelled out letter by letter', () => {
    expect(shownFlags('Hb 14,2.', index, 'funn')).toEqual([]);
    expect(shownFlags('CRP og ultralyd abdomen.', index, 'tiltak')).toEqual([]);
  });
});

describe('a day named relative to the consultation (issue 11)', () => {
  const index = indexOf([
    ['pasient', 'Jeg fikk vondt i brystet i ettermiddag, da jeg bar ved.'],
    ['lege', 'Er det verst om morgenen eller om kvelden?'],
    ['pasient', 'Det er verst på ettermiddagen.'],
  ]);

  it('warns about a day the conversation never said', () => {
    expect(
      shownMessages('Brystsmerter ved bæring av ved i går kveld.', index, 'anamnese').join(' '),
    ).toContain('«i går»');
    expect(shownMessages('Smerter siden forrige uke.', index, 'anamnese').join(' ')).toContain(
      '«forrige uke»',
    );
  });

  it('warns about a part of the day only asked about, not answered', () => {
    expect(shownMessages('Verst om morgenen.', index, 'anamnese').join(' ')).toContain(
      '«om morgenen»',
    );
  });

  it('accepts the day and the part of the day that were said', () => {
    expect(shownFlags('Brystsmerter ved bæring av ved i ettermiddag.', index, 'anamnese')).toEqual(
      [],
    );
    expect(shownFlags('Verst på ettermiddagen.', index, 'anamnese')).toEqual([]);
  });
});

describe('a diagnosis the clinician only hedged (issue 11)', () => {
  const index = indexOf([
    ['pasient', 'Det brenner under brystbeinet, og jeg har tatt mye Ibux.'],
    ['lege', 'Jeg tror dette er en gastritt. Et magesår kan vi ikke utelukke sikkert.'],
    ['lege', 'Kneet kan ha en liten skade på menisken, kanskje.'],
  ]);

  it('flags a diagnosis written plainly that could only not be ruled out', () => {
    expect(shownFlags('Ulcus ventriculi.', index, 'vurdering')).toContain('warning:unsupported');
    expect(shownFlags('Vurderes som ulcus ventriculi.', index, 'vurdering')).toContain(
      'warning:unsupported',
    );
    expect(shownFlags('Medial meniskruptur.', index, 'vurdering')).toContain('warning:unsupported');
  });

  it('accepts the hedge written as a hedge', () => {
    expect(shownFlags('Ulcus kan ikke utelukkes.', index, 'vurdering')).toEqual([]);
  });
});

describe('who a claim is about (issue 11)', () => {
  it("reads a son's «mor» as the patient once he said he is her son", () => {
    const index = indexOf([
      ['lege', 'Hvordan går det med pusten?'],
      ['pasient', 'Det er tungt å puste.'],
      ['pårørende', 'Jeg er sønnen hennes. Jeg har selv KOLS. Mor har hjertesvikt, det vet dere.'],
    ]);
    expect(shownFlags('Kjent hjertesvikt.', index, 'anamnese')).toEqual([]);
    expect(shownFlags('Kjent KOLS.', index, 'anamnese')).toContain('error:person-conflict');
  });

  it("flags an allergy only a relative has, or one that was denied, as the patient's", () => {
    const index = indexOf([
      ['ukjent', 'Moren sier at storebroren er allergisk mot penicillin.'],
      ['ukjent', 'Gutten selv har ingen allergier.'],
      ['lege', 'Han får penicillin mikstur.'],
    ]);
    expect(shownFlags('Penicillinallergi.', index, 'anamnese')).toContain('error:person-conflict');
    expect(shownFlags('Ingen kjente allergier.', index, 'anamnese')).toEqual([]);
  });

  it('accepts an allergy the patient told of in plain words', () => {
    const index = indexOf([
      ['pårørende', 'Jeg er allergisk mot nøtter selv.'],
      ['pasient', 'Jeg tåler ikke penicillin, jeg fikk utslett.'],
    ]);
    expect(shownFlags('Penicillinallergi med utslett.', index, 'anamnese')).toEqual([]);
  });
});
