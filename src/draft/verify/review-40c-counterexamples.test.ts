import { describe, expect, it } from 'vitest';
import { unsafeAsPseudonymized, type Speaker } from '../../core/index.js';
import { checkSentence } from './check-sentence.js';
import { createTranscriptIndex } from './transcript-index.js';

/** Review of s40c: notes true to their conversation, and faults the s40c rules lost or missed. */
function indexOf(segments: readonly (readonly [Speaker, string])[]) {
  return createTranscriptIndex({
    segments: segments.map(([speaker, text]) => ({ speaker, text: unsafeAsPseudonymized(text) })),
  });
}

function errors(
  text: string,
  segments: readonly (readonly [Speaker, string])[],
  section = 'anamnese',
): string[] {
  return checkSentence(text, indexOf(segments), { section })
    .flags.filter((flag) => flag.severity === 'error')
    .map((flag) => flag.message);
}

describe('a denied activity narrowed by what follows the denial', () => {
  it('leaves "Drikker ikke alkohol." after coffee and a «nei, aldri» to alcohol unflagged', () => {
    const said = [
      ['lege', 'Hva drikker du til vanlig?'],
      ['pasient', 'Jeg drikker mye kaffe, kanskje seks kopper.'],
      ['lege', 'Og alkohol?'],
      ['pasient', 'Nei, aldri.'],
    ] as const;
    expect(errors('Drikker ikke alkohol.', said)).toEqual([]);
    expect(errors('Drikker ikke.', said)).toEqual([]);
  });

  it('leaves a denial of another time, place or thing unflagged', () => {
    expect(
      errors('Drikker ikke i ukedagene.', [['pasient', 'Jeg drikker bare i helgene.']]),
    ).toEqual([]);
    expect(
      errors('Sover ikke gjennom natten.', [
        ['pasient', 'jeg sover, men våkner fem-seks ganger hver natt'],
      ]),
    ).toEqual([]);
    expect(
      errors('Klør ikkje om natta.', [
        ['pasient', 'Eg klør meg mykje på dagtid. Om natta søv eg godt.'],
      ]),
    ).toEqual([]);
    expect(
      errors('Spiser ikke lunsj.', [
        ['pasient', 'jeg spiser frokost og middag men hopper over lunsjen'],
      ]),
    ).toEqual([]);
    expect(
      errors('Kjører ikke bil etter hjerneslaget.', [
        ['pasient', 'Jeg kjører traktor på gården, men bil har jeg ikke kjørt siden slaget.'],
      ]),
    ).toEqual([]);
    expect(
      errors('Svetter ikke om natten.', [
        ['pasient', 'Jeg svetter når jeg trener, men ikke om natta.'],
      ]),
    ).toEqual([]);
  });

  it('still flags a bare denial and one whose words were said with the activity', () => {
    expect(errors('Drikker ikke.', [['pårørende', 'Ja, han drikker hver dag, han.']])).not.toEqual(
      [],
    );
    expect(
      errors('Klør ikkje om natta.', [['pårørende', 'Ho klør seg heile tida, særleg om natta.']]),
    ).not.toEqual([]);
  });
});

describe('a finding written as ended, read in the clause that names it', () => {
  it('still flags "Hoster ikke lenger." when only the fever has ended', () => {
    expect(
      errors('Hoster ikke lenger.', [
        ['pasient', 'Jeg har ikke feber lenger, men jeg hoster fortsatt mye.'],
      ]),
    ).not.toEqual([]);
  });

  it('still flags "ikke lenger om natten" when the cough ended by day only', () => {
    expect(
      errors('Hoster ikke lenger om natten.', [
        ['pasient', 'Jeg hoster ikke lenger om dagen, men om natta hoster jeg mye.'],
      ]),
    ).not.toEqual([]);
  });

  it('leaves an ending said of the same time unflagged', () => {
    expect(
      errors('Hostar ikkje lenger om natta.', [
        ['pasient', 'Eg hosta mykje før, men no hostar eg ikkje lenger om natta.'],
      ]),
    ).toEqual([]);
  });
});

describe('a denied earlier episode', () => {
  it('still flags a diagnosis when only the patient denied having had it before', () => {
    expect(
      errors(
        'Pneumoni.',
        [
          ['pasient', 'Jeg har ikke hatt lungebetennelse før, men nå hoster jeg mye.'],
          ['lege', 'Lungene er fine, dette er en forkjølelse.'],
        ],
        'vurdering',
      ),
    ).not.toEqual([]);
  });

  // Remaining: the clinician's own "ikke hatt … før" still lets a diagnosis nobody made through.
  it.fails('flags "Pneumoni." after the clinician\'s denial of earlier episodes and a cold', () => {
    expect(
      errors(
        'Pneumoni.',
        [
          [
            'lege',
            'Du har ikke hatt lungebetennelse før. Lungene er fine, dette er en forkjølelse.',
          ],
        ],
        'vurdering',
      ),
    ).not.toEqual([]);
  });
});

describe('a short lab name said first in one state, then in the other', () => {
  it('leaves "CRP normal nå." after «var CRP forhøyet, 55. Nå er den normal» unflagged', () => {
    expect(
      errors(
        'CRP normal nå.',
        [['lege', 'Ved forrige kontroll var CRP forhøyet, 55. Nå er den normal.']],
        'funn',
      ),
    ).toEqual([]);
  });

  it('still flags "CRP normal." after "CRP er 87, altså klart forhøyet"', () => {
    expect(
      errors('CRP normal.', [['lege', 'CRP er 87, altså klart forhøyet.']], 'funn'),
    ).not.toEqual([]);
  });
});

describe('remaining counterexamples', () => {
  // "tid" in «når jeg har tid» matches «for tiden»: the patient's «lenge siden sist» is not read.
  it.fails('leaves "Trener ikke for tiden." after «lenge siden sist» unflagged', () => {
    expect(
      errors('Trener ikke for tiden.', [
        [
          'pasient',
          'Jeg trener når jeg har tid, men det er lenge siden sist. Ikke i år i alle fall.',
        ],
      ]),
    ).toEqual([]);
  });

  // Lost on purpose by the narrowing: "alkohol" is not said beside «jeg drikker en flaske vin».
  it.fails('flags "Drikker ikke alkohol." after «Jeg drikker en flaske vin hver helg»', () => {
    expect(
      errors('Drikker ikke alkohol.', [['pasient', 'Jeg drikker en flaske vin hver helg.']]),
    ).not.toEqual([]);
  });
});
