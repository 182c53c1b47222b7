import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('maleFirstNames', () => {
  it('knows the nature-word boy names "varg" and "falk", so a kin frame finds them in lower case', () => {
    expect(found('pasient: sønnen vår varg kjørte meg hit.')).toContain('PERSON varg');
    expect(found('pasient: barnebarnet mitt, falk, var med til time.')).toContain('PERSON falk');
  });
});
