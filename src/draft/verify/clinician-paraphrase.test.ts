/**
 * A clinician writes what was said in other words: durations in other units, trade names as
 * generic names, lay words as clinical terms, a measured value as a state ("takykard"). Each
 * mechanism: the correct clinician sentence is not flagged, and a wrong one still is.
 */
import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a length of time written in another unit than it was said', () => {
  const knee = indexOf([
    ['pasient', 'Kneet har hovna opp, det har vart i tre veker no.'],
    ['lege', 'Eg sjukmelder deg i to veker til, og så ser vi deg om eit år for ny kontroll.'],
    ['lege', 'Ta Naproxen morgon og kveld i ti dagar.'],
    ['pasient', 'Eg tråkka over klokka åtte i går kveld.'],
  ]);

  it('accepts days for weeks, months for a year and a 24-hour clock', () => {
    expect(shownFlags('Hevelse i kneet i 21 dager.', knee)).toEqual([]);
    expect(shownFlags('Sykmeldt ytterligere 14 dager.', knee)).toEqual([]);
    expect(shownFlags('Ny kontroll om 12 måneder.', knee)).toEqual([]);
    expect(shownFlags('Overtråkk ca. kl. 20 i går kveld.', knee)).toEqual([]);
  });

  it('still flags a length that differs once converted', () => {
    expect(shownFlags('Hevelse i kneet i 28 dager.', knee)).not.toEqual([]);
    expect(shownFlags('Sykmeldt ytterligere 21 dager.', knee)).not.toEqual([]);
    expect(shownFlags('Overtråkk ca. kl. 21 i går kveld.', knee)).not.toEqual([]);
  });
});

describe('a range and an interval said in words', () => {
  const followUp = indexOf([
    ['lege', 'Fastlegen tar blodprøver om en til to uker.'],
    ['lege', 'Du går til psykologen annenhver uke.'],
  ]);

  it('accepts "1–2 uker" for "en til to uker" and "hver 14. dag" for "annenhver uke"', () => {
    expect(shownFlags('Blodprøver hos fastlege om 1–2 uker.', followUp)).toEqual([]);
    expect(shownFlags('Psykologsamtaler hver 14. dag.', followUp)).toEqual([]);
  });

  it('still flags a wrong range', () => {
    expect(shownFlags('Blodprøver hos fastlege om 3–4 uker.', followUp)).not.toEqual([]);
  });
});

describe('two values of one measure, and a value introduced by a colon', () => {
  const control = indexOf([
    ['lege', 'Langtidsblodsukkeret er femtitre nå. Sist var det sekstien.'],
    ['pasient', 'Hjemme har jeg målt hundre og førtiåtte over nitti i snitt.'],
    ['lege', 'Jeg måler blodtrykket her: hundre og sekstito over nittifem.'],
    ['pasient', 'Jeg har gått opp fire kilo siden sommeren.'],
    ['sykepleier', 'Vekten er åttiseks kilo.'],
  ]);

  it('accepts the earlier value beside the new one, and the measured pressure', () => {
    expect(shownFlags('HbA1c 53 mmol/mol, ned fra 61.', control)).toEqual([]);
    expect(shownFlags('BT 162/95 ved konsultasjonen.', control)).toEqual([]);
    expect(shownFlags('Vektøkning 4 kg siden sommeren, vekt 86 kg.', control)).toEqual([]);
  });

  it('still flags a changed value', () => {
    expect(shownFlags('HbA1c 43 mmol/mol, ned fra 61.', control)).not.toEqual([]);
    expect(shownFlags('BT 148/95 ved konsultasjonen.', control)).not.toEqual([]);
  });
});

describe('trade and generic names of one drug', () => {
  const discharge = indexOf([
    ['lege', 'Albyl-E slutter du med nå, siden du bruker Marevan.'],
    ['lege', 'Du har fått Atrovent og Ventoline på forstøver.'],
  ]);

  it('accepts the generic name for the trade name said, also in a compound', () => {
    expect(shownFlags('Acetylsalisylsyre seponert pga. warfarinbehandling.', discharge)).toEqual(
      [],
    );
    expect(shownFlags('Inhalasjon med ipratropium og salbutamol.', discharge)).toEqual([]);
  });

  it('still flags a drug never mentioned', () => {
    expect(shownFlags('Inhalasjon med ipratropium og terbutalin.', discharge)).toContain(
      'error:drug-not-in-transcript',
    );
    expect(shownFlags('Klopidogrel seponert pga. warfarinbehandling.', discharge)).toContain(
      'error:drug-not-in-transcript',
    );
  });
});

describe('lay words, fillers inside a phrase and plain synonyms', () => {
  const visit = indexOf([
    ['pasient', 'Jeg har blitt tyngre i pusten den siste uka.'],
    ['pasient', 'Matlysten er borte, og jeg har gått ned fem kilo.'],
    ['pasient', 'Han sitter oppe i stolen om natta for å få puste, sier kona.'],
    ['lege', 'Blodtrykket er fortsatt for høyt.'],
  ]);

  it('accepts the clinical term for what was said in lay words', () => {
    expect(shownFlags('Tiltagende dyspné siste uke.', visit)).toEqual([]);
    expect(shownFlags('Redusert appetitt og vekttap 5 kg.', visit)).toEqual([]);
    expect(shownFlags('Ortopné ifølge kona.', visit)).toEqual([]);
    expect(
      shownFlags('Hypertensjon, ikke tilfredsstillende regulert.', visit, 'vurdering'),
    ).toEqual([]);
  });

  it('still flags a finding or diagnosis nobody spoke of', () => {
    expect(shownFlags('Hemoptyse siste uke.', visit)).not.toEqual([]);
    expect(
      shownFlags('Hypotyreose, ikke tilfredsstillende regulert.', visit, 'vurdering'),
    ).not.toEqual([]);
  });
});

