import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('numbers are checked against what they measure', () => {
  const ward = indexOf([
    ['lege', 'Hvordan har du det i dag?'],
    ['pasient', 'Bedre, jeg har fått mer luft.'],
    ['sykepleier', 'Metningen er nittito prosent og pulsen åttiåtte.'],
    [
      'lege',
      'Blodprøvene viser at CRP er førtito. Hvite er elleve komma fem. Hemoglobinet er tolv komma tre.',
    ],
    ['lege', 'Blodtrykket er hundre og trettifire over åttiåtte.'],
  ]);

  it('accepts each value written with the measure it was said about', () => {
    expect(shownFlags('SpO2 92 %, puls 88.', ward)).toEqual([]);
    expect(shownFlags('CRP 42, leukocytter 11,5, Hb 12,3.', ward)).toEqual([]);
    expect(shownFlags('BT 134/88.', ward)).toEqual([]);
  });

  it('flags a lab value that was said, but about another measure', () => {
    expect(shownFlags('CRP 42, leukocytter 11,5, Hb 11,5.', ward)).toContain(
      'error:number-conflict',
    );
  });

  it('flags a pulse that was the diastolic pressure', () => {
    expect(shownFlags('SpO2 92 %, puls 88. BT 134/88.', ward)).toEqual([]);
    expect(shownFlags('Puls 134.', ward)).toContain('error:number-conflict');
  });

  it('reads an answer as being about the measure the question named', () => {
    const weighed = indexOf([
      ['lege', 'Hvor mye veier han nå?'],
      ['pårørende', 'Han veide fjorten komma to kilo på helsestasjonen.'],
      ['lege', 'Temperaturen er trettiåtte komma en.'],
    ]);
    expect(shownFlags('Vekt 14,2 kg.', weighed)).toEqual([]);
    expect(shownFlags('Temp 14,2.', weighed)).toContain('error:number-conflict');
  });
});

describe('doses and frequencies belong to their drug', () => {
  const plan = indexOf([
    ['lege', 'Du tar Metformin fem hundre milligram morgen og kveld.'],
    ['lege', 'Og så Jardiance ti milligram om morgenen.'],
    ['lege', 'Fosamax tar du en gang i uka.'],
    ['lege', 'Duroferon tar du annenhver dag.'],
  ]);

  it('accepts each drug with its own dose and frequency', () => {
    expect(shownFlags('Metformin 500 mg x 2.', plan)).toEqual([]);
    expect(shownFlags('Jardiance 10 mg om morgenen.', plan)).toEqual([]);
    expect(shownFlags('Fosamax én gang ukentlig.', plan)).toEqual([]);
    expect(shownFlags('Duroferon annenhver dag.', plan)).toEqual([]);
  });

  it('flags a frequency borrowed from the drug in the sentence before', () => {
    expect(shownFlags('Jardiance 10 mg morgen og kveld.', plan)).not.toEqual([]);
  });

  it('flags daily for a weekly drug and daily for every other day', () => {
    expect(shownFlags('Fosamax én gang daglig.', plan)).not.toEqual([]);
    expect(shownFlags('Duroferon daglig.', plan)).not.toEqual([]);
  });

  it('flags a times-a-day count that differs from the drug’s', () => {
    expect(shownFlags('Metformin 500 mg x 3.', plan)).toContain('error:number-conflict');
  });

  it('takes a spoken correction in the next sentence of the turn as the value', () => {
    const corrected = indexOf([
      ['lege', 'Hvordan tar du Paracet?'],
      ['pasient', 'To tabletter tre ganger om dagen. Eller, jeg mener fire ganger om dagen.'],
    ]);
    expect(shownFlags('Paracet 2 tabletter x 4.', corrected)).toEqual([]);
    expect(shownFlags('Paracet 2 tabletter x 3.', corrected)).not.toEqual([]);
  });
});

describe('lengths of time need their unit said', () => {
  const visit = indexOf([
    ['lege', 'Hvor sliten er du på en skala fra null til ti?'],
    ['pasient', 'Kanskje en to.'],
    ['pasient', 'Jeg hadde et anfall for halvannen uke siden.'],
    ['lege', 'Du får Ibux i tre dager.'],
    ['lege', 'Ny time om fire uker.'],
  ]);

  it('accepts the length of time that was said', () => {
    expect(shownFlags('Ny time om fire uker.', visit)).toEqual([]);
  });

  it('flags a follow-up whose weeks match only a number said without a unit', () => {
    expect(shownFlags('Ny time om to uker.', visit)).not.toEqual([]);
  });
});

describe('a length of time said only about someone else', () => {
  const visit = indexOf([
    ['lege', 'Har nokon rundt deg vore sjuke?'],
    ['pasient', 'Sambuaren min har hosta i tre veker.'],
    ['pasient', 'Eg har hosta i fem dagar, og no har eg fått feber.'],
  ]);

  it('flags the relative’s weeks written as the patient’s, as another person', () => {
    expect(shownFlags('Hoste i tre uker.', visit)).toContain('error:person-conflict');
  });

  it('accepts the patient’s own days and the relative’s weeks written as the relative’s', () => {
    expect(shownFlags('Hoste i fem dager, nå feber.', visit)).toEqual([]);
    expect(
      shownFlags('Samboer har hostet i tre uker.', visit).filter((shown) =>
        shown.includes('person'),
      ),
    ).toEqual([]);
  });
});

describe('the same amount written in another form', () => {
  const said = indexOf([
    ['lege', 'Hva tar du for hodepinen?'],
    ['pasient', 'Paracet, to tabletter på femhundre milligram, fire dager i uka.'],
    ['lege', 'Blodprosenten er hundre og trettifire.'],
  ]);

  it('accepts haemoglobin said in g/L and written in g/dL, but not another value', () => {
    expect(shownFlags('Hb 13,4.', said)).toEqual([]);
    expect(shownFlags('Hb 10,4.', said)).toContain('error:number-conflict');
  });

  it('accepts the whole dose of tablets said with their strength, but not another dose', () => {
    expect(shownFlags('Paracetamol 1 g ca. 4 dager per uke.', said)).toEqual([]);
    expect(shownFlags('Paracetamol 500 mg ca. 4 dager per uke.', said)).toEqual([]);
    expect(shownFlags('Paracetamol 2 g ca. 4 dager per uke.', said)).toContain(
      'error:number-conflict',
    );
  });

  it('reads a duration said with a nynorsk or northern month ("ein månad", "to månede")', () => {
    const dialect = indexOf([
      ['lege', 'Kor lenge har det vart?'],
      ['pasient', 'Æ har vondt i magen, det har vart i to månede no.'],
      ['lege', 'Vi tek ein ny kontroll om ein månad.'],
    ]);
    expect(shownFlags('Vondt i magen i 2 måneder.', dialect)).toEqual([]);
    expect(shownFlags('Kontroll om 1 måned.', dialect)).toEqual([]);
    expect(shownFlags('Vondt i magen i 3 måneder.', dialect)).not.toEqual([]);
  });
});
