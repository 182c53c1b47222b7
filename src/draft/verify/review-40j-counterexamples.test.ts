/**
 * Review of s40j (patient age, relative day beside a weekday): notes true to their conversation
 * that the s40j rules flagged. Each case failed on 566f79f1 and passes now; leftovers are `it.fails`.
 */
import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

const ageError = 'error:number-conflict';
const dayWarning = 'warning:number-not-in-transcript';

describe('a true patient age is not flagged as wrong', () => {
  it('reads no age from a number the patient says with what it counts', () => {
    const cases: [string, string][] = [
      ['Jeg ble tjue da jeg fikk diagnosen.', '45 år gammel kvinne med diabetes type 1.'],
      ['Jeg fylte femti for to år siden, og da begynte det.', '52 år gammel mann.'],
      ['Jeg blir sekstisju neste år og skal gå av med pensjon.', '65 år gammel mann.'],
      ['Jeg er 16 år gift, og har to barn.', '41 år gammel kvinne.'],
      ['Jeg er femten år eldre enn kona.', '62 år gammel mann.'],
      ['Jeg er tretti meter unna før jeg må stoppe.', '71 år gammel mann.'],
      ['Jeg er 30 år i Norge nå.', '52 år gammel mann.'],
      ['i går kveld var jeg 39 i feber, jeg er 38 nå', '61 år gammel mann med feber.'],
    ];
    for (const [said, note] of cases)
      expect(shownFlags(note, indexOf([['pasient', said]]), 'anamnese')).not.toContain(ageError);
  });

  it('keeps a year either way for a birthday this year, tomorrow or on a weekday', () => {
    expect(
      shownFlags(
        '49 år.',
        indexOf([
          ['lege', 'Hvor gammel er du?'],
          ['pasient', 'Femti i år.'],
        ]),
      ),
    ).not.toContain(ageError);
    expect(
      shownFlags(
        '55 år.',
        indexOf([
          ['lege', 'Hvor gammel er du nå, femtifem?'],
          ['pasient', 'Ja, femtiseks i morgen.'],
        ]),
      ),
    ).not.toContain(ageError);
    expect(
      shownFlags('69 år gammel mann.', indexOf([['pasient', 'Jeg er 70 i år.']])),
    ).not.toContain(ageError);
  });

  it('takes a correction or the rest of the answer, and "ni og førti"', () => {
    const corrected = indexOf([
      ['lege', 'Hvor gammel er du?'],
      ['pasient', 'Fjorten.'],
      ['pårørende', 'Femten. Du har hatt bursdag!'],
    ]);
    expect(shownFlags('15 år gammel jente.', corrected)).not.toContain(ageError);
    const finished = indexOf([
      ['lege', 'Hvor gammel er du?'],
      ['pasient', 'Sytti. Og to. Syttito.'],
    ]);
    expect(shownFlags('72 år gammel mann.', finished)).not.toContain(ageError);
    const own = indexOf([['pasient', 'Jeg er sekstiåtte, eller, sekstini nå faktisk.']]);
    expect(shownFlags('69 år gammel mann.', own)).not.toContain(ageError);
    const old = indexOf([
      ['lege', 'Hvor gammel er du?'],
      ['pasient', 'Ni og førti.'],
    ]);
    expect(shownFlags('49 år gammel kvinne.', old)).not.toContain(ageError);
  });

  it('takes a relative correcting the patient, and an age said after an adverb', () => {
    const son = indexOf([
      ['lege', 'Hvor gammel er du?'],
      ['pasient', 'Sekstien.'],
      ['pårørende', 'Sekstito, pappa.'],
    ]);
    expect(shownFlags('62 år gammel mann.', son)).not.toContain(ageError);
    const unsure = indexOf([
      ['lege', 'Hvor gammel er du?'],
      ['pasient', 'Trettiåtte, tror jeg. Ja, trettini.'],
    ]);
    expect(shownFlags('39 år gammel kvinne.', unsure)).not.toContain(ageError);
    const inverted = indexOf([['pasient', 'No er eg syttiein, og kona er sytti.']]);
    expect(shownFlags('71 år gammel mann.', inverted)).not.toContain(ageError);
  });

  it('does not take a relative’s age asked with "hun/han" as the patient’s', () => {
    const sister = indexOf([
      ['lege', 'Og lillesøster, hvor gammel er hun?'],
      ['pårørende', 'Hun er tre.'],
    ]);
    expect(shownFlags('7 år gammel gutt med astma.', sister)).not.toContain(ageError);
    const daughter = indexOf([
      ['lege', 'Hvor gammel er hun, datteren din?'],
      ['pårørende', 'Hun er ni.'],
    ]);
    expect(shownFlags('42 år gammel kvinne.', daughter)).not.toContain(ageError);
  });

  it('reads no patient age from a relative’s age or a bare duration in months', () => {
    const said = indexOf([
      ['lege', 'Hvor gammel er du?'],
      ['pasient', 'Trettifire.'],
    ]);
    expect(shownFlags('65 år, mann, bror til pasienten, hadde infarkt.', said)).not.toContain(
      ageError,
    );
    expect(shownFlags('5 mnd.', said)).not.toContain(ageError);
  });

  it('still flags an age the patient gave as another (what must not change)', () => {
    const said = indexOf([
      ['lege', 'Hvor gammel er du?'],
      ['pasient', 'Trettifire.'],
    ]);
    expect(shownFlags('43 år gammel kvinne.', said)).toContain(ageError);
    expect(shownFlags('20 år, røyker.', said)).toContain(ageError);
    const own = indexOf([['pasient', 'Jeg er femtito år.']]);
    expect(shownFlags('62 år gammel mann.', own)).toContain(ageError);
  });
});

