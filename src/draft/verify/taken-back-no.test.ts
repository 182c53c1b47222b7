import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('"Nei … Jo …" is a yes only when the yes is the patient\'s own and sure', () => {
  it('keeps flagging a yes that was a relative\'s ("Nei. Jo, mor hadde det")', () => {
    const visit = indexOf([
      ['lege', 'Har du hatt blodpropp?'],
      ['pasient', 'Nei. Jo, mor hadde det.'],
    ]);
    expect(shownFlags('Har hatt blodpropp.', visit, 'anamnese')).toContain('warning:unsupported');
  });

  it('keeps the no when "det var broren min som hadde det"', () => {
    const visit = indexOf([
      ['lege', 'Har du hatt slike anfall før?'],
      ['pasient', 'Nei, aldri. Jo, vent, det var broren min som hadde det.'],
    ]);
    expect(shownFlags('Har hatt tilsvarende anfall før.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('keeps the no when the yes is unsure and the test was negative', () => {
    const visit = indexOf([
      ['lege', 'Er du gravid?'],
      ['pasient', 'Nei, ikkje. Jo, vent, eg veit ikkje, testen var negativ.'],
    ]);
    expect(shownFlags('Gravid.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('keeps the no when the yes is taken back again ("Jo, vent, nei, jeg har ikke det")', () => {
    const visit = indexOf([
      ['lege', 'Har du kastet opp?'],
      ['pasient', 'Nei, ikke. Jo, vent, nei, jeg har ikke det.'],
    ]);
    expect(shownFlags('Har kastet opp.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it("keeps the no when the reaction was the sister's", () => {
    const visit = indexOf([
      ['lege', 'Har du noen allergier?'],
      ['pasient', 'Nei, aldri. Jo, vent, det var søsteren min som reagerte på penicillin.'],
    ]);
    const flags = shownFlags('Allergi mot penicillin.', visit, 'anamnese');
    expect(flags).toContain('error:negation-conflict');
    expect(flags).toContain('error:person-conflict');
  });

  it("still reads the patient's own sure yes as the answer", () => {
    const visit = indexOf([
      ['lege', 'Har du hatt slike anfall før?'],
      ['pasient', 'Nei, aldri. Jo, vent, i fjor sommer hadde jeg et.'],
    ]);
    expect(shownFlags('Har hatt tilsvarende anfall før.', visit, 'anamnese')).toEqual([]);
  });
});
