/**
 * One test per leak listed in issue 10 ("Why"): each was a way a direct identifier, or part of
 * one, reached a language model. Synthetic text, written for these tests.
 */
import { randomBytes } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { asRawText } from '../core/index.js';
import { createVault, detectIdentifiers, pseudonymize } from './index.js';
import type { DetectedEntity, PhiType } from './index.js';

/** The letters and digits of `value` in `text` that no detected span covers. */
function uncovered(text: string, value: string, entities: readonly DetectedEntity[]): string {
  const start = text.indexOf(value);
  expect(start, `"${value}" is in the text`).toBeGreaterThanOrEqual(0);
  let left = '';
  for (let index = start; index < start + value.length; index++) {
    const covered = entities.some((entity) => entity.start <= index && index < entity.end);
    if (!covered && /[\p{L}\p{N}]/u.test(text.charAt(index))) left += text.charAt(index);
  }
  return left;
}

function expectProtected(text: string, values: readonly string[]): readonly DetectedEntity[] {
  const entities = detectIdentifiers(text);
  for (const value of values) expect(uncovered(text, value, entities), value).toBe('');
  return entities;
}

function typesOf(entities: readonly DetectedEntity[], value: string): PhiType[] {
  return entities.filter((entity) => entity.text.includes(value)).map((entity) => entity.type);
}

describe('the leaks of issue 10 stay closed', () => {
  it('replaces a street without a street-word ending said after "adressen er"', () => {
    const text = 'Pasient: Ja, adressen er Granly 4, rett ved skolen.';
    const entities = expectProtected(text, ['Granly 4']);
    expect(typesOf(entities, 'Granly')).toEqual(['ADDRESS']);
  });

  it('finds a first name that is also a noun at the start of a sentence before a verb', () => {
    const text = 'Liv ringer tilbake etter lunsj. Sol kommer med bussen.';
    const entities = expectProtected(text, ['Liv', 'Sol']);
    expect(typesOf(entities, 'Liv')).toEqual(['PERSON']);
  });

  it('keeps an e-mail address whole when it holds the patient’s own first name', () => {
    const text = 'Send innkallingen til hanne.t1987@example.no før fredag.';
    const entities = detectIdentifiers(text, { known: { name: 'Hanne Tveit' } });
    expect(entities.map((entity) => [entity.type, entity.text])).toContainEqual([
      'EMAIL',
      'hanne.t1987@example.no',
    ]);
    expect(entities.filter((entity) => entity.type === 'PERSON')).toEqual([]);
  });

  it('finds a name written in lower case by speech-to-text after "heter"', () => {
    const text = 'Pasient: ja, jeg heter torunn myhre og er her for kneet.';
    const entities = expectProtected(text, ['torunn myhre']);
    expect(typesOf(entities, 'torunn')).toEqual(['PERSON']);
  });

  it('finds a name that is a noun in name context, but not the season in "vår og sommer"', () => {
    const named = expectProtected('Pasient: hun heter vår, og hun er søsteren min.', ['vår']);
    expect(typesOf(named, 'vår')).toEqual(['PERSON']);
    expect(detectIdentifiers('Allergien er verst vår og sommer, bedre om vinteren.')).toEqual([]);
  });

  it('replaces a farm name with Nedre/Vestre before it as one place', () => {
    const text = 'Hun bor på Nedre Dyrhaug sammen med mannen.';
    const entities = expectProtected(text, ['Nedre Dyrhaug']);
    expect(entities.find((entity) => entity.text === 'Nedre Dyrhaug')?.type).toBe('LOCATION');
  });

  it('finds an e-mail address spelled out with "understrek", "på" and "punktum"', () => {
    const text = 'Pasient: e-posten er geir understrek lunde på online punktum no, med liten g.';
    const entities = expectProtected(text, ['geir understrek lunde på online punktum no']);
    expect(typesOf(entities, 'understrek')).toEqual(['EMAIL']);
  });

  it('finds a spoken age over 89 and generalises it', () => {
    const text = asRawText('Pårørende: Bestefar er nittisju og bor fortsatt alene.');
    const entities = expectProtected(text, ['nittisju']);
    expect(typesOf(entities, 'nittisju')).toEqual(['AGE']);
    const result = pseudonymize(text, { vault: createVault({ random: randomBytes }) });
    expect(result.text).not.toContain('nittisju');
  });

  it('finds dotted initials used for a clinician', () => {
    const entities = expectProtected('Vurdert av B.R. i dag, ny kontroll om to uker.', ['B.R.']);
    expect(typesOf(entities, 'B.R.')).toEqual(['PERSON']);
  });

  it('replaces a workplace whose name holds a number, digits and all', () => {
    const text = 'Hun jobber på Kiwi 330 Byåsen i helgene.';
    const entities = expectProtected(text, ['Kiwi 330 Byåsen']);
    expect(typesOf(entities, 'Kiwi')).toEqual(['WORKPLACE']);
  });

  it('does not let an unsure guess, such as a heading, spread as a person to later lines', () => {
    const vault = createVault({ random: randomBytes });
    // An unknown capitalised word after "av" is a weak person guess: replaced where it stands …
    const first = pseudonymize(asRawText('Skrevet av Skeibrok i dag.'), { vault });
    expect(first.entities.map((entity) => entity.type)).toEqual(['PERSON']);
    expect(first.text).not.toContain('Skeibrok');
    // … but not taken for the same person wherever the word comes back.
    const later = pseudonymize(asRawText('Skeibrok ble varslet om fallet.'), { vault });
    expect(later.text).toBe('Skeibrok ble varslet om fallet.');
  });

  it('still carries a confident name over to later lines of the same consultation', () => {
    const vault = createVault({ random: randomBytes });
    pseudonymize(asRawText('Lege: Hei, jeg heter Sigvald Ruud.'), { vault });
    const later = pseudonymize(asRawText('Ruud skriver resept.'), { vault });
    expect(later.text).not.toContain('Ruud');
  });

  it('does not take ICD-10 code texts or inflected drug names for persons', () => {
    const text = 'J44.1 Chronic obstructive pulmonary disease. Airomiren og Ventolinen ved behov.';
    expect(detectIdentifiers(text).filter((entity) => entity.type === 'PERSON')).toEqual([]);
  });
});
