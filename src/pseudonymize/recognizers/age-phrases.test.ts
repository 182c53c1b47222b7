import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeAgePhrases', () => {
  it('takes ages after "i en alder av", decades of life and half years as whole ages', () => {
    expect(found('Kvinne i en alder av 88 år, innlagt med pneumoni.')).toEqual(['AGE 88 år']);
    expect(found('Mor er i 90-årsalderen og bor på sykehjem.')).toEqual(['AGE 90-årsalderen']);
    expect(found('Barnet, 2 og et halvt år, har hatt hoste.')).toEqual(['AGE 2 og et halvt år']);
    expect(found('Jenta er 4,5 år og går i barnehage.')).toEqual(['AGE 4,5 år']);
  });

  it('leaves durations, doses and vital signs alone', () => {
    expect(found('Han har røykt i en periode på 3,5 år og sluttet.')).toEqual([]);
    expect(found('Blodtrykket er over 90 i diastolisk, og pulsen er over 100.')).toEqual([]);
    expect(found('Dosen er 2 og et halvt mg, og hun tar 1/2 tablett.')).toEqual([]);
  });
});
