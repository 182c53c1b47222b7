import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a parent speaking for a child who says little', () => {
  const visit = indexOf([
    ['pårørende', 'Datteren min på tre år har kastet opp siden i natt. Og nå har hun fått diaré.'],
    ['lege', 'Feber?'],
    ['pårørende', 'Trettiåtte komma en i morges. Storebroren hadde det samme i forrige uke.'],
  ]);

  it('reads "datteren min" as the patient', () => {
    expect(shownFlags('Oppkast siden i natt, nå også diaré.', visit, 'anamnese')).toEqual([]);
  });

  it('still reads the sibling as another person', () => {
    expect(shownFlags('Hadde tilsvarende sykdom forrige uke.', visit, 'anamnese')).not.toEqual([]);
  });
});

describe('a relative who called about the patient ("Mor ringte om utslett")', () => {
  const visit = indexOf([
    ['sykepleier', 'Mor ringte i går om utslett, jeg har veid ham.'],
    ['lege', 'Huden er tørr og rød på kinnene, ingen tegn til infeksjon.'],
  ]);

  it('reads the rash as the patient’s', () => {
    expect(shownFlags('Utslett.', visit, 'kontaktarsak')).not.toContain('error:person-conflict');
  });
});
