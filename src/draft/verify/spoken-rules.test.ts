import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a two-part question answered part by part', () => {
  const visit = indexOf([
    ['lege', 'Har du hatt diaré, eller har du vore kvalm?'],
    ['pasient', 'Ikkje diaré. Men eg har vore kvalm kvar morgon.'],
  ]);

  it('keeps the nausea the patient went on to describe', () => {
    expect(shownFlags('Ingen diaré, morgenkvalme.', visit)).toEqual([]);
  });

  it('flags a note that denies the nausea', () => {
    expect(shownFlags('Ingen diaré eller kvalme.', visit)).toContain('error:negation-conflict');
  });
});

describe('a denial put first in the sentence', () => {
  const visit = indexOf([
    ['lege', 'Har gutten hatt feber?'],
    ['pårørende', 'Han har vært slapp. Feber har han ikke hatt.'],
  ]);

  it('reads "Feber har han ikke hatt" as no fever', () => {
    expect(shownFlags('Afebril ifølge mor, men slapp.', visit)).toEqual([]);
    expect(shownFlags('Feber siden i går.', visit)).toContain('error:negation-conflict');
  });
});

describe('a denial does not reach past a comma into a new statement', () => {
  const visit = indexOf([
    ['lege', 'Mandlene er store og røde, uten belegg. Hun er ikke nakkestiv.'],
  ]);

  it('accepts the stiff neck denied after the throat', () => {
    expect(shownFlags('Store, røde tonsiller uten belegg, ikke nakkestiv.', visit, 'funn')).toEqual(
      [],
    );
  });

  it('flags a stiff neck written after a denial and a comma', () => {
    expect(shownFlags('Store, røde tonsiller uten belegg, nakkestiv.', visit, 'funn')).toContain(
      'error:negation-conflict',
    );
  });
});

describe('a regimen: fixed or as needed', () => {
  const visit = indexOf([
    ['lege', 'Hvordan tar du Voltaren nå?'],
    ['pasient', 'Bare når kneet er som verst, kanskje et par ganger i uka.'],
    ['lege', 'Da bruker du Voltaren 50 mg ved behov, høyst tre ganger daglig.'],
    ['lege', 'Paracet tar du fast, to tabletter morgen og kveld.'],
  ]);

  it('accepts each drug with the regimen it was given', () => {
    expect(shownFlags('Voltaren 50 mg ved behov.', visit)).toEqual([]);
    expect(shownFlags('Paracet fast morgen og kveld.', visit)).toEqual([]);
  });

  it('flags "fast" for a drug taken only as needed, and the other way round', () => {
    expect(shownFlags('Voltaren 50 mg x 3 fast.', visit)).toContain('error:number-conflict');
    expect(shownFlags('Paracet ved behov.', visit)).toContain('error:number-conflict');
  });
});

describe('a dose said with its unit decides over a bare number nearby', () => {
  const visit = indexOf([
    [
      'lege',
      'Ta Paracet ein gram inntil fire gonger dagleg, men ikkje i meir enn ei veke eller to.',
    ],
  ]);

  it('flags 2 g although "to" was said in the same sentence', () => {
    expect(shownFlags('Paracetamol 1 g inntil x 4 daglig.', visit)).toEqual([]);
    expect(shownFlags('Paracetamol 2 g inntil x 4 daglig.', visit)).toContain(
      'error:number-conflict',
    );
  });
});

describe('a relative time keeps its direction', () => {
  const visit = indexOf([
    ['lege', 'Når begynte du med Atorvastatin?'],
    ['pasient', 'For fire uker siden.'],
    ['lege', 'Vi tar nye blodprøver om fire måneder.'],
  ]);

  it('accepts the start and the follow-up as said', () => {
    expect(shownFlags('Startet Atorvastatin for fire uker siden.', visit)).toEqual([]);
    expect(shownFlags('Nye blodprøver om fire måneder.', visit)).toEqual([]);
  });

  it('flags a start dated by the follow-up interval', () => {
    expect(shownFlags('Startet Atorvastatin for fire måneder siden.', visit)).not.toEqual([]);
  });
});

describe('a diagnosis the clinician never stated', () => {
  const visit = indexOf([
    ['pasient', 'Eg har hatt vondt i hovudet i fem dagar, som eit band rundt hovudet.'],
    ['lege', 'Eg finn ingenting farleg. Vi ser det an ei veke.'],
  ]);

  it('accepts the symptom in the assessment', () => {
    expect(shownFlags('Hodepine i fem dager, ingen tegn til alvorlig årsak.', visit)).toEqual([]);
  });

  it('flags a named headache diagnosis nobody said', () => {
    expect(shownFlags('Tensjonshodepine.', visit, 'vurdering')).toContain('warning:unsupported');
  });
});

describe('examination states', () => {
  const visit = indexOf([['lege', 'Pulsene i føttene er gode, og huden er varm.']]);

  it('flags weak pulses where good ones were felt', () => {
    expect(shownFlags('Gode pulser i føttene.', visit, 'funn')).toEqual([]);
    expect(shownFlags('Svake pulser i føttene.', visit, 'funn')).toContain(
      'error:negation-conflict',
    );
  });
});

