import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a drug the conversation only stopped, written as started', () => {
  it('is flagged when the clinician said it was stopped', () => {
    const visit = indexOf([
      ['lege', 'Celebra har vi seponert, på grunn av nyrefunksjonen.'],
      ['lege', 'Paracet to tablettar fire gonger dagleg.'],
    ]);
    expect(shownFlags('Oppstart Celebra mot smerter.', visit, 'tiltak')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Celebra seponert pga. nyrefunksjon.', visit, 'tiltak')).toEqual([]);
  });

  it('is flagged when the stop was the reply to a question naming the drug', () => {
    const visit = indexOf([
      ['lege', 'Og Arcoxiaen?'],
      ['pasient', 'Den slutta eg med i september, eg fekk så vondt i magen.'],
    ]);
    expect(shownFlags('Startet med Arcoxia i september.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Sluttet med Arcoxia i september.', visit, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });

  it('is not flagged when the drug was said to be begun before it was stopped', () => {
    const visit = indexOf([
      ['pårørende', 'Hun begynte på Enalapril 5 milligram for tre uker siden.'],
      ['lege', 'Vi slutter med Enalapril og halverer Amlodipin.'],
    ]);
    expect(
      shownFlags('Startet Enalapril 5 mg for tre uker siden.', visit, 'anamnese'),
    ).not.toContain('error:negation-conflict');
    const taken = indexOf([
      ['pasient', 'Apocillin, nei vent, det var Kåvepenin. Æ fikk det for halsen i går.'],
      ['lege', 'Du slutter med Kåvepenin.'],
    ]);
    expect(
      shownFlags('Startet Kåvepenin for halsinfeksjon i går.', taken, 'anamnese'),
    ).not.toContain('error:negation-conflict');
  });

  it('is flagged when the drug was only named in a question about taking it', () => {
    const visit = indexOf([
      ['lege', 'Tar du Celebra?'],
      ['pasient', 'Den slutta eg med i september.'],
    ]);
    expect(shownFlags('Oppstart Celebra.', visit, 'tiltak')).toContain('error:negation-conflict');
  });

  it('is not flagged when the drug was also started again', () => {
    const visit = indexOf([
      ['lege', 'Marevan ble seponert før operasjonen.'],
      ['lege', 'Nå starter vi med Marevan igjen fra i kveld.'],
    ]);
    expect(shownFlags('Startet med Marevan igjen i kveld.', visit, 'tiltak')).not.toContain(
      'error:negation-conflict',
    );
  });
});

describe('a drug proposed and refused in the next turn, written as started', () => {
  it('is flagged when the patient turned it down', () => {
    const visit = indexOf([
      ['lege', 'Vi legger til Ramipril 2,5 milligram daglig for blodtrykket.'],
      ['pasient', 'Nei, eg fikk så hoste av det da eg prøvde, det vil eg ikkje.'],
      ['lege', 'Greit, da øker vi heller Amlodipin til ti milligram.'],
    ]);
    expect(shownFlags('Startet ramipril 2,5 mg daglig.', visit, 'tiltak')).toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Ramipril ikke startet.', visit, 'tiltak')).not.toContain(
      'error:negation-conflict',
    );
  });

  it('is flagged when the parents would rather wait', () => {
    const visit = indexOf([
      ['lege', 'Jeg hadde egentlig også tenkt å nevne Lamictal som tillegg.'],
      ['pårørende', 'Det vil vi helst vente med, vi vil sjå om økninga hjelpe først.'],
    ]);
    expect(shownFlags('Lamictal startet som tillegg.', visit, 'tiltak')).toContain(
      'error:negation-conflict',
    );
  });

  it('is not flagged when the patient agreed', () => {
    const visit = indexOf([
      ['lege', 'Vi legger til Ramipril 2,5 milligram daglig for blodtrykket.'],
      ['pasient', 'Ja, det er greit.'],
    ]);
    expect(shownFlags('Startet ramipril 2,5 mg daglig.', visit, 'tiltak')).not.toContain(
      'error:negation-conflict',
    );
  });
});
