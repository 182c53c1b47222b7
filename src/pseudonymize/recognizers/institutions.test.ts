import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';
import { getSharedLexicon } from '../lexicon.js';
import { tokenize } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { composeInstitutionsWithPlaces, recognizeInstitutions } from './institutions.js';
import { getTokenAnalysis } from './token-analysis.js';

function institutions(text: string): string[] {
  const words = getTokenAnalysis(getSharedLexicon());
  const tokens = tokenize(text);
  const out: Candidate[] = [];
  recognizeInstitutions(words, text, tokens, out);
  composeInstitutionsWithPlaces(words, text, tokens, out);
  return out.map((candidate) => `${candidate.type} ${text.slice(candidate.start, candidate.end)}`);
}

describe('recognizeInstitutions', () => {
  it('does not take where a worker is reached for a workplace', () => {
    expect(institutions('Sykehjemmets sykepleier kan nås på vaktelefonen hele døgnet.')).toEqual(
      [],
    );
    expect(institutions('Han jobber på europris.')).toContain('WORKPLACE europris');
  });

  it("takes a chain's shop brand into the name even when a term list knows the word", () => {
    expect(institutions('pasient: æ jobbe på Coop Prix på Finnsnes.')).toContain(
      'WORKPLACE Coop Prix',
    );
  });

  it('takes the number of a shop into the workplace name', () => {
    expect(institutions('Hun jobber på Rema 1000 Tiller om kvelden.')).toContain(
      'WORKPLACE Rema 1000 Tiller',
    );
    expect(institutions('Han jobber på Kiwi 212.')).toContain('WORKPLACE Kiwi 212');
  });

  it('does not take a count after a workplace into its name', () => {
    expect(institutions('Han jobber på Haukeland 3 dager i uka.')).not.toContain(
      'WORKPLACE Haukeland 3',
    );
  });

  it('takes no species after its genus for the name of a group', () => {
    expect(institutions('Halsprøve: Streptococcus pyogenes gruppe A.')).toEqual([]);
    expect(institutions('Hun går på tåsen skole.')).toEqual(['ORGANIZATION tåsen skole']);
  });

  it('takes a lower-case compound-looking name before a school or kindergarten', () => {
    expect(institutions('pasient: jeg er assistent på bjørnholt skole.')).toContain(
      'WORKPLACE bjørnholt skole',
    );
    expect(institutions('pasient: sønnen går i lindeberghaugen barnehage.')).toContain(
      'ORGANIZATION lindeberghaugen barnehage',
    );
  });

  it('takes a lower-case name before a lower-case "dps"', () => {
    expect(institutions('pasient: jeg går til psykolog på groruddalen dps.')).toContain(
      'ORGANIZATION groruddalen dps',
    );
  });

  it('keeps generic talk of a school or kindergarten clean', () => {
    for (const text of [
      'pasient: han trives på skolen.',
      'pasient: hun er i barnehagen hele dagen.',
      'pasient: han går på den lokale skolen.',
      'pasient: hun har begynt på ny skole.',
      'pasient: han går på videregående skole.',
      'pasient: hun går på vanlig skole med assistent.',
      'pasient: han får hjelp på dps.',
      'pasient: hun ble henvist til bup.',
    ])
      expect(institutions(text)).toEqual([]);
  });

  it('finds an institution by its head word', () => {
    expect(institutions('Kontroll på Fjellstua legesenter.')).toContain(
      'ORGANIZATION Fjellstua legesenter',
    );
  });
});

function workplaces(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'WORKPLACE')
    .map((entity) => entity.text);
}

