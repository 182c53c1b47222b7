import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

/** "TYPE text" for every detection. */
function found(text: string): string[] {
  return detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);
}

describe('an employer named without a preposition', () => {
  it('replaces the company after an employer noun, by apposition or as a predicate', () => {
    expect(
      found('Arbeidsgiveren hans, Vestfjord Kjetting, har ringt om tilrettelegging.'),
    ).toContain('WORKPLACE Vestfjord Kjetting');
    expect(found('Arbeidsstedet er GLØD IKS, der hun har vært i seks år.')).toContain(
      'WORKPLACE GLØD IKS',
    );
    expect(found('Nåværende arbeidsgiver: Holmsund Trelast.')).toContain(
      'WORKPLACE Holmsund Trelast',
    );
  });

  it('leaves a generic word after an employer noun alone', () => {
    expect(found('Arbeidsgiver er informert om sykmeldingen.')).toEqual([]);
    expect(found('Arbeidsplassen: Kommunen har tilbudt lettere arbeid.')).toEqual([]);
  });

  it('takes a bare occupation noun as the sign of a workplace', () => {
    expect(found('Hun var sekretær ved Breivoll ungdomsskole i mange år.')).toContain(
      'WORKPLACE Breivoll ungdomsskole',
    );
  });
});

describe('an abbreviated title', () => {
  it('marks the surname after "Hr." and "Frk."', () => {
    expect(found('Kveld: Hr. Mossberg klaget over kvalme.')).toContain('PERSON Mossberg');
  });
});

describe('addresses in more forms', () => {
  it('covers a street with a short stem, an adverb after the cue, and a foreign street', () => {
    expect(found('Nøkkelboksen henger ved døra i Åsgata 7.')).toContain('ADDRESS Åsgata 7');
    expect(found('Adressen er fremdeles Myrhaug 4 ifølge pasienten.')).toContain(
      'ADDRESS Myrhaug 4',
    );
    expect(found('Hun bodde før i ul. Słoneczna 23 i Gdańsk.')).toContain(
      'ADDRESS ul. Słoneczna 23',
    );
    expect(found('Sønnen bor i Rue de la Paix 14.')).toContain('ADDRESS Rue de la Paix 14');
  });

  it('covers a lower-case street said with its number in words', () => {
    expect(found('vi bor i tyrihansveien sju')).toContain('ADDRESS tyrihansveien sju');
  });

  it('leaves a hill counted in words alone', () => {
    expect(found('han gikk opp bakken fem ganger')).toEqual([]);
  });
});

describe('a place name in a frame of care or membership', () => {
  it('is the organisation: the club by apposition, the gym after "trener på"', () => {
    expect(found('Sønnens klubb, Strindheim, krever legeattest.')).toContain(
      'ORGANIZATION Strindheim',
    );
    expect(found('Hun trener på Lade to ganger i uka.')).toContain('ORGANIZATION Lade');
  });

  it('leaves a town a place, and a capitalised name before the preposition is no frame', () => {
    expect(found('Hun ble innlagt i Bergen i fjor.')).toContain('LOCATION Bergen');
    expect(found('Hun jobber på 7-Eleven på Storo.')).toContain('LOCATION Storo');
  });
});

describe('a surname that is also an inflected word at a sentence start', () => {
  it('is left alone before an ordinary word, and still found before a verb of a person', () => {
    expect(found('Sårkanten er rolig. Bakken bak huset er bratt, så hun bruker brodder.')).toEqual(
      [],
    );
    expect(found('Nedre og øvre del av lårbeinet er intakt.')).toEqual([]);
    expect(found('Bakken ringte fra legevakta i natt.')).toContain('PERSON Bakken');
  });
});

describe('the answer to an age question', () => {
  it('is the age also after "er" with an adverb, or before "skal jeg bli"', () => {
    expect(found('lege: hvor gammel er faren din?\ndatter: han er vel åttifire nå')).toContain(
      'AGE åttifire',
    );
    expect(found('hvor gammel blir du i år – sekstien skal jeg bli')).toContain('AGE sekstien');
    expect(found('Alder: 58')).toContain('AGE 58');
  });

  it('does not take a duration after the question for the age', () => {
    expect(found('Hvor gammel er du? Jeg har hatt hoste i 4 uker.')).toEqual([]);
  });
});

describe('a surname by its foreign ending', () => {
  it('is a person mid-sentence though no list holds it', () => {
    expect(found('Resepten er fornyet etter at Dragomirescu ba om det.')).toContain(
      'PERSON Dragomirescu',
    );
  });
});

describe('a surname guessed as a place', () => {
  it('is the person when the text already names that person in full', () => {
    const text = 'Time hos Tor Inge Brekke i dag.\nRingte deretter Brekke selv om svaret.';
    expect(found(text)).toEqual(['PERSON Tor Inge Brekke', 'PERSON Brekke']);
  });

  it('takes a given name read as a place from "fra" into the surname after it', () => {
    expect(found('Svar fra Aurelija Kazlauskaitė om at saken er mottatt.')).toEqual([
      'PERSON Aurelija Kazlauskaitė',
    ]);
  });
});