describe('a state word a measured value bears out', () => {
  const emergency = indexOf([
    ['sykepleier', 'Pulsen er hundre og tolv, temperaturen trettiåtte komma to.'],
    ['lege', 'De hvite blodlegemene er sytten komma en.'],
  ]);

  it('accepts "takykard" and "leukocytose" for the values measured', () => {
    expect(shownFlags('Takykard, puls 112.', emergency, 'funn')).toEqual([]);
    expect(shownFlags('Leukocytose 17,1.', emergency, 'funn')).toEqual([]);
  });

  it('still flags a state the values contradict', () => {
    expect(shownFlags('Bradykard.', emergency, 'funn')).not.toEqual([]);
    expect(shownFlags('Leukopeni.', emergency, 'funn')).not.toEqual([]);
  });
});

describe('a side of the heart', () => {
  const echo = indexOf([
    ['lege', 'Ultralyden viser nedsatt pumpefunksjon i venstre ventrikkel, EF førti prosent.'],
    ['lege', 'Det er litt væske i lungesekken på begge sider.'],
  ]);

  it('reads "venstre ventrikkel" as anatomy, not as a side that conflicts', () => {
    expect(shownFlags('Ekko: redusert venstre ventrikkelfunksjon, EF 40 %.', echo)).toEqual([]);
  });

  it('still flags the wrong side of a paired organ', () => {
    expect(shownFlags('Pleuravæske kun på høyre side.', echo)).not.toEqual([]);
  });
});

describe('clinical terms for what a patient said in dialect or lay words', () => {
  const thyroid = indexOf([
    ['pasient', 'Je skjelv på henda, og det byrja med ei forkjøling.'],
    ['lege', 'Dette er høgt stoffskifte. Dom såg divertikler på koloskopien.'],
    ['lege', 'Du har ein bihulebetennelse på høgre sida.'],
  ]);

  it('accepts tremor, an upper respiratory infection, hyperthyroidism, diverticulosis and sinusitis', () => {
    expect(shownFlags('Tremor på hendene.', thyroid)).toEqual([]);
    expect(shownFlags('Debut med forkjølelse.', thyroid)).toEqual([]);
    expect(shownFlags('Hypertyreose.', thyroid)).toEqual([]);
    expect(shownFlags('Kjent divertikulose ved koloskopi.', thyroid)).toEqual([]);
    expect(shownFlags('Maksillærsinusitt høyre side.', thyroid)).toEqual([]);
  });

  it('still flags a diagnosis nobody spoke of', () => {
    expect(shownFlags('Hypertyreose, sannsynlig toksisk knutestruma.', thyroid)).not.toEqual([]);
  });
});

describe('a diagnosis written for how the clinician or a relative said it', () => {
  const control = indexOf([
    ['lege', 'Blodtrykket er litt høyt i dag.'],
    ['pårørende', 'Jeg hadde et lite drypp i fjor.'],
    ['lege', 'Dette høres ut som refluks. Ikkje et dei siste tre timan før du legg deg.'],
  ]);

  it('accepts hypertension, a TIA, reflux disease and hours said in northern dialect', () => {
    expect(shownFlags('Lett forhøyet blodtrykk.', control, 'vurdering')).toEqual([]);
    expect(shownFlags('Kona hadde TIA i fjor.', control, 'anamnese')).toEqual([]);
    expect(shownFlags('Sannsynlig gastroøsofageal refluks.', control, 'vurdering')).toEqual([]);
    expect(shownFlags('Ikke spise de siste tre timene før sengetid.', control, 'tiltak')).toEqual(
      [],
    );
  });

  it('still flags a diagnosis or a length of time that was not said', () => {
    expect(shownFlags('Sannsynlig magesår.', control, 'vurdering')).not.toEqual([]);
    expect(
      shownFlags('Ikke spise de siste fem timene før sengetid.', control, 'tiltak'),
    ).not.toEqual([]);
  });
});

describe('a symptom said with the side or in dialect between its words', () => {
  const visit = indexOf([
    ['pårørende', 'Hun har hatt vondt i venstre øre siden i natt.'],
    ['pasient', 'Det gjer vondt å svelgje. Eg må opp om natta hele tida.'],
    ['pasient', 'Æ går, men æ halte.'],
  ]);

  it('accepts otalgia, pain on swallowing, nocturia and a limp', () => {
    expect(shownFlags('Otalgi venstre øre siden i natt.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Svelgsmerter.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Nykturi.', visit, 'anamnese')).toEqual([]);
    expect(shownFlags('Går, men halter.', visit, 'anamnese')).toEqual([]);
  });

  it('still flags the other side', () => {
    expect(shownFlags('Otalgi høyre øre siden i natt.', visit, 'anamnese')).not.toEqual([]);
  });
});