describe('workplaces whose names hold digits', () => {
  it('keeps the number inside the name', () => {
    expect(workplaces('Arbeidsgiver: Bygg 4 AS, fast ansatt.')).toEqual(['Bygg 4 AS']);
    expect(workplaces('han er ansatt i Elektro 24 AS som lærling')).toEqual(['Elektro 24 AS']);
    expect(workplaces('Eg jobbar på Bakeriet 1890 i sentrum.')).toEqual(['Bakeriet 1890']);
    expect(workplaces('Jeg kjører for Taxi 1 Bergen, mest nattevakter.')).toEqual([
      'Taxi 1 Bergen',
    ]);
    expect(workplaces('Hun jobber på 7-Eleven på Storo.')).toEqual(['7-Eleven']);
  });

  it('reads chain brands said in lower case with their number in words', () => {
    expect(workplaces('jeg jobber på rema tusen på lade')).toEqual(['rema tusen']);
    expect(workplaces('han jobber på kiwi tre seks fem')).toEqual(['kiwi tre seks fem']);
  });

  it('does not take a quantity after the name for part of it', () => {
    expect(workplaces('Hun jobber på Rema 3 dager i uka.')).toEqual(['Rema']);
  });

  it('takes the whole "bo- og servicesenter" compound with the name before it', () => {
    expect(institutions('Far har fått plass på Nyborg bo- og servicesenter.')).toContain(
      'ORGANIZATION Nyborg bo- og servicesenter',
    );
    expect(institutions('pasient: hun bor på nyborg bu og behandlingssenter')).toContain(
      'ORGANIZATION nyborg bu og behandlingssenter',
    );
  });

  it('reads a lower-case place before a head word as the name, but not an ordinary word', () => {
    expect(institutions('pasient: jeg er lærer på lambertseter skole')).toContain(
      'WORKPLACE lambertseter skole',
    );
    expect(institutions('pasient: han går på vanlig skole og trives')).toEqual([]);
  });

  it('takes a direction word into a local office and calls it a workplace at work', () => {
    expect(institutions('Henvist til DPS Indre Østfold.')).toContain(
      'ORGANIZATION DPS Indre Østfold',
    );
    expect(institutions('Hun er saksbehandler ved NAV Frogner og er sliten.')).toContain(
      'WORKPLACE NAV Frogner',
    );
    expect(institutions('Han er kasserer på Ullevål og trives.')).toContain('WORKPLACE Ullevål');
  });

  it('takes no adjective in a generic department name for the name of an institution', () => {
    expect(institutions('Henvist til revmatologisk poliklinikk for vurdering.')).toEqual([]);
    expect(institutions('FØDEPOLIKLINIKK OG GYNEKOLOGISK POLIKLINIKK')).toEqual([]);
  });

  it('finds day centres, clubs and laboratories by their head word', () => {
    expect(institutions('Hun går på Solbakken dagsenter to dager i uka.')).toContain(
      'ORGANIZATION Solbakken dagsenter',
    );
    expect(institutions('Prøven sendt til Nordheim Medisinske Laboratorium.')).toContain(
      'ORGANIZATION Nordheim Medisinske Laboratorium',
    );
  });

  it('takes a capitalised adjective and a generic head for no institution', () => {
    expect(institutions('Kontroll ved Urologisk poliklinikk om tre måneder.')).toEqual([]);
  });

  it('finds a lower-case kindergarten or school name said before an indefinite head word', () => {
    expect(institutions('pasient: hun går i blåklokken barnehage om dagen')).toEqual([
      'ORGANIZATION blåklokken barnehage',
    ]);
    expect(institutions('pasient: han går på vanlig skole og i barnehagen')).toEqual([]);
  });

  it('takes a name after an occupation noun that no list holds for the workplace', () => {
    expect(institutions('Hun er lagerleder i Flisberg Logistikk og løfter mye.')).toContain(
      'WORKPLACE Flisberg Logistikk',
    );
    expect(institutions('Han er prosjektingeniør hos Sweco og reiser mye.')).toContain(
      'WORKPLACE Sweco',
    );
  });

  it('keeps "og" inside a company name and a lower-case place after a numbered shop', () => {
    expect(institutions('Han driver Solberg Maling og Tapet AS med broren.')).toContain(
      'WORKPLACE Solberg Maling og Tapet AS',
    );
    expect(institutions('pasient: jeg jobber på rema 1000 kjelsås')).toContain(
      'WORKPLACE rema 1000 kjelsås',
    );
  });

  it('finds a chain or an unknown name in lower case right after "jobber på", not a generic word', () => {
    expect(institutions('pasient: jeg jobber på elkjøp i helgene')).toContain('WORKPLACE elkjøp');
    expect(institutions('Jobber i butikk og på verksted.')).toEqual([]);
  });

  it('takes a company name of two words after a work verb for the workplace, not a person', () => {
    expect(institutions('Han kjører for Tide Buss i Bergen.')).toContain('WORKPLACE Tide Buss');
    expect(institutions('Hun er sekretær på kontoret til Brødrene Dahl Rør på Alnabru.')).toContain(
      'WORKPLACE Brødrene Dahl Rør',
    );
  });

  it('takes the noun after a national genitive lead into the workplace: "Statens vegvesen"', () => {
    expect(institutions('Han er ansatt i Statens vegvesen og kjører mye.')).toContain(
      'WORKPLACE Statens vegvesen',
    );
    expect(institutions('Hun jobber i Statens kartverk på Hønefoss.')).toContain(
      'WORKPLACE Statens kartverk',
    );
    // A function word or a verb after the lead is no part of the name.
    expect(institutions('Han jobber i Statens og trives der.')).not.toContain(
      'WORKPLACE Statens og',
    );
    expect(institutions('Hun jobber hos Hansens i helgene.')).not.toContain('WORKPLACE Hansens i');
  });

  it('finds organisation forms and club abbreviations in capitals only', () => {
    expect(institutions('Ansatt i Romerike Avfallsforedling IKS siden i fjor.')).toContain(
      'WORKPLACE Romerike Avfallsforedling IKS',
    );
    expect(institutions('Han spiller fotball i IL Jutul to ganger i uka.')).toContain(
      'ORGANIZATION IL Jutul',
    );
    expect(institutions('Unn kommer med datteren sin i morgen.')).toEqual([]);
    expect(institutions('Innlagt ved UNN i tre døgn.')).toContain('ORGANIZATION UNN');
  });

  it('takes a chain written in capitals as the lead word of a shop name', () => {
    expect(institutions('Hun jobber på XXL Storsenteret i helgene.')).toContain(
      'WORKPLACE XXL Storsenteret',
    );
  });
});

