/*
 * Session 32o (issue 12, point 2): the clinician's explanation to the patient goes, the decision
 * stays. A follow-up's generic purpose («… for å se at trommehinnen er normalisert», «… for å høre
 * hvordan det går») and how a drug works («…, det gjør blodet tynnere så det ikke klumper seg»)
 * are not written; what is checked, a drug, a dose and a safety warning are. Fresh synthetic text
 * (not the shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import { draftJournalNote as draft, sectionText as section } from './testing/draft-lines.js';
import { withoutPedagogyClauses } from './trim-reason-clauses.js';

const opening = [
  ['lege', 'Hva kan jeg hjelpe deg med?'],
  ['pasient', 'Jeg har hatt vondt i høyre øre i tre dager.'],
] as const;

describe('a follow-up without the purpose told to the patient', () => {
  it('writes «Kontroll om 3 uker.» without «for å se at trommehinnen er normalisert»', async () => {
    const output = await draft([
      ...opening,
      ['lege', 'Kontroll om tre uker for å se at trommehinnen er normalisert.'],
    ]);
    const plan = section(output, 'tiltak');
    expect(plan).toMatch(/[Kk]ontroll om 3 uker/u);
    expect(plan).not.toMatch(/for å se|normalisert/u);
  });

  it('leaves out «for å høre hvordan det går» and keeps what follows it', () => {
    expect(
      withoutPedagogyClauses(
        'Vil se pas. igjen om 1 måned for å høre hvordan det går, og så tas Hb igjen om et halvt år.',
      ),
    ).toBe('Vil se pas. igjen om 1 måned, og så tas Hb igjen om et halvt år.');
  });

  it('keeps a purpose that says what is checked or done («for å se om kaliumet», «for å ta av gipsen», «for å utelukke»)', () => {
    for (const kept of [
      'Ny blodprøve om 1 uke for å se om kaliumet har gått ned.',
      'Kontroll om 3 uker for å ta av gipsen.',
      'Blodprøver for å utelukke lavt stoffskifte.',
      'Kontroll om 2 uker for å se at såret ikke er infisert.',
    ]) {
      expect(withoutPedagogyClauses(kept)).toBe(kept);
    }
  });
});

describe('a drug without how it works', () => {
  it('writes Albyl-E 75 mg without «det gjør blodet tynnere så det ikke klumper seg»', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg får vondt i brystet når jeg går i bakker.'],
      [
        'lege',
        'Du starter med Albyl-E 75 mg hver dag, det gjør blodet tynnere så det ikke klumper seg.',
      ],
    ]);
    const plan = section(output, 'tiltak');
    expect(plan).toMatch(/Albyl-E 75 mg/u);
    expect(plan).not.toMatch(/tynnere|klumper/u);
  });

  it('keeps a warning about bleeding and a clause that is not about the body («det gjør vondt»)', () => {
    for (const kept of [
      'Starter Albyl-E 75 mg, det gjør blodet tynnere så du blør lettere.',
      'Ikke trykk på såret, det gjør vondt.',
      'Sykmelder deg i 2 uker, fordi du har hjertesvikt.',
    ]) {
      expect(withoutPedagogyClauses(kept)).toBe(kept);
    }
  });
});