describe('a relative day reckoned from a weekday is not flagged', () => {
  it('still flags a shift when the weekday answers a question that is not about when', () => {
    const ibux = indexOf([
      ['pasient', 'Jeg har hatt vondt under brystbeinet siden i går kveld.'],
      ['lege', 'Har du tatt noe for smertene?'],
      ['pasient', 'Ibux tre ganger om dagen siden mandag, for ryggen.'],
    ]);
    expect(shownFlags('Smerter under brystbenet siden forrige uke.', ibux)).toContain(dayWarning);
  });

  it('takes a weekday answering a question that names the complaint', () => {
    const cough = indexOf([
      ['lege', 'Når startet hosten?'],
      ['pasient', 'På lørdag.'],
      ['pasient', 'I går ble hosten verre.'],
    ]);
    expect(shownFlags('Hoste siden i forgårs, forverret i går.', cough)).not.toContain(dayWarning);
  });

  it('takes a weekday compound as a day', () => {
    const fever = indexOf([['pasient', 'Det begynte søndagsmorgen med hodepine.']]);
    expect(shownFlags('Hodepine siden i går.', fever)).not.toContain(dayWarning);
  });

  it('still flags a day the same complaint was said to begin on otherwise', () => {
    const cough = indexOf([['pasient', 'Jeg har hostet siden mandag, og i går fikk jeg feber.']]);
    expect(shownFlags('Feber siden i forgårs.', cough)).toContain(dayWarning);
  });
});

describe('left as known failures (narrowing them cost a held-out detection)', () => {
  // Requiring the other day's clause to tell when it began («fikk/kom/begynte/siden») fixed
  // both and cost a held-out v27 detection; s40j's behaviour is kept.
  it.fails('does not read "worst yesterday" as the day it began', () => {
    const back = indexOf([
      ['pasient', 'Det begynte på lørdag.'],
      ['pasient', 'Ryggen var verst i går.'],
    ]);
    expect(shownFlags('Vondt i ryggen siden i forgårs.', back)).not.toContain(dayWarning);
  });

  it.fails('does not read "ten times yesterday" as the day it began', () => {
    const diarrhoea = indexOf([
      ['pasient', 'Jeg har hatt diaré i tre dager.'],
      ['pasient', 'I går hadde jeg diaré ti ganger.'],
      ['pasient', 'Det var på mandag det startet.'],
    ]);
    expect(shownFlags('Diaré siden forrige uke.', diarrhoea)).not.toContain(dayWarning);
  });

  // Reading a relative's «Han er tretten.» right after the child's own «Jeg er tolv år.» fixed it
  // and cost a held-out v29 detection.
  it.fails('takes a relative correcting the age the child said unasked', () => {
    const mother = indexOf([
      ['pasient', 'Jeg er tolv år.'],
      ['pårørende', 'Han er tretten.'],
    ]);
    expect(shownFlags('13 år gammel gutt.', mother)).not.toContain(ageError);
  });
});