describe('institutions named with a place, a school suffix or a vessel prefix', () => {
  it('takes an institution noun with "i"/"på" and the place as one organisation', () => {
    expect(institutions('Hun ble sendt til Legevakten i Hallingdal i natt.')).toContain(
      'ORGANIZATION Legevakten i Hallingdal',
    );
    expect(institutions('Gutten går på Montessoriskolen i Drammen.')).toContain(
      'ORGANIZATION Montessoriskolen i Drammen',
    );
    expect(institutions('Time hos Fysioterapitjenesten Levanger neste uke.')).toContain(
      'ORGANIZATION Fysioterapitjenesten Levanger',
    );
  });

  it('does not make a generic institution word at a sentence start a name', () => {
    expect(institutions('Legevakten i kommunen har åpent hele natten.')).toEqual([]);
  });

  it('reads "vgs", clubs and churches', () => {
    expect(institutions('Hun går på Hamar katedralskole og Solberg vgs.')).toContain(
      'ORGANIZATION Solberg vgs',
    );
    expect(institutions('Han trener i Fana Håndballklubb.')).toContain(
      'ORGANIZATION Fana Håndballklubb',
    );
    expect(institutions('Begravelsen var i Lade kirke.')).toContain('LOCATION Lade kirke');
  });

  it('takes a vessel where someone works, not the disease "MS"', () => {
    expect(institutions('Han er matros på MS Nordlys Polar.')).toContain(
      'WORKPLACE MS Nordlys Polar',
    );
    expect(institutions('Hun har MS Hun er trøtt.')).toEqual([]);
  });

  it('takes a named vessel someone was on, outside a work frame', () => {
    expect(institutions('Før var jeg på MS Havglans, men nå er jeg på land.')).toContain(
      'WORKPLACE MS Havglans',
    );
    expect(institutions('Hun har fått MS på Rikshospitalet.')).not.toContain('WORKPLACE MS på');
  });

  it('takes a one-word taxi company', () => {
    expect(institutions('Transport med Trøndertaxi til dagsenteret.')).toContain(
      'ORGANIZATION Trøndertaxi',
    );
  });

  it('takes a named ward after "avdeling" or "post", not a specialty or a heading', () => {
    expect(institutions('Hun er flyttet til avdeling Lyngbakken i natt.')).toContain(
      'ORGANIZATION avdeling Lyngbakken',
    );
    expect(institutions('Innlagt på avdeling Geriatri.')).toEqual([]);
    expect(institutions('Post Operativt forløp uten komplikasjoner.')).toEqual([]);
  });
});

