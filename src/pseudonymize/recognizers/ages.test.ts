import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function ages(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'AGE')
    .map((entity) => entity.text);
}

describe('recognizeAges', () => {
  it('takes the months of a child\'s age with the years after a comma and after "på"', () => {
    expect(ages('Gutt, 3 år og 2 mnd, med feber.')).toEqual(['3 år og 2 mnd']);
    expect(ages('Jente på 2 år og 5 mnd med hoste.')).toEqual(['2 år og 5 mnd']);
    expect(ages('Jente på 2 år og 5 måneder.')).toEqual(['2 år og 5 måneder']);
    expect(ages('Gutt, 3 år og 2 dager med feber.')).toEqual(['3 år']);
  });

  it("finds a child's ages in a developmental history written as a list, one milestone a line", () => {
    // Issue 10, item 6: every age is detected (and listed, kept or replaced by policy); the word
    // that ends the line before must not decide whether the next line's age is one.
    expect(
      ages('Utviklingsanamnese for Emma Hansen\n1 år: gikk\n2 år: snakket i setninger'),
    ).toEqual(['1 år', '2 år']);
    expect(ages('Utviklingsanamnese:\n1 år: gikk\n2 år: snakket i setninger')).toEqual([
      '1 år',
      '2 år',
    ]);
    expect(ages('Motorikk\nSatt 8 mnd, gikk\n3 år: syklet med støttehjul')).toEqual(['3 år']);
  });

  it('still reads a count of years inside a sentence as no age', () => {
    expect(ages('Hun har hatt plagene\ni 2 år og bruker Ventoline.')).toEqual([]);
    expect(ages('Han røkte 20 år før han sluttet.')).toEqual([]);
  });

  it('still drops the ages of a programme for every child said in one sentence', () => {
    expect(
      ages(
        'Helsestasjonsprogrammet:\nKontroller ved 4 uker, 6 uker, 3, 4, 5, 6, 8 og 10 måneder, 1 år, 15 måneder, 2 år og 4 år.',
      ),
    ).toEqual([]);
  });

  it('finds spoken ages over 89 whoever says them and however', () => {
    expect(ages('Innlagt en kvinne på nittifire fra sykehjemmet.')).toEqual(['nittifire']);
    expect(ages('oldemor er hundreogto år gammel')).toEqual(['hundreogto år']);
    expect(ages('Bestefar, som er nittini, bor alene.')).toEqual(['nittini']);
    expect(ages('han e nittifem og har blitt dårligere')).toEqual(['nittifem']);
    expect(ages('Ein mann på nittiein som bur åleine.')).toEqual(['nittiein']);
    expect(ages('mor har blitt nittisju og trenger hjelp')).toEqual(['nittisju']);
    expect(ages('Han er nitti-to og helt klar.')).toEqual(['nitti-to']);
    expect(ages('Han døde i en alder av nittifem.')).toEqual(['nittifem']);
    expect(ages('Lege: Hvor gammel er hun? Pasient: Hundre og fire.')).toEqual(['Hundre og fire']);
  });

  it('does not take measurements said in words for ages', () => {
    expect(
      ages(
        'Pulsen er nittiseks og metningen nittifire prosent, blodtrykket hundre og førti over nitti.',
      ),
    ).toEqual([]);
    expect(ages('jeg veier nittiåtte kilo, metning på nittifire')).toEqual([]);
  });

  it('reads a spoken blood pressure said with "på" as a measurement, not an age', () => {
    expect(ages('lege: blodtrykket er hundreogførti på nitti i dag.')).toEqual([]);
    expect(ages('lege: blodtrykket er hundre og førti på nitti, pulsen sytti.')).toEqual([]);
    expect(ages('pasient: hjemme måler jeg hundreogfemti på nittifem.')).toEqual([]);
    // Counter-example: a person noun before "på" keeps the age.
    expect(ages('pasient: mora mi er en dame på nitti som bor alene.')).toEqual(['nitti']);
  });

  it('lists the ages the policy keeps: children, decades, two ages at once', () => {
    expect(ages('Hun er i femtiårene, sønnen i 20-årene.')).toEqual(['femtiårene', '20-årene']);
    expect(ages('Treåringen har feber. Lillebror på 6 uker er frisk.')).toEqual([
      'Treåringen',
      '6 uker',
    ]);
    expect(ages('barna er 4 og 7 år')).toEqual(['4 og 7 år']);
    expect(ages('Mor (nittitre) er med.')).toEqual(['nittitre']);
    // A three-year course and a two-week sick leave are durations.
    expect(ages('Det er en treårig utdanning, og sykmelding på 2 uker.')).toEqual([]);
  });

  it('takes the phrase that places a person in a decade, and a half year, into the age', () => {
    expect(ages('Kvinne i begynnelsen av 60-årene med svimmelhet.')).toEqual([
      'begynnelsen av 60-årene',
    ]);
    expect(ages('pasient: farmor er nittiseks og et halvt nå')).toEqual(['nittiseks og et halvt']);
  });

  it('finds a small child\'s age in months after "er" and a teenager\'s after "på"', () => {
    expect(ages('Jenta er 14 måneder og kryper ikke.')).toEqual(['14 måneder']);
    expect(ages('Tenåring på 16 med hodepine.')).toEqual(['16']);
  });

  it('takes no height or other decimal number after "er" for an age', () => {
    expect(ages('Han er 1,82 m og veier 84 kg.')).toEqual([]);
    expect(ages('Han er 87, og bor alene.')).toEqual(['87']);
  });
  it('finds the ages of children named by rank, in lists and in brackets', () => {
    expect(ages('pasient: den eldste er på 15, og den yngste på 6.')).toEqual(['15', '6']);
    expect(ages('pasient: vi har fire unga, på elleve, åtte, fem og to.')).toEqual([
      'elleve',
      'åtte',
      'fem',
      'to',
    ]);
    expect(ages('Bor med kona og tre barn (3, 7 og 10).')).toEqual(['3', '7', '10']);
    expect(ages('CRP er på 12, og Hb er på 9.')).toEqual([]);
  });

  it('finds ages said in dialect, after an adverb and in answer to "kor gammal"', () => {
    expect(ages('pasient: æ blir sytti til sommaren.')).toEqual(['sytti']);
    expect(ages('pasient: je fylte førtifem i helga.')).toEqual(['førtifem']);
    expect(ages('pasient: far er vel nitti no.')).toEqual(['nitti']);
    expect(ages('Ho er over nitti og klarer seg sjølv.')).toEqual([]);
    expect(ages('lege: kor gammal er ho? pasient: åttitre, trur eg.')).toEqual(['åttitre']);
    expect(ages('pasient: ho minste er berre halvanna år.')).toEqual(['halvanna år']);
    expect(ages('Datteren er i tenåra og har migrene.')).toEqual(['tenåra']);
    expect(ages('Hun har hatt migrene siden tenårene.')).toEqual([]);
  });

  it('does not take a difference of ages for an age', () => {
    expect(ages('Kona er fem år yngre enn han, og broren er to år eldre.')).toEqual([]);
  });
  it('finds ages written after a person noun, with "gl.", in brackets after an adverb and at an event', () => {
    expect(ages('Kvinne 58 år, kjent astma.')).toEqual(['58 år']);
    expect(ages('Har en datter 14 år og en sønn 10 år.')).toEqual(['14 år', '10 år']);
    expect(ages('81 år gl. mann med synkope.')).toEqual(['81 år gl.']);
    expect(ages('Datteren (nesten 16) har eksem.')).toEqual(['16']);
    expect(ages('Hun fikk diagnosen i 11 års alder.')).toEqual(['11 års']);
    expect(ages('Pas. er 77 og bor alene.')).toEqual(['77']);
    expect(ages('lege: alderen din? pasient: sekstini.')).toEqual(['sekstini']);
  });

  it("does not take the age a rule applies at for anyone's age", () => {
    expect(ages('Vaksinen tilbys i 12 års alder.')).toEqual([]);
  });
});

describe('ages of 90 and more after any noun', () => {
  it('finds "92 år" after a visit noun ("Kontroll 92 år")', () => {
    expect(ages('Kontroll 92 år. Hjemmeboende.')).toEqual(['92 år']);
    expect(ages('Time 95 år, kommer med sønnen.')).toEqual(['95 år']);
  });

  it('keeps durations and younger ages after a noun as they were', () => {
    expect(ages('Kontroll 52 år. Røykt i 40 år.')).toEqual([]);
    expect(ages('Pasienter over 90 år får tilbud om vaksine.')).toEqual([]);
    expect(ages('Stadig flere lever lenger enn 90 år.')).toEqual([]);
  });
});
