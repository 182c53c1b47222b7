import { describe, expect, it } from 'vitest';

import { getSharedLexicon } from '../lexicon.js';
import { tokenize } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { recognizeAddresses } from './addresses.js';
import { getTokenAnalysis } from './token-analysis.js';

function addresses(text: string): string[] {
  const out: Candidate[] = [];
  recognizeAddresses(getTokenAnalysis(getSharedLexicon()), text, tokenize(text), out);
  return out.map((candidate) => `${candidate.type} ${text.slice(candidate.start, candidate.end)}`);
}

describe('recognizeAddresses', () => {
  it('finds a street no list knows after "til" with a house number ending the phrase', () => {
    expect(addresses('Ambulanse rekvirert til Kleivane 3, pasienten ligger på gulvet.')).toEqual([
      'ADDRESS Kleivane 3',
    ]);
    expect(addresses('Overflyttet til Seksjon 4 i går.')).toEqual([]);
  });

  it('reads a known town with a year after a verb of living as the town and the year', () => {
    expect(addresses('pasient: vi bodde i Tromsø 2019 til 2021.')).toEqual([]);
    expect(addresses('Flyttet til Bergen 2015 med familien.')).toEqual([]);
    // Counter-example: a street no list knows, and a house number, after the same verbs.
    expect(addresses('pasient: vi bor i Solbrynet 12 nå.')).toEqual(['ADDRESS Solbrynet 12']);
  });

  it('keeps a known town with a postcode after an address cue an address (review s32)', () => {
    expect(addresses('pasient: adressen er Lillestrøm 2004.')).toEqual(['ADDRESS Lillestrøm 2004']);
    expect(addresses('pasient: adressen hennes er Kløfta 2040.')).toEqual(['ADDRESS Kløfta 2040']);
    expect(addresses('pasient: jeg bor på Kløfta 2040 nå.')).toEqual(['ADDRESS Kløfta 2040']);
    // Counter-example: a year after a past living verb and a preposition is still no address.
    expect(addresses('pasient: vi bodde i Tromsø 2019 til 2021.')).toEqual([]);
  });

  it('finds a lower-case street after a direction word, with the house number said', () => {
    expect(addresses('pasient: jeg har flytta til nedre sagvei sju, i kjelleren.')).toEqual([
      'ADDRESS nedre sagvei sju',
    ]);
    expect(addresses('han gikk nedre veien to ganger')).toEqual([]);
  });

  it('finds a street with a spoken house number of nine letters or more, also over a hundred', () => {
    expect(addresses('pasient: eg bur i tverrvegen nittiseks no.')).toEqual([
      'ADDRESS tverrvegen nittiseks',
    ]);
    expect(addresses('pasient: vi bor i elvegata sekstiåtte, rett ved skolen.')).toEqual([
      'ADDRESS elvegata sekstiåtte',
    ]);
    expect(addresses('pasient: æ bor i strandvegen hundreogfem nå.')).toEqual([
      'ADDRESS strandvegen hundreogfem',
    ]);
    expect(addresses('Pasienten har gått hundre meter i Storgata i dag.')).toEqual([]);
  });

  it('takes "St." or "Dr." and its dot into a street named after a saint or a doctor', () => {
    expect(addresses('Adr.: St. Olavs gate 28, 0165 Oslo.')).toEqual(['ADDRESS St. Olavs gate 28']);
    expect(addresses('Bor i Dr. Holms vei 4.')).toEqual(['ADDRESS Dr. Holms vei 4']);
  });

  it('finds streets by their ending, with house number and letter', () => {
    expect(addresses('Hun bor i Eikeskrenten 14 B nå.')).toEqual(['ADDRESS Eikeskrenten 14 B']);
  });

  it('finds a street with "nummer" or "nr." before the house number, typed or said', () => {
    expect(addresses('pasient: jeg bor i ringveien nummer tjueåtte, andre etasje.')).toEqual([
      'ADDRESS ringveien nummer tjueåtte',
    ]);
    expect(addresses('Hun bor i Fjellveien nr. 12 B.')).toEqual(['ADDRESS Fjellveien nr. 12 B']);
    expect(addresses('Vi kjørte E6 og riksveien nummer tre.')).toEqual([]);
  });

  it('finds a street no list knows after a preposition of place, with a house number that ends the phrase', () => {
    expect(addresses('Ambulansen hentet pasienten i Eikelund 14 kl. 03.20.')).toEqual([
      'ADDRESS Eikelund 14',
    ]);
    expect(addresses('Tilsyn i Myrvoll 8 B etter melding fra naboen.')).toEqual([
      'ADDRESS Myrvoll 8 B',
    ]);
    expect(addresses('Pasienten har flyttet fra Lindeberg 3 og bor på sykehjem.')).toEqual([
      'ADDRESS Lindeberg 3',
    ]);
    for (const text of [
      'Han ligger på Post 3 i dag.',
      'Se tabell i Kapittel 12.',
      'Han spiller i Brann 2 og trener.',
      'Fikk Ventolin 2 i dag.',
    ])
      expect(addresses(text)).toEqual([]);
  });

  it('takes a flat number after a comma, and "Pb" without its dot after an address label', () => {
    expect(addresses('Hjemmeadresse: Løkkeveien 10, H0102.')).toEqual([
      'ADDRESS Løkkeveien 10, H0102',
    ]);
    expect(addresses('Postadr.: Pb 3045 Lade, 7441 Trondheim.')).toContain('ADDRESS Pb 3045');
    expect(addresses('Pb 12 i blodet, B-Pb 0,05.')).toEqual([]);
  });

  it('finds a street without a street ending only after an address cue', () => {
    expect(addresses('Adressen min er Tollbua 3.')).toEqual(['ADDRESS Tollbua 3']);
    expect(addresses('Han flyttet til Furulund 22 i fjor.')).toEqual(['ADDRESS Furulund 22']);
    expect(addresses('Tollbua 3 ganger i uka.')).toEqual([]);
  });

  it('does not take a date or a duration after a place for a house number', () => {
    expect(addresses('Hun flyttet til Bergen 3. juli.')).toEqual([]);
    expect(addresses('Han bodde i Tromsø 12 år.')).toEqual([]);
  });

  it('reads "adressa hans er" and "bor alene i" as address cues', () => {
    expect(addresses('Adressa hennes er Lundholt 9, rett ved butikken.')).toEqual([
      'ADDRESS Lundholt 9',
    ]);
    expect(addresses('Bor fortsatt hjemme i Vardehaug 21 med katten.')).toEqual([
      'ADDRESS Vardehaug 21',
    ]);
  });

  it('takes a living verb earlier in the clause as the cue', () => {
    expect(addresses('Bor med svigerfar og to hunder i Hestnes 31.')).toEqual([
      'ADDRESS Hestnes 31',
    ]);
    expect(addresses('Bodde med mor i Bergen 12 år.')).toEqual([]);
  });

  it('finds a street without cue or ending when a flat number or a postal code follows', () => {
    expect(addresses('Nøkkelboks ved Tyrihjell 4 H0102 i første etasje.')).toEqual([
      'ADDRESS Tyrihjell 4 H0102',
    ]);
    expect(addresses('Kopi sendt Brattvoll 17, 6390 Vestnes.')).toEqual(['ADDRESS Brattvoll 17']);
    expect(addresses('Kontroll etter Laseg 3, deretter ny vurdering.')).toEqual([]);
  });

  it('marks a farm name with a direction word as a place', () => {
    expect(addresses('De bor på Søndre Vik nå.')).toEqual(['LOCATION Søndre Vik']);
  });

  it('reads a spoken fused preposition ("oppi", "nedpå", "borti") after a living verb as "i"/"på"', () => {
    expect(addresses('vi bor oppi Kvisten 6 nå, etter skilsmissen.')).toEqual([
      'ADDRESS Kvisten 6',
    ]);
    expect(addresses('eg bur nedpå Vika 19 b med sonen.')).toEqual(['ADDRESS Vika 19 b']);
    expect(addresses('æ bor borti Myrstua 2, ved kirka.')).toEqual(['ADDRESS Myrstua 2']);
  });

  it('leaves a fused preposition without a living verb or without a house number alone', () => {
    expect(addresses('han gikk oppi Kvisten 6 ganger i går.')).toEqual([]);
    expect(addresses('vi bor oppå loftet hos sønnen.')).toEqual([]);
    expect(addresses('hun må flytte uti gangen 3 ganger om natta.')).toEqual([]);
    expect(addresses('Poliklinikken holder til i Bygg 3 ved hovedinngangen.')).toEqual([]);
  });

  it('finds a short definite slope or hill with a spoken house number after a living verb', () => {
    expect(addresses('jeg bor i lia åtte, nederst i bakken.')).toEqual(['ADDRESS lia åtte']);
    expect(addresses('hun bor på moen tre sammen med mora.')).toEqual(['ADDRESS moen tre']);
    expect(addresses('hun bor på øya to uker i sommer.')).toEqual([]);
    expect(addresses('han bor i bua to med kameraten.')).toEqual([]);
    expect(addresses('hun flytta til mora tre uker etter fødselen.')).toEqual([]);
    expect(addresses('han flyttet til dattera en periode i vinter.')).toEqual([]);
  });
});

