import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('"tidligere røyker" where the patient never smoked', () => {
  const visit = indexOf([
    ['lege', 'Røyker du?'],
    ['pasient', 'Nei, jeg har aldri røykt. Far min røykte og døde av hjerteinfarkt.'],
  ]);

  it("flags a former smoker written from the father's habit", () => {
    expect(shownFlags('Tidligere røyker.', visit, 'anamnese')).toContain('error:negation-conflict');
  });

  it('bears out "aldri røykt"', () => {
    expect(shownFlags('Aldri røykt.', visit, 'anamnese')).toEqual([]);
  });

  it('does not flag a former smoker who said they stopped', () => {
    const stopped = indexOf([
      ['lege', 'Har du røykt?'],
      ['pasient', 'Æ slutta for ti år sia. Æ har aldri røykt inne.'],
    ]);
    expect(shownFlags('Tidligere røyker.', stopped, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });

  it('does not flag a former smoker who denied only cigarettes and smoked a pipe', () => {
    const pipe = indexOf([
      ['lege', 'Røyker du?'],
      [
        'pasient',
        'Jeg har aldri røykt sigaretter, men jeg hadde pipe i tjue år til jeg var femti.',
      ],
    ]);
    expect(shownFlags('Tidligere røyker.', pipe, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });

  it('does not flag a former smoker whose "men …" tells of a pipe', () => {
    const pipe = indexOf([
      ['lege', 'Røyker du?'],
      ['pasient', 'Nei, aldri røykt, men jeg hadde pipe en stund.'],
    ]);
    expect(shownFlags('Tidligere røyker.', pipe, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });
});
