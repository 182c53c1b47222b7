import { describe, expect, it } from 'vitest';
import { tokenize } from '../language/fold.js';
import { createCheckDispatch } from './check-dispatch.js';
import { sentenceChecks } from './sentence-checks.js';
import type { SentenceCheckDefinition } from './sentence-context.js';
import { indexOf, shownFlags } from './testing/shown-flags.js';

/** A check that raises nothing, with an optional cue. */
function checkNamed(name: string, cue?: (folded: string) => boolean): SentenceCheckDefinition {
  return { name, check: () => [], ...(cue === undefined ? {} : { cue }) };
}

/** The names of the checks the dispatch runs on a sentence, in order. */
function namesRun(checks: readonly SentenceCheckDefinition[], text: string): string[] {
  return createCheckDispatch(checks)
    .checksFor(tokenize(text))
    .map((position) => checks[position]?.name ?? '?');
}

describe('dispatching sentence checks by cue words', () => {
  const checks = [
    checkNamed('always-first'),
    checkNamed('smoking', (folded) => folded.startsWith('royk')),
    checkNamed('always-second'),
    checkNamed('fever', (folded) => folded === 'feber'),
  ];

  it('runs a check whose cue word is absent not at all, and checks without a cue always', () => {
    expect(namesRun(checks, 'Sover dårlig om natta.')).toEqual(['always-first', 'always-second']);
  });

  it('runs a check when the sentence has its cue word, in the order of the list', () => {
    expect(namesRun(checks, 'Har hatt feber siden lørdag.')).toEqual([
      'always-first',
      'always-second',
      'fever',
    ]);
    expect(namesRun(checks, 'Røyker ti sigaretter, ingen feber.')).toEqual([
      'always-first',
      'smoking',
      'always-second',
      'fever',
    ]);
  });

  it('tells apart more cued checks than one mask word holds', () => {
    const many = Array.from({ length: 40 }, (_unused, position) =>
      checkNamed(`word-${position}`, (folded) => folded === `ord${position}`),
    );
    expect(namesRun(many, 'ord3 og ord35 men ikke ord40')).toEqual(['word-3', 'word-35']);
  });

  it('calls a cued check once when its word is there and not at all when it is not', () => {
    let calls = 0;
    const counting: SentenceCheckDefinition = {
      name: 'counting',
      cue: (folded) => folded === 'svimmel',
      check: () => {
        calls += 1;
        return [];
      },
    };
    const list = [counting];
    const dispatch = createCheckDispatch(list);
    // (The counting check never reads its sentence.)
    const run = (text: string): void => {
      for (const position of dispatch.checksFor(tokenize(text)))
        list[position]?.check(undefined as never);
    };
    run('Blir kvalm når hun reiser seg.');
    expect(calls).toBe(0);
    run('Blir svimmel når hun reiser seg.');
    expect(calls).toBe(1);
  });
});

describe('cued checks of the verifier', () => {
  it('still flag a household said to smoke when the conversation said nobody does', () => {
    const index = indexOf([
      ['lege', 'Er det noen i huset som røyker?'],
      ['pårørende', 'Nei, ingen av oss røyker, verken jeg eller faren hans.'],
    ]);
    expect(shownFlags('Far røyker i hjemmet.', index, 'anamnese')).toContain(
      'error:negation-conflict',
    );
    // Without a word of smoking the household check is not run, and nothing is flagged as denied.
    expect(shownFlags('Far er hjemme med gutten.', index, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });

  it('still flag fever denied in the history where a temperature of 38 or more was said', () => {
    const index = indexOf([
      ['lege', 'Har du målt temperaturen?'],
      ['pasient', 'Ja, jeg målte trettiåtte komma seks i går kveld.'],
    ]);
    expect(shownFlags('Ingen feber.', index, 'anamnese')).toContain('error:negation-conflict');
    expect(shownFlags('Hoster om kvelden.', index, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });

  it('give each check with a cue a pure test of one word', () => {
    const cued = sentenceChecks.filter((definition) => definition.cue !== undefined);
    expect(cued.length).toBeGreaterThan(0);
    for (const definition of cued) {
      expect(definition.cue?.('')).toBe(definition.cue?.(''));
      expect(typeof definition.cue?.('feber')).toBe('boolean');
    }
  });
});