describe('recognizeAddresses: speech-to-text and short forms', () => {
  it('finds a lower-case street with a house number in words after an address cue', () => {
    expect(addresses('adressen er solbrynet tolv på holmlia')).toEqual(['ADDRESS solbrynet tolv']);
    expect(addresses('jeg bor i storgata fjorten')).toEqual(['ADDRESS storgata fjorten']);
    expect(addresses('jeg bor i byen fem dager i uka')).toEqual([]);
  });

  it('finds a street abroad whose lead word is written in lower case', () => {
    expect(
      addresses('Adressen i Ukraina står som vulytsia Hrushevskoho 22, kvartyra 5, Kharkiv.'),
    ).toContain('ADDRESS vulytsia Hrushevskoho 22');
    expect(addresses('Adressen er ulica Długa 15, 80-831 Gdańsk.')).toContain(
      'ADDRESS ulica Długa 15',
    );
    // Counter-example: "via" and "av" are Norwegian words; in lower case they open no street.
    expect(addresses('Hun kom via Oslo 2 dager senere.')).toEqual([]);
  });

  it('finds "Pb." boxes, flat numbers on their own and nynorsk farm prefixes', () => {
    expect(addresses('Returadresse: Pb. 45, Førde.')).toEqual(['ADDRESS Pb. 45']);
    expect(addresses('Han bor i leilighet H0203 nå.')).toEqual(['ADDRESS H0203']);
    // Without a cue word too: the neighbour's flat is where she lives.
    expect(addresses('Barna er hos naboen. Hun bor i H0202.')).toEqual(['ADDRESS H0202']);
    expect(addresses('Nøkkelen ligger hos U0101 i første etasje.')).toEqual(['ADDRESS U0101']);
    // Counter-examples: an autumn semester and a requisition number are no flats.
    expect(addresses('Hun begynte på studiet H2024.')).toEqual([]);
    expect(addresses('Svar på rekvisisjon H0201/55817 foreligger.')).toEqual([]);
    expect(addresses('Hun ligger på rom H0202 på sengeposten.')).toEqual([]);
    expect(addresses('Skjema K0201 er fylt ut.')).toEqual([]);
    expect(addresses('Kode L0102 er registrert.')).toEqual([]);
    expect(addresses('ho bur på Austre Dale no')).toEqual(['LOCATION Austre Dale']);
  });

  it('reads a definite noun with a house number after an address cue as the street', () => {
    expect(addresses('pasient: vi har flyttet til elvebredden 23 nå')).toEqual([
      'ADDRESS elvebredden 23',
    ]);
    expect(addresses('pasient: hun bor på sykehjemmet 2 dager i uka')).toEqual([]);
  });

  it('finds a rural property by its gnr. and bnr. in every written form', () => {
    expect(addresses('Hytta står på gnr. 71 bnr. 3 ved vannet.')).toContain(
      'ADDRESS gnr. 71 bnr. 3',
    );
    expect(addresses('Eiendom gnr 208/bnr 14 i kommunen.')).toContain('ADDRESS gnr 208/bnr 14');
    expect(addresses('Tomten, gnr./bnr. 12/40, er solgt.')).toContain('ADDRESS gnr./bnr. 12/40');
  });

  it('takes a street after "Adr.:" and the flat number after "leil." into the address', () => {
    expect(addresses('Adr.: Ospelunden 5, 4. etasje.')).toContain('ADDRESS Ospelunden 5');
    expect(addresses('Bor i Lerkeveien 22 leil. 310 med sønnen.')).toContain(
      'ADDRESS Lerkeveien 22 leil. 310',
    );
  });

  it('takes a street without a street word right after the noun "adresse"', () => {
    expect(addresses('Pasienten oppgir adresse Bakkehaug 17 B.')).toContain(
      'ADDRESS Bakkehaug 17 B',
    );
    expect(addresses('Adresse 2 linjer.')).toEqual([]);
  });

  it('takes a flat number after a slash into a foreign address', () => {
    expect(addresses('Sønnen bor i ul. Mickiewicza 14/6 i Gdańsk.')).toContain(
      'ADDRESS ul. Mickiewicza 14/6',
    );
  });

  it('finds streets with an abbreviated street word and its dot', () => {
    expect(addresses('Adresse: Kirkevn. 3, 0368 Oslo')).toContain('ADDRESS Kirkevn. 3');
    expect(addresses('Bor i Prinsens gt. 14, 4. etg.')).toContain('ADDRESS Prinsens gt. 14');
    expect(addresses('Adr. Storgt. 101 B')).toContain('ADDRESS Storgt. 101 B');
    expect(addresses('Han har vondt i venstre vn.')).toEqual([]);
  });

  it('takes a range of house numbers and a street named for two given names', () => {
    expect(addresses('Folkeregistrert på Strandveien 12-14.')).toContain(
      'ADDRESS Strandveien 12-14',
    );
    expect(addresses('Hun bor i Ringvegen 5 - 7 med datteren.')).toContain(
      'ADDRESS Ringvegen 5 - 7',
    );
    expect(addresses('Adresse: Hans Nielsen Hauges gate 22')).toContain(
      'ADDRESS Hans Nielsen Hauges gate 22',
    );
  });

  it('finds a street without a cue before a comma and a known town ending the phrase', () => {
    expect(addresses('Hjemmebesøk hos Ánde Bongo, 83 år, Áidejávri 6, Kautokeino.')).toContain(
      'ADDRESS Áidejávri 6',
    );
    expect(addresses('Seng 4, Bergen.')).toEqual([]);
    expect(addresses('Pasienten Kari 4, Oslo.')).toEqual([]);
  });

  it('finds an address said in dialect after "e", "te" or "ved", and after a home-visit heading', () => {
    expect(addresses('pasient: adressa mi e storgata førtito i mosjøen.')).toEqual([
      'ADDRESS storgata førtito',
    ]);
    expect(addresses('pasient: vi har flytta te myrvang åtte, like ved skulen.')).toEqual([
      'ADDRESS myrvang åtte',
    ]);
    expect(addresses('pasient: vi bur ved eidsvågen sju, nede ved kaia.')).toEqual([
      'ADDRESS eidsvågen sju',
    ]);
    expect(addresses('Hjemmebesøk Kjerringholmen 4: stor trapp.')).toEqual([
      'ADDRESS Kjerringholmen 4',
    ]);
    expect(addresses('Hun bor ved sjøen tre år i strekk.')).toEqual([]);
  });

  it('finds a lower-case farm or street after a direction word where someone lives', () => {
    expect(addresses('pasient: æ bor i vestre kleiva fire på inderøy.')).toEqual([
      'ADDRESS vestre kleiva fire',
    ]);
    expect(addresses('pasient: je bor på nordre flaten, sia sekstitallet.')).toEqual([
      'LOCATION nordre flaten',
    ]);
    expect(addresses('Pårørende oppgir adresse Austre Moa 8, Orkanger.')).toEqual([
      'ADDRESS Austre Moa 8',
    ]);
    expect(addresses('pasient: vi bor i øvre etasje, med trapp.')).toEqual([]);
    expect(addresses('pasient: han gikk på nedre veien i går.')).toEqual([]);
  });

  it('finds a street asked about in a question, the subject between the verb and "på"', () => {
    expect(addresses('lege: bur de framleis på kvednaholen fire? pasient: ja.')).toEqual([
      'ADDRESS kvednaholen fire',
    ]);
    expect(addresses('lege: bor du i Solbrynet 12?')).toEqual(['ADDRESS Solbrynet 12']);
    expect(addresses('lege: bor du i byen fem år?')).toEqual([]);
  });
});