describe('words that name a kind of service or a broad region', () => {
  it('leaves a service named by what it does alone', () => {
    expect(found('Hun er henvist til Frisklivssentralen for røykeslutt.')).toEqual([]);
    expect(found('Kontroll ved Hjertesviktpoliklinikken om seks uker.')).toEqual([]);
  });

  it('still finds a one-word clinic whose name is no compound of words', () => {
    expect(found('Hun jobber i Colosseumklinikken.')).toEqual(['WORKPLACE Colosseumklinikken']);
  });

  it('leaves a compass part of a broad region alone, not a municipality', () => {
    expect(found('Han skal reise til Øst-Afrika og Sørøst-Asia i vinter.')).toEqual([]);
    expect(found('Han bor i Nord-Odal.')).toEqual(['LOCATION Nord-Odal']);
  });
});

describe('nynorsk school and place words', () => {
  it('takes "skule" as the head of a school and "frå" as a place preposition', () => {
    expect(found('Sonen har plass på Tryggheim skule i Nærbø.')).toContain(
      'ORGANIZATION Tryggheim skule',
    );
    expect(found('pasient: hun går på tryggheim skule.')).toContain('ORGANIZATION tryggheim skule');
    expect(found('pasient: eg kjem frå hjelmeland, men bur i byen no.')).toContain(
      'LOCATION hjelmeland',
    );
    expect(found('Han gjekk frå skulen tidleg.')).toEqual([]);
  });

  it('takes a place before "oppvekstsenter", "fengsel", "kino", "skyttarlag" or "krisesenter" as one name', () => {
    expect(found('Barnet går på Åsen oppvekstsenter.')).toContain(
      'ORGANIZATION Åsen oppvekstsenter',
    );
    expect(found('Han er innsatt i Ila fengsel.')).toContain('ORGANIZATION Ila fengsel');
    expect(found('Hun jobber på Bergen kino.')).toContain('WORKPLACE Bergen kino');
    expect(found('Han er med i Hareid skyttarlag.')).toContain('ORGANIZATION Hareid skyttarlag');
    expect(found('Hun var på kino i går, og han satt i fengsel i to år.')).toEqual([]);
  });

  it('reads nynorsk and spoken work words and the nynorsk head words of institutions', () => {
    expect(found('Hun har vikariat på Bykle skule.')).toContain('WORKPLACE Bykle skule');
    expect(found('pasient: eg har sommarjobb på Flåmsbana.')).toContain('WORKPLACE Flåmsbana');
    expect(found('Kona er flyvertinne i Widerøe og er mye borte.')).toContain('WORKPLACE Widerøe');
    expect(found('Sønnen har lærlingplass hos Caverion i Trondheim.')).toContain(
      'WORKPLACE Caverion',
    );
    expect(found('pasient: eg er elektrikar hjå Sunnhordland Kraftlag.')).toContain(
      'WORKPLACE Sunnhordland Kraftlag',
    );
    expect(found('pasient: æ e renholder på Kautokeino rådhus.')).toContain(
      'WORKPLACE Kautokeino rådhus',
    );
    expect(found('pasient: han går på Valdres folkehøgskule i år.')).toContain(
      'ORGANIZATION Valdres folkehøgskule',
    );
    expect(found('Ho er med i Førde sanitetslag.')).toContain('ORGANIZATION Førde sanitetslag');
    expect(found('Vi møttest utanfor rådhuset, og sanitetslaget hadde kaffi.')).toEqual([]);
  });

  it('takes a name and the place of its site after "på"/"ved" in a work frame as one workplace', () => {
    expect(found('Arbeider som prosessoperatør ved Yara Glomfjord, mye skift.')).toContain(
      'WORKPLACE Yara Glomfjord',
    );
    expect(found('Hun traff Yara på Voss i helga.')).not.toContain('WORKPLACE Yara');
  });

  it('takes a name before a compound of club, association, choir or centre as one organisation', () => {
    expect(found('Sønnen har plass på Granvin fritidsklubb etter skolen.')).toContain(
      'ORGANIZATION Granvin fritidsklubb',
    );
    expect(found('Han er med i Gjøvik mannskor.')).toContain('ORGANIZATION Gjøvik mannskor');
    expect(found('Opphold på Valnesfjord helsesportssenter i fire uker.')).toContain(
      'ORGANIZATION Valnesfjord helsesportssenter',
    );
    expect(found('Barnet går i Espira Grindbakken.')).toContain('ORGANIZATION Espira Grindbakken');
    expect(found('pasient: han trenar på Family Sports Club Florø tre gonger i veka.')).toContain(
      'ORGANIZATION Family Sports Club Florø',
    );
    expect(found('Han fikk hjerneslag i fjor og trener på et treningssenter.')).toEqual([]);
  });

  it('takes a name after a stay or a service one has a place in as the institution', () => {
    expect(found('Søknad om plass på Muritunet er sendt.')).toContain('ORGANIZATION Muritunet');
    expect(found('Hun går på dagtilbud ved Fossumkollektivet.')).toContain(
      'ORGANIZATION Fossumkollektivet',
    );
    expect(found('Han bor på Tynset og har plass på sykehjemmet.')).toContain('LOCATION Tynset');
  });
});