describe('a length of time is no dose', () => {
  const visit = indexOf([
    ['lege', 'Korleis søv du no?'],
    ['pasient', 'Betre, eg søv sju timar no.'],
  ]);

  it('accepts hours of sleep "per natt" without a dosing frequency said', () => {
    expect(shownFlags('Sover sju timer per natt.', visit)).toEqual([]);
  });
});

describe('a denied list in brackets', () => {
  const visit = indexOf([
    ['lege', 'Har du hatt blødninger, som neseblod eller blod i urinen?'],
    ['pasient', 'Nei, ingen blødninger. Men eg får lett blåmerker.'],
  ]);

  it('keeps every bracketed item denied', () => {
    expect(shownFlags('Ingen blødninger (neseblod, hematuri), får lett blåmerker.', visit)).toEqual(
      [],
    );
  });
});

describe('a question answered "nei" in the answer\'s own words', () => {
  const visit = indexOf([
    ['pasient', 'Jeg vrikket kneet på trening, og nå låser det seg av og til.'],
    ['lege', 'Svikter det?'],
    ['pasient', 'Nei, det har ikke sviktet.'],
    ['lege', 'Har du vondt når du går?'],
    ['pasient', 'Ja, litt.'],
  ]);

  it('flags a note that states what the reply denied, though no passage matches it', () => {
    expect(shownFlags('Kneet har sviktet flere ganger.', visit)).toContain(
      'error:negation-conflict',
    );
  });

  it('keeps a note that writes the denial', () => {
    expect(shownFlags('Ingen svikt.', visit)).not.toContain('error:negation-conflict');
  });
});

describe("a relative's illness whose name begins with a word the patient used", () => {
  const visit = indexOf([
    ['pasient', 'Eg har kjent stikk i brystet i ei veke.'],
    ['lege', 'Er det sjukdom i familien?'],
    ['pasient', 'Mor mi hadde brystkreft, men ho er frisk no.'],
  ]);

  it('flags the relative\'s "brystkreft" written as the patient\'s', () => {
    expect(shownFlags('Tidligere behandlet for brystkreft.', visit)).toContain(
      'error:person-conflict',
    );
  });

  it("keeps the patient's own stomach pain and the father's cancer as family history", () => {
    expect(shownFlags('Stikkende brystsmerter i en uke.', visit)).not.toContain(
      'error:person-conflict',
    );
    expect(shownFlags('Mor har hatt brystkreft.', visit)).not.toContain('error:person-conflict');
  });
});

describe('"Har du hatt dette før?" answered "nei"', () => {
  const visit = indexOf([
    ['pasient', 'Eg fekk plutseleg kraftig svimmelheit i går morges.'],
    ['lege', 'Har du hatt dette før?'],
    ['pasient', 'Nei, aldri.'],
  ]);

  it('flags a note that writes earlier episodes of the same', () => {
    expect(shownFlags('Tilsvarende episoder tidligere.', visit)).toContain(
      'error:negation-conflict',
    );
  });

  it('keeps a note that writes none', () => {
    expect(shownFlags('Ingen tilsvarende episoder tidligere.', visit)).not.toContain(
      'error:negation-conflict',
    );
  });
});

describe('a two-part question answered "nei" to both parts', () => {
  const visit = indexOf([
    ['lege', 'Har du hatt frysninger eller hodepine den siste tida?'],
    ['pasient', 'Nei, ingen av delene.'],
  ]);

  it('flags a note that turns the first part into a complaint before a comma and "ikke"', () => {
    expect(shownFlags('Frysninger, ikke hodepine.', visit)).toContain('error:negation-conflict');
  });

  it('accepts both parts denied', () => {
    expect(shownFlags('Ingen frysninger eller hodepine.', visit)).toEqual([]);
  });
});

describe('how often a relative takes the same drug', () => {
  const visit = indexOf([
    ['lege', 'Hvordan går det med pusten, Sara?'],
    ['pasient', 'Jeg har brukt Airomir mer i det siste.'],
    ['lege', 'Hvor ofte?'],
    ['pasient', 'Fire ganger i uka, omtrent.'],
    ['lege', 'Hoster du om natta?'],
    ['pasient', 'Nei, ikke nå lenger.'],
    ['lege', 'Har du med deg Airomir på skolen?'],
    ['pasient', 'Ja, den ligger i sekken.'],
    ['pårørende', 'Jeg har KOLS selv og bruker Airomir flere ganger hver dag.'],
  ]);

  it('flags a daily use that only the mother said of herself', () => {
    expect(shownFlags('Bruker Airomir fire ganger daglig.', visit)).toContain(
      'error:number-conflict',
    );
  });

  it('accepts the weekly use the patient gave', () => {
    expect(shownFlags('Bruker Airomir ca. fire ganger i uken.', visit)).toEqual([]);
  });
});

