/*
 * Session 5 of issue 12: pertinent negatives said as answers are never lost, on fresh text (not
 * the shared d01–d06 nor the eval cases). Each test is one mechanism a clinician would notice.
 */
import { describe, expect, it } from 'vitest';
import { writeNumbersAsDigits } from '../../language/norwegian-numbers.js';
import { normalizeSpokenNorwegian } from '../../language/spoken-norwegian.js';
import { compressStatement } from './compress-statement.js';
import { correctEarlierStatement } from './corrections.js';
import { formatClinicalNumbers } from './rewrite.js';
import { isNoCoveredByQuestion, statementFromAnswer } from './question-answer.js';
import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';

describe('negated answers to a clinician’s symptom question', () => {
  it('writes "Nei, ikke noe blod" with the question’s context, once', async () => {
    const output = await draft([
      ['lege', 'Hei, hva gjelder det?'],
      ['pasient', 'Jeg har hatt vondt i magen i fire dager.'],
      ['lege', 'Har du sett blod i avføringen?'],
      ['pasient', 'Nei, ikke noe blod.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/(?:Ingen|Ikke) blod i avføringen\./u);
    expect(history).not.toMatch(/Ikke noe blod\./u);
  });

  it('denies both parts of a two-part question answered "ingen av delene", in nynorsk', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Eg har hatt hovudverk sidan i går.'],
      ['lege', 'Har du hatt feber eller frysninger?'],
      ['pasient', 'Nei, ingen av delane.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ingen feber eller frysninger\./u);
    const text = `${section(output, 'kontaktarsak')} ${history}`;
    expect(text).toMatch(/hodepine/iu);
    expect(text).not.toMatch(/hovudverk|delane/iu);
  });

  it('writes a denied suicide screening as one clinical line', async () => {
    const output = await draft([
      ['lege', 'Korleis har du hatt det sidan sist?'],
      ['pasient', 'Eg har vore nedstemt, men litt betre no.'],
      [
        'lege',
        'Har du hatt tankar om å ta livet ditt, eller har du lagt planar om korleis du skulle gjere det?',
      ],
      ['pasient', 'Nei, ingen av delane.'],
    ]);
    expect(section(output, 'anamnese')).toContain('Ingen suicidale tanker eller planer.');
  });

  it('keeps "Kan du være gravid?" — "Nei, jeg har spiral." as "Ikke gravid."', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager?'],
      ['pasient', 'Jeg har kvalme og svie når jeg tisser.'],
      ['lege', 'Kan du være gravid?'],
      ['pasient', 'Nei, jeg har kobberspiral.'],
    ]);
    expect(section(output, 'anamnese')).toContain('Ikke gravid.');
  });

  it('keeps a place list together instead of denying "brystet" on its own', async () => {
    const output = await draft([
      ['lege', 'Hva er problemet?'],
      ['pasient', 'Jeg er så sliten og blek for tida.'],
      ['lege', 'Har du hatt vondt i magen eller brystet?'],
      ['pasient', 'Nei.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toContain('Ikke vondt i magen eller brystet.');
    expect(history).not.toMatch(/Ingen brystet/u);
  });

  it('turns "har den vært svart" after a question about the stool into "Ikke melena" (svart avføring)', () => {
    expect(
      statementFromAnswer('Har du sett blod i avføringen, eller har den vært svart?', 'no', 'Nei.'),
    ).toBe('Ingen blod i avføringen. Ikke melena.');
  });

  it('lists weight loss and night sweats as denied nouns', () => {
    expect(
      statementFromAnswer(
        'Har du gått ned i vekt eller hatt nattesvette?',
        'no',
        'Nei, verken eller.',
      ),
    ).toBe('Ingen vekttap eller nattesvette.');
  });

  it('treats "det har jeg ikke sett" from a parent as a plain no', () => {
    expect(
      statementFromAnswer('Har hun hatt inndragninger?', 'no', 'Nei, det har jeg ikke sett.'),
    ).toBe('Ingen inndragninger.');
  });

  it('tells a no that only repeats the question from one that adds something', () => {
    expect(isNoCoveredByQuestion('Har du sett blod i urinen?', 'Nei, ikke noe blod.')).toBe(true);
    expect(isNoCoveredByQuestion('Har du sett blod i urinen?', 'Nei, men det svir.')).toBe(false);
  });
});

describe('wording and numbers around negatives', () => {
  it('drops the spoken "noe" of a denied thing but keeps "ikke noe særlig"', () => {
    expect(compressStatement('Ikke noe utslett på armene.', 'history')).toBe(
      'Ikke utslett på armene.',
    );
    expect(compressStatement('Ikke noe særlig matlyst.', 'history')).toBe(
      'Ikke noe særlig matlyst.',
    );
  });

  it('reads a trøndersk "ikkje nå" before a word as "ikke noe"', () => {
    expect(normalizeSpokenNorwegian('Ikkje nå hoste.')).toBe('Ikke noe hoste.');
    expect(normalizeSpokenNorwegian('Ikkje nå lenger.')).toBe('Ikke nå lenger.');
  });

  it('reads hundreds written as one word and two neighbouring numbers as a range', () => {
    expect(writeNumbersAsDigits('hundreogførtifem over åttiåtte')).toBe('145 over 88');
    expect(writeNumbersAsDigits('tre fire ganger i uka')).toBe('3–4 ganger i uka');
    expect(writeNumbersAsDigits('hundrevis av ganger')).toBe('hundrevis av ganger');
  });
});

describe('a spoken range in a dose', () => {
  it('writes "to tre ganger om dagen" as x 2–3 daglig', () => {
    expect(formatClinicalNumbers('Ibux to tre ganger om dagen.')).toBe('Ibux x 2–3 daglig.');
  });
});

describe('a correction in the clinician’s next turn', () => {
  it('replaces the value of the statement before', () => {
    expect(correctEarlierStatement('CRP 41.', 'Nei vent, CRP var 47, jeg så feil.')).toBe(
      'CRP 47.',
    );
    expect(correctEarlierStatement('CRP 41.', 'Nei, CRP var 47.')).toBeUndefined();
  });

  it('leaves only the corrected value in the note', async () => {
    const output = await draft([
      ['lege', 'Hva er det som plager deg?'],
      ['pasient', 'Jeg har hatt feber og hoste i fem dager.'],
      ['lege', 'Jeg har sett på prøvene dine. CRP er sekstien.'],
      ['lege', 'Nei vent, CRP var sekstiåtte, jeg leste feil linje.'],
      ['lege', 'Dette er en lungebetennelse. Du får penicillin.'],
    ]);
    const text = output.sections.flatMap((part) => part.sentences.map((s) => s.text)).join(' ');
    expect(text).toContain('68');
    expect(text).not.toContain('61');
  });
});

describe('drug advice in the plan', () => {
  it('puts "Du kan ta …" and "… må stoppes" under Tiltak, not Vurdering or Funn', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det?'],
      ['pasient', 'Jeg har hatt vondt i korsryggen i en uke.'],
      ['lege', 'Ryggen er øm paravertebralt, nevrologien er normal.'],
      [
        'lege',
        'Dette er lumbago. Du kan ta paracetamol ett gram inntil fire ganger daglig. Naproksen må stoppes.',
      ],
    ]);
    const plan = section(output, 'tiltak');
    expect(plan).toMatch(/paracetamol 1 g/iu);
    expect(plan).toMatch(/naproksen/iu);
    expect(`${section(output, 'vurdering')} ${section(output, 'funn')}`).not.toMatch(
      /paracetamol|naproksen/iu,
    );
  });

  it('writes a denial once when the answer repeats it with "ikke" after the question gave "ingen"', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg er så sliten.'],
      ['lege', 'Har du merket noe hjertebank, skjelving eller at du sover dårlig?'],
      ['pasient', 'Nei, ikke noe sånt. Ikke hjertebank, ikke skjelving. Jeg sover godt.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history.match(/hjertebank/giu)).toHaveLength(1);
    expect(history).toMatch(/(?:Ingen|Ikke) hjertebank/u);
    expect(history).toMatch(/skjelving/u);
  });

  it('writes a denied suicide question answered in the question’s words once, as the clinical negative', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg sover dårlig.'],
      ['lege', 'Har du tenkt på å ta livet ditt, eller har du skadet deg selv?'],
      ['pasient', 'Nei, ingen av delene. Jeg har to barn.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ingen suicidtanker/u);
    expect(history).toMatch(/selvskading/u);
    expect(history).not.toMatch(/tenkt på å ta livet/u);
  });
});

