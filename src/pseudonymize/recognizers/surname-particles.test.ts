import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => text.slice(entity.start, entity.end));
}

describe('surnames with particles', () => {
  it('keeps "van der" and the surname inside the name', () => {
    expect(persons('Samtale med Anneke van der Meer om operasjonen.')).toEqual([
      'Anneke van der Meer',
    ]);
  });

  it('keeps Spanish "de la" and "de los" inside the name', () => {
    expect(persons('Henvist av Lucía de la Fuente ved øre-nese-hals.')).toEqual([
      'Lucía de la Fuente',
    ]);
    expect(persons('Samtale med Juan de los Santos i dag.')).toEqual(['Juan de los Santos']);
  });

  it('takes the name before a joined particle written in lower case at a sentence start', () => {
    expect(persons('Yasmin el-Amin ønsker time hos kvinnelig lege.')).toEqual(['Yasmin el-Amin']);
  });

  it('covers a hyphen-joined Arabic particle', () => {
    expect(persons('Tolken Layla al-Masri oversatte samtalen.').join(' ')).toContain(
      'Layla al-Masri',
    );
  });

  it('covers a lower-case particle name from speech-to-text', () => {
    expect(persons('ja jeg heter henk van den bosch og ringer om svaret').join(' ')).toContain(
      'henk van den bosch',
    );
  });

  it('finds a particle surname after a title alone', () => {
    expect(persons('Dr. van Leeuwen ønsker ny blodprøve.').join(' ')).toContain('van Leeuwen');
  });

  it('does not make a person of a Norwegian "de" or "da" without a name after it', () => {
    expect(persons('Kari sa at de skulle komme da det passet.')).toEqual(['Kari']);
  });
});

describe('phone numbers with a bracketed country code', () => {
  it('covers "(+47)" with the number', () => {
    const text = 'Ring mobil (+47) 934 20 118 ved spørsmål.';
    const phone = detectIdentifiers(text).find((entity) => entity.type === 'PHONE');
    expect(phone && text.slice(phone.start, phone.end)).toBe('(+47) 934 20 118');
  });

  it('reads digits joined by hyphens as one spoken number', () => {
    const text = 'nummeret er fire-sju-to, null-åtte, seks-fem, en-ni';
    const phone = detectIdentifiers(text).find((entity) => entity.type === 'PHONE');
    expect(phone && text.slice(phone.start, phone.end)).toBe(
      'fire-sju-to, null-åtte, seks-fem, en-ni',
    );
  });
});

describe('house numbers after "nr."', () => {
  it('takes "nr. 14" into the address', () => {
    const text = 'Hun bor i Skogveien nr. 14 sammen med mannen.';
    const address = detectIdentifiers(text).find((entity) => entity.type === 'ADDRESS');
    expect(address && text.slice(address.start, address.end)).toBe('Skogveien nr. 14');
  });
});

describe('nynorsk function words', () => {
  it('reads "Dei", "Kven" and "Berre" at a sentence start as no names', () => {
    expect(persons('Dei seier det går bra. Kven ringde? Berre naboen.')).toEqual([]);
  });
});

describe('particles before a found surname', () => {
  it('joins a given name read as a place across "di"', () => {
    expect(persons('Samtale med Chiara di Lorenzo om kostholdet.').join(' ')).toContain(
      'di Lorenzo',
    );
  });

  it('takes a capitalised word before a joined particle surname', () => {
    expect(persons('Vurdert med LIS Nadia Abu-Salem i dag.')).toEqual(['Nadia Abu-Salem']);
  });

  it('reads a letter prefix with a hyphen as a clinical word, and "d\'" or "O\'" as a particle', () => {
    expect(persons('Bruker D-vitamin daglig. Starter D-vitamin og kalk. Fikk D-dråper.')).toEqual(
      [],
    );
    expect(persons("Hilsen Sean O'Brien. Maria d'Almeida kom i dag.")).toEqual([
      "Sean O'Brien",
      "Maria d'Almeida",
    ]);
  });
});

describe('particles after a given name that is no listed name or a word', () => {
  it('takes a name-like word, a foreign particle and a capitalised surname as one person', () => {
    expect(persons('Samtale med kontaktsykepleier Sanne van Dijk om videre oppfølging.')).toEqual([
      'Sanne van Dijk',
    ]);
    expect(persons('Klaus von der Heide ringte fra Tyskland.')).toEqual(['Klaus von der Heide']);
  });

  it('finds a lower-case name with a foreign particle or two particles in speech', () => {
    expect(persons('pårørende: hei, det er sanne van dijk som ringer.')).toEqual([
      'sanne van dijk',
    ]);
    expect(persons('pasient: jeg heter lucía de la fuente og har vondt i ryggen.')).toEqual([
      'lucía de la fuente',
    ]);
  });

  it('takes "al" and "el" said without a hyphen into a lower-case name', () => {
    expect(persons('pasient: jeg heter fatima al hassan.')).toEqual(['fatima al hassan']);
    expect(persons('pasient: jeg heter omar el amin og bor her.')).toEqual(['omar el amin']);
  });

  it('leaves Norwegian phrases with "de", "van" and "la" alone', () => {
    expect(persons('eg er van med det, seier ho.')).toEqual([]);
    expect(persons('Etter middag kom de la seg tidlig.')).toEqual([]);
  });
});