describe('a sentence that denies one thing and states another', () => {
  const visit = indexOf([
    ['lege', 'Har du merket munnsår eller hårtap etter at du begynte på kuren?'],
    ['pasient', 'Munnsår har jeg ikke merket. Håret er som før.'],
  ]);

  it('flags the part stated as so that the patient denied', () => {
    expect(shownFlags('Munnsår, ikke hårtap.', visit)).toContain('error:negation-conflict');
  });

  it('accepts both parts denied', () => {
    expect(shownFlags('Verken munnsår eller hårtap.', visit)).toEqual([]);
  });
});

describe("a relative's injury written as the patient's history", () => {
  const visit = indexOf([
    ['lege', 'Kva kan eg hjelpe deg med i dag?'],
    ['pasient', 'Eg har vondt i ryggen etter at eg bar mora mi i trappa.'],
    ['pasient', 'Mora mi fekk eit bekkenbrudd i vinter, så eg hjelper henne mykje.'],
  ]);

  it('flags the fracture as said of somebody else', () => {
    expect(shownFlags('Fått bekkenbrudd i vinter.', visit)).toContain('error:person-conflict');
  });

  it('accepts it written as the mother’s', () => {
    expect(shownFlags('Mor fikk bekkenbrudd i vinter.', visit)).toEqual([]);
  });
});

describe('a reply that does not begin with a yes or a no', () => {
  const visit = indexOf([
    ['lege', 'Spiser og sover gutten som vanlig?'],
    ['pårørende', 'Han sover dårlig om natta og vil ikke spise.'],
  ]);

  it('is read as the answer to the question, so what it denies is denied', () => {
    expect(shownFlags('Spiser som vanlig, sover dårlig.', visit)).toContain(
      'error:negation-conflict',
    );
  });

  it('accepts eating described as reduced', () => {
    expect(shownFlags('Sover dårlig og spiser lite.', visit)).toEqual([]);
  });
});

describe('"god kontakt" in a mental state examination', () => {
  const visit = indexOf([
    ['lege', 'Du har god kontakt med meg, og det er ingen tegn til hallusinasjoner.'],
  ]);

  it('is a finding, not advice to contact us, so a denial beside it still counts', () => {
    expect(shownFlags('God kontakt, tegn til hallusinasjoner.', visit, 'funn')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('God kontakt, ingen hallusinasjoner.', visit, 'funn')).toEqual([]);
  });
});

describe('blood in sputum and stool in the words a note uses', () => {
  const visit = indexOf([
    ['lege', 'Har du hostet opp blod?'],
    ['pasient', 'Nei, aldri.'],
    ['lege', 'Har du sett blod i bæsjen?'],
    ['pasient', 'Nei.'],
  ]);

  it('flags blood in the stool the patient denied', () => {
    expect(shownFlags('Blodig avføring.', visit)).toContain('error:negation-conflict');
  });

  it('accepts the denials', () => {
    expect(shownFlags('Ingen hemoptyse eller rektal blødning.', visit)).toEqual([]);
  });
});

describe("a relative's own story written as the patient's", () => {
  const visit = indexOf([
    ['lege', 'Hva kan jeg hjelpe deg med?'],
    ['pasient', 'Jeg har hatt vondt i skulderen siden helgen.'],
    ['pårørende', 'Lillebroren hans ble operert i fjor og gikk med krykker i seks uker.'],
  ]);

  it('warns when most of the sentence was said only of somebody else', () => {
    expect(shownFlags('Operert i fjor, gikk med krykker.', visit)).toContain('warning:unsupported');
  });

  it('accepts it written as the brother’s', () => {
    expect(shownFlags('Bror operert i fjor, gikk med krykker.', visit)).toEqual([]);
  });
});

describe('"øm" is the finding tender, not the preposition "om"', () => {
  const visit = indexOf([
    ['lege', 'Jeg kjenner på kneet. Det er hovent over kneskåla.'],
    ['lege', 'Leddspalten på innsiden er ikke øm.'],
  ]);

  it('flags tenderness the examination denied', () => {
    expect(shownFlags('Øm over mediale leddspalte.', visit, 'funn')).toContain(
      'error:negation-conflict',
    );
  });

  it('accepts the denial', () => {
    expect(shownFlags('Ikke øm over mediale leddspalte.', visit, 'funn')).toEqual([]);
  });

  it('accepts a spot denied beside another that is tender', () => {
    const ankle = indexOf([
      ['lege', 'Han er øm foran den ytre ankelknoken.'],
      ['lege', 'Over femte mellomfotsknokkel er det ingen ømhet.'],
    ]);
    expect(shownFlags('Ikke øm over femte metatars.', ankle, 'funn')).toEqual([]);
  });
});

describe('a length of time said of something else in the conversation', () => {
  const visit = indexOf([
    ['lege', 'Du får krykker, og du skal avlaste foten i ti dager.'],
    ['lege', 'Vi ses igjen om tre uker.'],
  ]);

  it('flags the offloading written with the time of the follow-up', () => {
    expect(shownFlags('Avlastning av foten i tre uker.', visit, 'tiltak')).toContain(
      'error:number-conflict',
    );
  });

  it('accepts each length with what it was said of', () => {
    expect(
      shownFlags('Avlastning av foten i ti dager, kontroll om tre uker.', visit, 'tiltak'),
    ).toEqual([]);
  });
});
