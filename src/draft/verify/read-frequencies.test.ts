import { describe, expect, it } from 'vitest';
import { readFrequencies, type Frequency } from './read-claims.js';

// Each frequency runs its pattern only where its literal cue is found (issue 11, session 34): one
// phrase per alternative of every pattern, so a cue that misses an alternative fails here.
const saidOnce: readonly (readonly [Frequency, readonly string[]])[] = [
  [
    'daily',
    [
      'Tek Metformin dagleg.',
      'Brukar sprayen daglig no.',
      'Ein tablett kvar einaste morgon.',
      'Ta den hver kveld.',
      'To tabletter per dag.',
      'Tre pr. dag.',
      'Ein om dagen.',
      'Ein på dag, seier ho.',
      'Fire i døgnet.',
      'Fire i dognet.',
      'Maks seks per døgn.',
      'Eitt plaster i dagen.',
    ],
  ],
  ['morning', ['Tar han om morran.', 'Eg tek den i mårrån.', 'Til frokost.', 'Før formiddagen.']],
  ['evening', ['Ein til kvelds.', 'Ta to etter middag.', 'Utover ettermiddagen.']],
  ['night', ['Ein før sengetid.', 'Tar den om natta.', 'To til natten.']],
  [
    'weekly',
    ['Sprøyta kvar veke.', 'Kjem i helgene.', 'Ein gang i uka.', 'Vekentleg sprøyte.', 'Pr uke.'],
  ],
  [
    'monthly',
    [
      'Sprøyte hver måned.',
      'Månedlig kontroll.',
      'Blodprøve i måneden.',
      // Nynorsk and dialect without a «dag», «uke» or other word of another frequency.
      'Sprøyte kvar månad.',
      'Månadleg kontroll.',
      'Ein gong i månen.',
      'Blodprøve i månaden.',
    ],
  ],
  [
    'alternate-day',
    [
      'Ta den annahvar dag.',
      'Annakvar kveld.',
      'Hver andre morgen.',
      'Kvar annan dag.',
      'Annethvert døgn.',
      'Hver 2. dag.',
    ],
  ],
  [
    'alternate-week',
    ['Annankvar veke.', 'Hver annen uke.', 'Hver 14. dag.', 'Hver fjortende dag.'],
  ],
  [
    'prn',
    [
      'Paracet ved behov.',
      'Etter behov.',
      'Ibux v.b.',
      'Når eg treng det.',
      'Ved smerter.',
      'Når det er som verst.',
      'Om nødvendig.',
    ],
  ],
  ['regular', ['Tre faste medisiner.', 'Bruker den regelmessig.']],
];

describe('readFrequencies', () => {
  for (const [frequency, phrases] of saidOnce)
    it(`reads ${frequency} in every wording of its pattern`, () => {
      for (const phrase of phrases) expect(readFrequencies(phrase)).toContain(frequency);
    });

  it('reads no frequency from a day, evening or week that is no frequency', () => {
    expect(readFrequencies('Hun kom i dag og hadde vondt hele uka, men ikke i kveld.')).toEqual([
      'evening',
    ]);
    expect(readFrequencies('Vondt i dag, sitter fast i ryggen.')).toEqual([]);
    expect(readFrequencies('Ingen faste medisiner.')).toEqual([]);
  });
});
