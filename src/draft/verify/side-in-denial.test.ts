import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// Dev cases v704, v706, v701: a side the conversation names only as healthy or inside a denial
// does not support a note that puts the complaint there.
describe('a side named only inside a denial or as healthy', () => {
  const fall = indexOf([
    ['pasient', 'Eg slo ikkje hovudet. Men eg har vondt i venstre hofta no.'],
    ['lege', 'Det er en stor blåflekk over venstre hofte.'],
    ['lege', 'Ingen ømhet i høyre hofte.'],
  ]);

  it('flags «Smerter i høyre hofte» where only the left hip hurt', () => {
    expect(shownFlags('Smerter i høyre hofte etter fallet.', fall, 'anamnese')).toContain(
      'error:laterality-conflict',
    );
  });

  it('accepts the left hip and the denial of the right one', () => {
    expect(shownFlags('Smerter i venstre hofte etter fallet.', fall, 'anamnese')).toEqual([]);
    expect(shownFlags('Ingen ømhet i høyre hofte.', fall, 'funn')).toEqual([]);
  });

  it('flags the swapped sides of «Synovitt … høyre hånd, venstre hånds fingerledd rolige»', () => {
    const hands = indexOf([
      ['pasient', 'Fingran på vinstre handa æ vonde.'],
      [
        'lege',
        'Høyre håndledd er hovent og ømt. På venstre hånd har du synovitt i MCP 2 og 3. Fingrene på høyre hånd er rolige.',
      ],
    ]);
    expect(
      shownFlags(
        'Synovitt i MCP 2 og 3 høyre hånd, venstre hånds fingerledd rolige.',
        hands,
        'funn',
      ),
    ).toContain('error:laterality-conflict');
    expect(
      shownFlags(
        'Synovitt i MCP 2 og 3 venstre hånd, høyre hånds fingerledd rolige.',
        hands,
        'funn',
      ),
    ).toEqual([]);
  });
});

describe('«for» in a drafted sentence is no «før»', () => {
  const breast = indexOf([
    ['pasient', 'Æ har kjent en kul i høyre bryst, sånn oppe mot armhula.'],
    [
      'lege',
      'I høyre bryst kjenner jeg en fast kul på cirka to centimeter. Venstre bryst er uten funn.',
    ],
  ]);

  it('flags a lump put in the breast that was without findings, referred «for brystkreft»', () => {
    expect(
      shownFlags(
        'Palpabel oppfylling i venstre bryst, henvises i pakkeforløp for brystkreft.',
        breast,
        'problemstilling',
      ),
    ).toContain('error:laterality-conflict');
  });
});
