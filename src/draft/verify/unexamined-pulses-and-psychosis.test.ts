import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('routine normals a note adds that nobody examined: pulses and psychotic symptoms', () => {
  it('flags "palpable fotpulser" added to a wound seen on video', () => {
    const visit = indexOf([
      ['sykepleier', 'Såret på høyre legg er fire ganger tre centimeter.'],
      ['sykepleier', 'Det er gult belegg i bunnen, og det lukter litt.'],
    ]);
    expect(
      shownFlags(
        'Sår 4 x 3 cm på høyre legg med gult belegg og lett lukt, palpable fotpulser.',
        visit,
        'funn',
      ),
    ).toContain('warning:unsupported');
    expect(
      shownFlags('Sår 4 x 3 cm på høyre legg med gult belegg og lett lukt.', visit, 'funn'),
    ).toEqual([]);
  });

  it('leaves "palpable fotpulser" alone where the nurse felt the pulses of the foot', () => {
    const visit = indexOf([
      ['sykepleier', 'Såret på høyre legg er fire ganger tre centimeter.'],
      ['sykepleier', 'Jeg kjenner pulsene på foten, de er fine.'],
    ]);
    expect(
      shownFlags('Sår 4 x 3 cm på høyre legg, palpable fotpulser.', visit, 'funn'),
    ).not.toContain('warning:unsupported');
  });

  it('flags "ingen psykotiske symptomer" added to what the clinician saw', () => {
    const visit = indexOf([
      ['lege', 'Du virker roligere i dag enn sist, og du ser på meg når vi snakker.'],
    ]);
    expect(
      shownFlags(
        'Roligere enn ved forrige konsultasjon, god blikkontakt, ingen psykotiske symptomer.',
        visit,
        'funn',
      ),
    ).toContain('warning:unsupported');
  });
});
