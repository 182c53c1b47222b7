import { describe, expect, it } from 'vitest';

import { asRawText } from '../../core/index.js';
import { detectIdentifiers } from '../detect-identifiers.js';
import { pseudonymize } from '../pseudonymize.js';
import { createVault } from '../vault.js';

const found = (text: string): string[] =>
  detectIdentifiers(text).map((entity) => `${entity.type}:${entity.text}`);

describe('withEmployerUnitsJoined (issue 10, s35f)', () => {
  it('takes an employer and its unit after a comma as one WORKPLACE', () => {
    expect(found('Arbeidsgiver: Statens vegvesen, avdeling Kristiansund')).toContain(
      'WORKPLACE:Statens vegvesen, avdeling Kristiansund',
    );
    expect(found('Han er ansatt i Statens vegvesen, avdeling Steinkjer.')).toContain(
      'WORKPLACE:Statens vegvesen, avdeling Steinkjer',
    );
  });

  it('never drops the unit: a national name without a unit is left as it was', () => {
    expect(found('Arbeidsgiver: Statens vegvesen')).toEqual([]);
    expect(found('Statens vegvesen stengte veien i natt.')).toEqual([]);
  });

  it('replaces the name and the unit each as a name, keeping the comma', () => {
    const vault = createVault({ random: () => Buffer.alloc(34, 7) });
    const output = pseudonymize(
      asRawText('Han er ansatt i Statens vegvesen, avdeling Steinkjer.'),
      { vault },
    ).text;
    expect(output).not.toContain('Steinkjer');
    expect(output).not.toContain('Statens');
    expect(output).toMatch(/vegvesen, /u);
  });
});
