import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

/** The texts of the persons found in `text`. */
function persons(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'PERSON')
    .map((entity) => entity.text);
}

describe('person frames', () => {
  it('finds a name no list knows after an answer word that opens a turn, before a verb', () => {
    expect(persons('pårørende: ja, Tsegereda kom hjem i går kveld.')).toEqual(['Tsegereda']);
    expect(persons('pasient: nei, lungile vet ingenting om dette.')).toEqual(['lungile']);
    expect(persons('pasient: jo, Obinwanne og jeg var der sammen.')).toEqual(['Obinwanne']);
  });

  it('finds a lower-case name after a bare kin word before a finite verb', () => {
    expect(persons('pasient: bestefar helge hadde også parkinson.')).toEqual(['helge']);
    expect(persons('pasient: mormor olaug ble nitti i fjor.')).toEqual(['olaug']);
    expect(persons('pasient: mormor også hadde diabetes. bestefar hadde det også.')).toEqual([]);
  });

  it('finds a name in "det var X som" before a deed, and nicknames after "kaller henne"', () => {
    expect(persons('pasient: ja, det var ebba som fant meg på badet.')).toEqual(['ebba']);
    expect(persons('pasient: det er liv som står på spill.')).toEqual([]);
    expect(persons('pasient: alle kaller henne aga.')).toEqual(['aga']);
    expect(persons('pasient: vi kaller ham opp igjen.')).toEqual([]);
    expect(persons('pasient: han heter egentlig sakarias.')).toEqual(['sakarias']);
  });

  it('finds a given name that is a word after "hos" where the phrase ends, and after "heter jo"', () => {
    expect(persons('pasient: jeg var hos liv i helga.')).toEqual(['liv']);
    expect(persons('pasient: datteren min heter jo sol.')).toEqual(['sol']);
    expect(persons('pasient: jeg var hos mor i helga. Han har vært hos lege i dag.')).toEqual([]);
  });

  it('finds the owner a business is named by with "til", also a name that is a word', () => {
    expect(persons('pasient: jeg jobber i salongen til lise.')).toEqual(['lise']);
    expect(persons('pasient: hun har butikken til far.')).toEqual([]);
  });

  it('finds a name after a dialect pronoun following a verb of talking and "med"', () => {
    expect(persons('pasient: eg har snakka med han kolbein om det.')).toEqual(['kolbein']);
  });

  it('reads a Nordic given name built of words as a name, not a compound, and "heiter" as a verb', () => {
    expect(persons('pasient: mora mi heiter brynhild, ho er gammal.')).toEqual(['brynhild']);
  });

  it('finds a surname that is a word opening a sentence before a predicate told of a person', () => {
    expect(persons('Vatne er informert om svaret på telefon.')).toEqual(['Vatne']);
    expect(persons('Bakke har ikke tatt medisinene sine i helgen.')).toEqual(['Bakke']);
    expect(persons('Eide og Bjørnstad fra hjemmetjenesten var her.')).toEqual([
      'Eide',
      'Bjørnstad',
    ]);
    expect(persons('Bakke er brukt som turområde. Berg og dal er fint.')).toEqual([]);
  });

  it('finds a lower-case word no list knows joined by "og" to a relative, or after "bor med"', () => {
    expect(persons('pasient: sønnen min og jonatan spiller fotball sammen.')).toEqual(['jonatan']);
    expect(persons('pasient: fortell mamma og ylvi at det går bra.')).toEqual(['ylvi']);
    expect(persons('pasient: jeg bor med brynjulf i en liten leilighet.')).toEqual(['brynjulf']);
    expect(persons('pasient: mamma og onkolog snakkar om det.')).toEqual([]);
  });

  it('keeps ordinary words after an answer word', () => {
    expect(persons('pasient: ja, det går fint. nei, ingen feber. jo, litt hoste.')).toEqual([]);
    expect(persons('pasient: ja, hver morgen tar jeg den.')).toEqual([]);
  });

  it('finds a lower-case given name after "jeg og" before a verb, also one that is a word', () => {
    expect(persons('pasient: jeg og stein skal flytte i vår.')).toEqual(['stein']);
    expect(persons('pasient: jeg og bjarte har vært sammen i ti år.')).toEqual(['bjarte']);
    expect(persons('pasient: jeg og mannen min skal på ferie.')).toEqual([]);
  });

  it('finds an unknown lower-case word after a verb of calling or talking, not a clipped noun', () => {
    expect(persons('pasient: jeg ringte til gunnlaug med en gang.')).toEqual(['gunnlaug']);
    expect(persons('pasient: jeg har snakka med torleik om det.')).toEqual(['torleik']);
    expect(persons('pasient: jeg har snakka med fysioen om det.')).toEqual([]);
    expect(persons('pasient: jeg ringte til legevakten først.')).toEqual([]);
  });

  it('finds a lower-case surname that is no word after "hos"', () => {
    expect(persons('pasient: sist jeg var hos ødegård fikk jeg en annen tablett.')).toEqual([
      'ødegård',
    ]);
    expect(persons('pasient: jeg var hos tannlegen i går.')).toEqual([]);
  });

  it('reads a listed given name after an appointment and "ved" as a person, not a place', () => {
    expect(detectIdentifiers('Hun har time ved Abebe på mandag.')).toMatchObject([
      { type: 'PERSON', text: 'Abebe' },
    ]);
    expect(persons('Ny time ved poliklinikken om tre måneder.')).toEqual([]);
  });
});

