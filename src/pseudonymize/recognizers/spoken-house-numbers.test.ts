import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';

import { asRawText } from '../../core/index.js';
import { detectIdentifiers } from '../detect-identifiers.js';
import { createVault, pseudonymizeTranscript } from '../index.js';

function found(text: string, type: 'ADDRESS' | 'LOCATION' = 'ADDRESS'): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === type)
    .map((entity) => entity.text);
}

describe('withSpokenHouseNumbers', () => {
  it('finds a house number corrected with «nei, det er …» after the address', () => {
    expect(found('Pasient: Jeg bor i Kirkegata 9, nei, det er 9 B, ikke 9.')).toEqual([
      'Kirkegata 9',
      '9 B',
    ]);
  });

  it('finds a house number said after the street in a later clause or sentence', () => {
    expect(found('Pårørende: Hun bor i Elvegata. Nummer tolv.')).toEqual([
      'Elvegata',
      'Nummer tolv',
    ]);
    expect(found('Pasient: Vi bor i Ringveien, i det gule huset, nummer trettiåtte.')).toEqual([
      'Ringveien',
      'nummer trettiåtte',
    ]);
  });

  it('finds the number in «husnummeret er …» and «huset er nummer …»', () => {
    expect(found('Pasient: Husnummeret er femten, i Lindeveien.')).toEqual([
      'femten',
      'Lindeveien',
    ]);
    expect(found('Vegen heiter Lundevegen, og huset er nummer fire. Fire, ja.')).toContain(
      'nummer fire',
    );
  });

  it('finds lone numbers that answer a house-number question in the same text', () => {
    expect(found('Lege: Hvilket husnummer? Pasient: Tjuetre. Tjuetre A.')).toEqual([
      'Tjuetre',
      'Tjuetre A',
    ]);
  });

  it('finds a lone number after «hvilket nummer» about the street, and one repeating the address', () => {
    expect(found('Lege: Hvilket nummer i gata? Pasient: Femten.')).toEqual(['Femten']);
    expect(found('Lege: Nummeret på døra? Pasient: Tolv. Tolv B.')).toEqual(['Tolv', 'Tolv B']);
    expect(found('Pasient: Hun bor i Elvegata. Nummer tolv. Tolv, ja.')).toEqual([
      'Elvegata',
      'Nummer tolv',
      'Tolv',
    ]);
  });

  it('finds a lone number, and its old-order form, said next to a flat number', () => {
    expect(found('Førtifem. Altså femogførti. Og leiligheten er H0101, i første etasje.')).toEqual([
      'Førtifem',
      'femogførti',
      'H0101',
    ]);
  });

  it('finds a flat number said digit by digit', () => {
    expect(found('Gransdalen 21, leilighet ha null tre null en.')).toEqual([
      'Gransdalen 21',
      'ha null tre null en',
    ]);
  });

  it('finds a farm name after a place preposition', () => {
    expect(found('Ja, på Storgården, nede ved Sørkjosen.', 'LOCATION')).toContain('Storgården');
  });

  it('finds them in capitals and short forms too (the cue words are matched as the patterns are)', () => {
    expect(found('Gransdalen 21, LEILIGHET HA NULL TRE NULL EN.')).toEqual([
      'Gransdalen 21',
      'HA NULL TRE NULL EN',
    ]);
    expect(found('Gransdalen 21. Leil. ha null tre null en.')).toEqual([
      'Gransdalen 21',
      'ha null tre null en',
    ]);
    expect(found('HUSNUMMERET ER FEMTEN, i Lindeveien.')).toEqual(['FEMTEN', 'Lindeveien']);
    expect(found('Huset e nr. 7, i Lindeveien.')).toEqual(['nr. 7', 'Lindeveien']);
    expect(found('Og HUSNUMMERET? Femten.')).toEqual(['Femten']);
    expect(found('Vi flyttet til Nordgarden i fjor.', 'LOCATION')).toEqual(['Nordgarden']);
    expect(found('Hun bor på Vestgard nå.', 'LOCATION')).toEqual(['Vestgard']);
  });

  it('leaves numbers that are no house number alone', () => {
    expect(found('Bor i Storgata 5. Tar to tabletter om dagen.')).toEqual(['Storgata 5']);
    expect(found('Huset har to etasjer og ligger i Storgata 5.')).toEqual(['Storgata 5']);
    expect(found('Bor i Fjellveien 7. 3. etasje, uten heis.')).toEqual(['Fjellveien 7']);
    expect(found('Adresse: Fjellveien 7.\n2. Hypertensjon, velregulert.')).toEqual([
      'Fjellveien 7',
    ]);
    expect(found('Nei, det er ikke fjorten, det er femten milligram jeg tar.')).toEqual([]);
    expect(found('Vi må ha null sukker i to uker.')).toEqual([]);
    expect(found('Hvor mange barn har du? To.')).toEqual([]);
  });
});

describe('a house-number question in the turn before', () => {
  it('makes the lone numbers of the answer the house number, so none reaches the model', () => {
    const transcript = {
      segments: [
        { speaker: 'lege' as const, text: asRawText('Og husnummeret?') },
        {
          speaker: 'pasient' as const,
          text: asRawText('Sju. Nei, det e sytten, sju e naboen. Sytten.'),
        },
        { speaker: 'lege' as const, text: asRawText('Hvor mange barn har du?') },
        { speaker: 'pasient' as const, text: asRawText('To.') },
      ],
    };
    const vault = createVault({ random: (bytes) => randomBytes(bytes) });
    const result = pseudonymizeTranscript(transcript, { vault });
    const [, answer, , children] = result.transcript.segments.map((segment) => segment.text);
    expect(answer).not.toMatch(/sytten|sju\./iu);
    expect(children).toBe('To.');
  });

  it('takes a bare «Og nummer?» after the street as a question for the house number', () => {
    // Only about an address: the turn before answered «Hvor bor du nå?».
    const transcript = {
      segments: [
        { speaker: 'lege' as const, text: asRawText('Hvor bor du nå?') },
        { speaker: 'pasient' as const, text: asRawText('Det er Kjerraten.') },
        { speaker: 'lege' as const, text: asRawText('Kjerraten, ja. Og nummer?') },
        { speaker: 'pasient' as const, text: asRawText('Nitten. Nitten C. Over butikken.') },
        { speaker: 'lege' as const, text: asRawText('Hvilket nummer står det på esken?') },
        { speaker: 'pasient' as const, text: asRawText('Tjue. Tjue milligram.') },
      ],
    };
    const vault = createVault({ random: (bytes) => randomBytes(bytes) });
    const result = pseudonymizeTranscript(transcript, { vault });
    const [, , , answer, , dose] = result.transcript.segments.map((segment) => segment.text);
    expect(answer).not.toMatch(/nitten/iu);
    expect(dose).toBe('Tjue. Tjue milligram.');
  });
});