describe('a denial never becomes an affirmation', () => {
  const ulcerQuestions = [
    'Har du hatt magesår, eller fått vondt i magen av Ibux før?',
    'Har du hatt magesår?',
  ];
  const denials = [
    'Nei, aldri hatt magesår. Ibux går fint.',
    'Nei, aldri hatt det.',
    'Nei, har aldri hatt magesår.',
    'Aldri.',
    'Ikkje det heller.',
    'Nei, aldri hatt noe sånt.',
    'Nei, eg har aldri hatt det. Ibux tåler eg godt.',
  ];

  it('turns "Nei, aldri hatt magesår. Ibux går fint." to a two-part question into no ulcer', () => {
    const turned = statementFromAnswer(
      'Har du hatt magesår, eller fått vondt i magen av Ibux før?',
      'no',
      'Nei, aldri hatt magesår. Ibux går fint.',
    );
    expect(turned ?? '').not.toMatch(/Har hatt magesår/u);
  });

  it.each(ulcerQuestions.flatMap((question) => denials.map((answer) => [question, answer])))(
    'never writes a peptic ulcer as had: «%s» — «%s»',
    async (question, answer) => {
      const output = await draft([
        ['lege', 'Hva gjelder det i dag?'],
        ['pasient', 'Jeg har hatt vondt i skulderen i tre uker.'],
        ['lege', question],
        ['pasient', answer],
      ]);
      const ulcerSentences = section(output, 'anamnese')
        .split(/(?<=[.!])\s+/u)
        .filter((sentence) => /magesår/iu.test(sentence));
      expect(ulcerSentences.length).toBeGreaterThan(0);
      for (const sentence of ulcerSentences) expect(sentence).toMatch(/(?:ikke|ingen|aldri)/iu);
    },
  );

  it('still reads "Nei, det går" to "Klarer du å drikke, eller kaster du opp?" as managing', () => {
    expect(
      statementFromAnswer(
        'Klarer du å drikke, eller kaster du opp?',
        'no',
        'Nei, nei, det går fint.',
      ),
    ).toMatch(/^Klarer å drikke\./u);
  });
});

