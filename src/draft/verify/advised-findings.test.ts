import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a clinician advising the patient to drink ("Da må du drikke masse")', () => {
  const visit = indexOf([
    ['lege', 'Hvordan går det med sukkeret?'],
    ['pasient', 'Jeg har vært mye trøtt, og så har jeg gått ned litt i vekt.'],
    ['lege', 'Det er varmt nå om dagen. Da må du drikke masse vann.'],
  ]);

  it('gives no support to a note that says the patient is thirsty', () => {
    expect(shownFlags('Polydipsi.', visit, 'anamnese')).toContain('warning:unsupported');
  });

  it('still bears out a plan that repeats the advice', () => {
    expect(shownFlags('Råd om å drikke masse vann.', visit, 'tiltak')).toEqual([]);
  });
});

describe('advice in nynorsk ("lurt å drikke og tisse masse")', () => {
  const visit = indexOf([
    ['lege', 'Kva kan eg hjelpe deg med i dag?'],
    ['pasient', 'Eg har svidd når eg tissar sidan i går.'],
    [
      'lege',
      'Dette er ein blærekatarr. Og så er det lurt å drikke og tisse masse dei neste dagane.',
    ],
  ]);

  it('gives no support to a note that says polydipsia', () => {
    expect(shownFlags('Svie ved vannlating og polydipsi.', visit, 'anamnese')).toContain(
      'warning:unsupported',
    );
  });
});

describe('the patient telling of drinking a lot', () => {
  const visit = indexOf([
    ['lege', 'Er du tørst?'],
    ['pasient', 'Ja, eg må drikke masse heile tida.'],
    ['lege', 'Du må ha drukke masse, ja.'],
  ]);

  it('still supports the note', () => {
    expect(shownFlags('Polydipsi.', visit, 'anamnese')).toEqual([]);
  });
});
