import { describe, expect, it } from 'vitest';
import {
  findNumbersNeverSaid,
  findRegisterViolations,
  isSafetyCriticalNegative,
  mentionsRelative,
  rougeL,
} from './note-metrics.js';

describe('note metrics', () => {
  it('scores ROUGE-L 1 for the same words and 0 for none in common', () => {
    expect(rougeL('Ingen feber. Temp 38,2.', 'ingen feber temp 38,2').f1).toBe(1);
    expect(rougeL('Hoste i tre dager.', 'Utslett på armene.').f1).toBe(0);
    const partial = rougeL('Temp 38,2 og ingen hoste.', 'Temp 38,2. Ingen hoste eller feber.');
    expect(partial.f1).toBeGreaterThan(0.5);
    expect(partial.f1).toBeLessThan(1);
  });

  it('finds first and second person, filler, dialect and questions in a note', () => {
    const violations = findRegisterViolations(
      [
        'Jeg synes det er riktig med penicillin.',
        'Har eh vondt i halsen.',
        'Æ har vondt i foten.',
        'Har du feber?',
        'Ingen feber. Temp 36,9.',
      ],
      'note',
    );
    expect(violations.map((violation) => violation.kinds)).toEqual([
      ['person'],
      ['filler'],
      ['dialect'],
      ['person', 'question'],
    ]);
  });

  it('reads the verb «bære» as bokmål and the dialect «bære» (only) as dialect (session 34f)', () => {
    expect(
      findRegisterViolations(['Skal ikke bære tunge ting.', 'Unngå å bære handleposer.'], 'note'),
    ).toEqual([]);
    expect(findRegisterViolations(['Er bære litt trøtt.'], 'note')).toHaveLength(1);
  });

  it('lets a letter say "du" and "vi" but not "hun" or "pas."', () => {
    expect(
      findRegisterViolations(['Du har høyt blodtrykk, og vi tar ny prøve.'], 'letter'),
    ).toEqual([]);
    expect(findRegisterViolations(['Hun skal ta én tablett.'], 'letter')).toHaveLength(1);
  });

  it('counts a number never said, and not one that was said in words or in grams', () => {
    const transcript = ['Metformin fem hundre, to ganger om dagen.', 'Paracet ett gram.'];
    expect(findNumbersNeverSaid('Metformin 500 mg x 2. Paracetamol 1000 mg.', transcript)).toEqual(
      [],
    );
    expect(findNumbersNeverSaid('Metformin 502 mg.', transcript)).toEqual([502]);
    expect(findNumbersNeverSaid('Diagnose J06.9, fritt T4 normalt.', transcript)).toEqual([]);
  });

  it('recognises relatives and safety-critical negatives', () => {
    expect(mentionsRelative('Kona mi har KOLS.')).toBe(true);
    expect(mentionsRelative('Har KOLS selv.')).toBe(false);
    expect(isSafetyCriticalNegative('ingen selvmordstanker')).toBe(true);
    expect(isSafetyCriticalNegative('allergi mot penicillin')).toBe(false);
  });
});