describe('signatures without a signature word', () => {
  it('finds a writer’s initials alone at the end of a note', () => {
    expect(persons('Stell utført. Drikker godt.\nGTR')).toEqual(['GTR']);
    expect(persons('Neste besøk i morgen. KSV')).toEqual(['KSV']);
  });

  it('keeps a clinical abbreviation that ends a note', () => {
    expect(persons('Henvist videre.\nEKG')).toEqual([]);
    expect(persons('Bestilt time til MR. CT')).toEqual([]);
  });

  it('finds initials before a comma and a role, and a typist’s initials after a slash', () => {
    expect(persons('Mor ringte om feber.\nHTL, sykepleier')).toEqual(['HTL']);
    expect(persons('Resept fornyet.\n/rk')).toEqual(['rk']);
  });

  it('finds a surname that is also a word after "Sign.:" at the end of a line', () => {
    expect(persons('Samtale om kosthold.\nSign.: Tveit')).toEqual(['Tveit']);
  });

  it('takes the whole initial and surname after a greeting', () => {
    expect(persons('Takk for hjelpen.\nHilsen T. Ceesay')).toEqual(['T. Ceesay']);
  });
});

describe('names read from the rest of the text', () => {
  it('reads a surname alone as the person when the text named her in full before', () => {
    const text = 'Ingunn Holmedal kom til kontroll. Såret er pent. Holmedal har litt hevelse.';
    expect(persons(text)).toEqual(['Ingunn Holmedal', 'Holmedal']);
  });

  it('keeps that word a place after a place preposition', () => {
    const text = 'Ingunn Holmedal kom til kontroll. Hun bor på Holmedal.';
    expect(persons(text)).toEqual(['Ingunn Holmedal']);
  });

  it('keeps a clipped noun made definite at a sentence start a word ("Fysioen kom innom")', () => {
    expect(persons('Fysioen kom innom i går. Ergoen ringer i morgen.')).toEqual([]);
  });
});

describe('lower-case given names that are words, in a slot only a person fills', () => {
  it('finds them after "gift/sammen med", "meg og", a verb of thinking and after kin in commas', () => {
    expect(persons('pasient: jeg er gift med siv, og vi har tre barn.')).toEqual(['siv']);
    expect(persons('pasient: jeg var sammen med linn hele helgen.')).toEqual(['linn']);
    expect(persons('pasient: nå er det bare meg og ida hjemme.')).toEqual(['ida']);
    expect(persons('pasient: jeg tror knut har smittet meg.')).toEqual(['knut']);
    expect(persons('pasient: en nabo, svein, fant meg i trappa.')).toEqual(['svein']);
  });

  it('keeps the same words as words outside those slots', () => {
    expect(persons('pasient: jeg er gift med en lege.')).toEqual([]);
    expect(persons('pasient: han har en knut på magen.')).toEqual([]);
  });

  it('finds a name before "het han" and a surname after "undersøkt av" or a title in commas', () => {
    expect(persons('pasient: legen der, berg het han vel, sa det var greit.')).toEqual(['berg']);
    expect(persons('Pasienten ble undersøkt av Lunde i natt.')).toEqual(['Lunde']);
    expect(persons('Overlegen, Hammer, har gitt beskjed.')).toEqual(['Hammer']);
  });
});

describe('initials that end a note', () => {
  it('finds initials on a last line with a slash, in brackets, or as a word in capitals', () => {
    expect(persons('Blodprøver tatt.\nJMH / SKL')).toEqual(['JMH', 'SKL']);
    expect(persons('Kateter satt. Kontroll i kveld. (RHE)')).toEqual(['RHE']);
    expect(persons('Ingen svar. Prøver igjen i morgen. KR')).toEqual(['KR']);
    expect(persons('Natt: rolig. hk')).toEqual(['hk']);
    expect(persons('Enig i plan.\n-ak')).toEqual(['ak']);
  });

  it('finds the next initials after "og" and initials after "oppdatert av"', () => {
    expect(persons('Vurdert av LIA og OPT på morgenmøtet.')).toEqual(['LIA', 'OPT']);
    expect(persons('Medikamentliste oppdatert av MBJ i dag.')).toEqual(['MBJ']);
  });

  it('keeps an answer or an abbreviation that ends a note', () => {
    expect(persons('Pasienten informert. OK')).toEqual([]);
    expect(persons('Avtalt ny time. osv.')).toEqual([]);
  });
});

describe('more spoken slots for a lower-case given name', () => {
  it('finds a name before a comma, a relation and a possessive, and after a celebration with "til"', () => {
    expect(persons('pasient: vi ble kjørt av geir, naboen vår.')).toEqual(['geir']);
    expect(persons('pasient: vi skal i dåpen til aurora på søndag.')).toEqual(['aurora']);
  });

  it('joins a second given name by "og" to the name a frame found', () => {
    expect(persons('pasient: jeg var sammen med rut og kåre da det skjedde.')).toEqual([
      'rut',
      'kåre',
    ]);
  });
});

describe('surnames that are words or places', () => {
  it('finds one opening a sentence before a verb only a person does', () => {
    expect(persons('Vik forteller at smertene er verre om natten.')).toEqual(['Vik']);
    expect(persons('Strand er fin om sommeren.')).toEqual([]);
  });

  it('finds one as the sender after a message noun and "fra", not a large town', () => {
    expect(detectIdentifiers('Fikk melding fra Moen om at hun var dårligere.')).toMatchObject([
      { type: 'PERSON', text: 'Moen' },
    ]);
    expect(persons('Fikk svar fra Bergen om at prøven var negativ.')).toEqual([]);
  });
});