describe('postboxes written "PB" in capitals', () => {
  it('finds "PB" with a box number when a postal code follows', () => {
    expect(addresses('Fakturaadresse PB 77, 1501 Moss.')).toEqual(['ADDRESS PB 77']);
  });

  it('leaves phenobarbital doses and lead values written PB or Pb alone', () => {
    expect(addresses('PB 30 mg x 2 ved kramper, Pb 0,05 µmol/l, BT 140/90.')).toEqual([]);
    expect(addresses('Startet PB 60 mg i 3 dager, kontroll om 2 uker.')).toEqual([]);
  });

  it('needs a place name after the postal code: a dose or a year is no postal code', () => {
    expect(addresses('Fenemal PB 25, 1200 mg totalt siste døgn.')).toEqual([]);
    expect(addresses('Pb 0,05 og PB 15, 1000 mg')).toEqual([]);
    expect(addresses('Prøvesvar sendt PB 12, 2014 fikk hun første anfall.')).toEqual([]);
    expect(addresses('Fenemal PB 25, 1200')).toEqual([]);
    // The postbox with its postal code and place is still found, the place in capitals too.
    expect(addresses('Svar sendes PB 77, 1501 Moss.')).toEqual(['ADDRESS PB 77']);
    expect(addresses('Svar sendes PB 77 1501 MOSS')).toEqual(['ADDRESS PB 77']);
  });
});
