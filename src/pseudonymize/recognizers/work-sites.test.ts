import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeWorkSites', () => {
  it('takes a field or plant named like a person, after "jobber på", for the workplace', () => {
    expect(found('pasient: mannen jobbar på Edvard Grieg, tre veker ute.')).toContain(
      'WORKPLACE Edvard Grieg',
    );
  });

  it('takes a known place right after a verb of working for the workplace', () => {
    expect(found('Han jobber på Husnes og har tolvtimersskift.')).toContain('WORKPLACE Husnes');
  });

  it('takes a place after a trade of a plant and "på"/"ved" for the workplace, also in lower case', () => {
    expect(found('pasient: eg jobbar som operatør på mongstad, turnus.')).toContain(
      'WORKPLACE mongstad',
    );
    expect(found('Pasienten er operatør ved Tjeldbergodden og jobber natt.')).toContain(
      'WORKPLACE Tjeldbergodden',
    );
    expect(found('Jobber som miljøarbeider på Rjukan.')).toContain('LOCATION Rjukan');
  });

  it('keeps the place where the work is done, or the site after an employer, a place', () => {
    expect(found('Jobber i Malvik kommune som miljøarbeider på Hommelvik.')).toContain(
      'LOCATION Hommelvik',
    );
    expect(found('pasient: æ jobbe på Kiwi på Ranheim.')).toContain('LOCATION Ranheim');
    expect(found('Hun jobber i Trondheim.')).toContain('LOCATION Trondheim');
  });
  it('finds the vessel one works on after a noun of a vessel', () => {
    expect(found('Han er maskinist og har vore på tråleren Havørn i ti år.')).toContain(
      'WORKPLACE Havørn',
    );
    expect(found('Eier sjarken Måsøy Senior sammen med faren.')).not.toContain('LOCATION Måsøy');
  });

  it('finds an offshore installation named by a name and a letter, but not an initial', () => {
    expect(found('pasient: han e ute på Heidrun B no, kjem heim på onsdag.')).toContain(
      'WORKPLACE Heidrun B',
    );
    expect(found('Hun ligger på Post B i tredje etasje.')).toEqual([]);
    expect(found('Time hos Kari B. Hansen på fredag.')).not.toContain('WORKPLACE Kari B');
  });
  it('takes the institution a patient is referred to for an organisation, not a workplace', () => {
    expect(found('Henvises ergoterapeut ved Malvik helsesenter for hjelpemidler.')).toContain(
      'ORGANIZATION Malvik helsesenter',
    );
    expect(found('Hun jobber som ergoterapeut ved Malvik helsesenter.')).toContain(
      'WORKPLACE Malvik helsesenter',
    );
  });
});