describe('nynorsk home-care and gym head words', () => {
  const typed = (text: string): string[] =>
    detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);

  it('takes a place before "heimeteneste" and a gym name with "Fitness" as the institution', () => {
    expect(typed('ja, ho får hjelp frå Askøy heimeteneste kvar morgon.')).toEqual([
      'ORGANIZATION:Askøy heimeteneste',
    ]);
    expect(typed('Han trener på Fresh Fitness Lambertseter fire ganger i uka.')).toEqual([
      'ORGANIZATION:Fresh Fitness Lambertseter',
    ]);
  });

  it('leaves the words alone as plain words', () => {
    expect(typed('Vi har fått heimesjukepleie no.')).toEqual([]);
    expect(typed('Fitness er bra for helsa.')).toEqual([]);
  });
});

describe('"Apotek" as a lead word', () => {
  const typed = (text: string): string[] =>
    detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);

  it('takes the pharmacy chain with its number and site as one institution', () => {
    expect(typed('Henter resept på Apotek 1 Vestli.')).toEqual(['ORGANIZATION:Apotek 1 Vestli']);
  });

  it('leaves "apotek" without a name after it alone', () => {
    expect(typed('Apotek har åpent til ni.')).toEqual([]);
    expect(typed('Henter resept på apoteket i dag.')).toEqual([]);
  });
});

describe('NAV offices as the agency writes them since 2023 and as speech-to-text writes them', () => {
  const named = (text: string): string[] =>
    detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);

  it('finds "Nav" with a capital and its local office as one organisation', () => {
    expect(named('Brev fra Nav Tromsø om avslag på uføretrygd.')).toEqual([
      'ORGANIZATION Nav Tromsø',
    ]);
    expect(named('Nav Sagene har ringt.')).toEqual(['ORGANIZATION Nav Sagene']);
  });

  it('finds a lower-case office named with a direction word and a place', () => {
    expect(named('pasient: vi har møte med nav indre østfold på fredag.')).toEqual([
      'ORGANIZATION nav indre østfold',
    ]);
  });

  it('finds an office named after a municipality whose name is also an ordinary word', () => {
    expect(named('Sykmelding sendt elektronisk, kopi til NAV Alver.')).toEqual([
      'ORGANIZATION NAV Alver',
    ]);
    expect(named('Hun har hatt dialogmøte hos NAV Hole om AAP.')).toEqual([
      'ORGANIZATION NAV Hole',
    ]);
    expect(named('lege: saksbehandleren din sitter på nav alver?')).toEqual([
      'ORGANIZATION nav alver',
    ]);
  });

  it('leaves "nav" before an ordinary word alone in speech ("nav time", "nav strand")', () => {
    expect(named('pasient: jeg har nav time i morgen klokka ti.')).toEqual([]);
    expect(named('pasient: det er nav strand som har saken.')).toEqual([]);
  });

  it('leaves the agency alone without a local office', () => {
    expect(named('Jeg må ringe Nav i morgen.')).toEqual([]);
    expect(named('Sykmelding sendt til Nav.')).toEqual([]);
  });
});