describe('red-flag and screening questions answered no', () => {
  it.each([
    [
      'Har du gått ned i vekt uten å ville det, eller svettet mye om natta?',
      'Næh. Vekta e den samme.',
      /Ingen vekttap\..*Ingen nattesvette\./u,
    ],
    [
      'Hører du stemmer eller ser ting som andre ikke ser?',
      'Hæ? Nei, nei. Ikkji det.',
      /Ingen hallusinasjoner\./u,
    ],
    ['Har du vore bevisstlaus?', 'Nei, slettes ikkje.', /Ikke bevisstløs\./u],
    ['Brukar du blodfortynnande?', 'Nei.', /Bruker ikke blodfortynnende\./u],
    [
      'Har du gått ned i vekt, eller svetta om natta?',
      'Nei.',
      /Ingen vekttap\..*Ingen nattesvette\./u,
    ],
    ['Har du vondt i hodet?', 'Nei.', /Ingen hodepine\./u],
    [
      'Har du hatt perioder der du har vært veldig oppstemt, sovet lite og hatt mye energi?',
      "Nei, ha'kje merka noko sånt.",
      /Ingen perioder med oppstemthet\./u,
    ],
  ])('writes «%s» — «%s» as a clinical negative', async (question, answer, expected) => {
    const output = await draft([
      ['lege', 'Hva gjelder det i dag?'],
      ['pasient', 'Jeg har vært så sliten i det siste.'],
      ['lege', question],
      ['pasient', answer],
    ]);
    expect(section(output, 'anamnese')).toMatch(expected);
  });

  it('never denies the topic named first: «Og vannlatingen, klarer du …» — «Nei, det går som før»', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det i dag?'],
      ['pasient', 'Æ har hatt vondt i ryggen i tre vek.'],
      [
        'lege',
        'Og vannlatingen, klarer du å tisse som vanlig, eller har du lekket urin eller avføring?',
      ],
      ['pasient', 'Nei, det går som før.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).not.toMatch(/Ingen vannlating/u);
    expect(history).toMatch(/Klarer å tisse som vanlig\./u);
    expect(history).toMatch(/Har ikke lekket urin eller avføring\./u);
  });
});

describe('questions with a topic in front or a trailing "eller"', () => {
  it.each([
    ['Har du hatt feber da, eller?', /^Ingen feber\.$/u],
    ['Blodfortynnende, bruker du det?', /Bruker ikke blodfortynnende\./u],
    ['Og selvmordstanker, har du hatt noe av det?', /Ingen (?:selvmordstanker|suicid)/u],
  ])('writes «%s» — «Nei.» as the negative of what was asked', async (question, expected) => {
    const output = await draft([
      ['lege', 'Hva gjelder det i dag?'],
      ['pasient', 'Jeg har hatt vondt i magen i en uke.'],
      ['lege', question],
      ['pasient', 'Nei.'],
    ]);
    const history = section(output, 'anamnese').replace(/^[^.]*magen[^.]*\. /u, '');
    expect(history).toMatch(expected);
    expect(history).not.toMatch(/Bruker ikke det|eller\./u);
  });
});

describe('a bare «Ikkje det.» to a two-part question', () => {
  it('denies both parts', async () => {
    const output = await draft([
      ['lege', 'Hva gjelder det i dag?'],
      ['pasient', 'Eg har hatt vondt i magen i ei veke.'],
      ['lege', 'Har du hatt feber, eller kastet opp?'],
      ['pasient', 'Ikkje det.'],
    ]);
    const history = section(output, 'anamnese');
    expect(history).toMatch(/Ingen feber\./u);
    expect(history).toMatch(/(?:Har ikke kastet opp|Ikke oppkast)\./u);
  });
});