function foundWithHeads(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('institution heads: kinds of kindergarten and school, centres, sanitet, lensmann', () => {
  it('takes a name before a compound kindergarten or school head', () => {
    expect(foundWithHeads('Sønnen går i Bjørkeli naturbarnehage tre dager i uka.')).toContain(
      'ORGANIZATION Bjørkeli naturbarnehage',
    );
    expect(foundWithHeads('Dottera går på Nesttun montessoriskule.')).toContain(
      'ORGANIZATION Nesttun montessoriskule',
    );
  });

  it('takes a name with a capitalised adjective before "Senter"', () => {
    expect(foundWithHeads('Henvist til Lillestrøm Revmatologiske Senter for vurdering.')).toContain(
      'ORGANIZATION Lillestrøm Revmatologiske Senter',
    );
  });

  it('takes a sanitet branch and a lensmann district with their names', () => {
    expect(
      foundWithHeads('Han fikk førstehjelp av Røde Kors Sanitet Hemsedal på stevnet.'),
    ).toContain('ORGANIZATION Røde Kors Sanitet Hemsedal');
    expect(foundWithHeads('Kopi sendt til Nordre Land lensmannskontor.')).toContain(
      'ORGANIZATION Nordre Land lensmannskontor',
    );
  });

  it('leaves the same heads alone without a name before them', () => {
    expect(foundWithHeads('Gutten går i naturbarnehage og trives.')).toEqual([]);
    expect(foundWithHeads('Hun fikk plass på et senter for rehabilitering.')).toEqual([]);
    expect(foundWithHeads('Ring lensmannskontoret om våpenkortet.')).toEqual([]);
    expect(foundWithHeads('Vakter fra sanitet var til stede på stevnet.')).toEqual([]);
  });
});

describe('an institution in a care frame after a work word (s34g)', () => {
  const detected = (text: string): string[] =>
    detectIdentifiers(text).map((entity) => `${entity.type} ${entity.text}`);

  it('is the place of care, not the workplace', () => {
    expect(detected('Hun jobber som kokk og ble innlagt ved avdeling Kristiansund.')).toEqual([
      'ORGANIZATION avdeling Kristiansund',
    ]);
    expect(detected('Han er ansatt i kommunen og henvist til avdeling Kristiansund.')).toEqual([
      'ORGANIZATION avdeling Kristiansund',
    ]);
  });

  it('stays the workplace when one works there', () => {
    expect(detected('Hun jobber som sekretær ved avdeling Kristiansund.')).toEqual([
      'WORKPLACE avdeling Kristiansund',
    ]);
  });
});

describe('a local unit written «avd.» (s39e)', () => {
  const typed = (text: string): string[] =>
    detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);

  it('keeps the town after «avd.» with the employer, though its period looks like a sentence end', () => {
    expect(typed('Ektemannen er vekter i Securitas, avd. Kongsberg.')).toEqual([
      'WORKPLACE:Securitas, avd. Kongsberg',
    ]);
    expect(typed('Han jobber i Securitas, avd. Drammen.')).toEqual([
      'WORKPLACE:Securitas, avd. Drammen',
    ]);
  });

  it('takes no specialty, number or new sentence after «avd.»', () => {
    expect(typed('Hun ligger på avd. Kirurgi.')).toEqual([]);
    expect(typed('Hun ble flyttet til avd. 3. etasje.')).toEqual([]);
    expect(typed('Overført til kir. avd. Han er stabil.')).toEqual([]);
  });
});

describe('NAV offices shared by two municipalities (s40b)', () => {
  it('takes both places after NAV as one organisation', () => {
    const text = 'Melding er sendt til NAV Hitra Frøya om sykmeldingen.';
    expect(detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`)).toEqual([
      'ORGANIZATION:NAV Hitra Frøya',
    ]);
  });

  it('keeps a single place after NAV as before', () => {
    const text = 'Møte på NAV Hitra i dag.';
    expect(detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`)).toEqual([
      'ORGANIZATION:NAV Hitra',
    ]);
  });
});
