import { describe, expect, it } from 'vitest';
import { formatDuration, formatTimeLeft, joinNorwegian } from './format.js';

const minute = 60_000;
const hour = 60 * minute;

describe('formatTimeLeft', () => {
  it('shows hours and minutes until the automatic erasure, rounded down', () => {
    expect(formatTimeLeft(11 * hour + 42 * minute + 59_000, 0)).toBe('11 t 42 min');
  });

  it('leaves out zero minutes and zero hours', () => {
    expect(formatTimeLeft(3 * hour, 0)).toBe('3 t');
    expect(formatTimeLeft(8 * minute + 5_000, 0)).toBe('8 min');
  });

  it('never promises a minute that is not there', () => {
    expect(formatTimeLeft(59_000, 0)).toBe('under 1 min');
  });

  it('says the erasure is due once the time is up', () => {
    expect(formatTimeLeft(1_000, 1_000)).toBe('slettes nå');
    expect(formatTimeLeft(0, 5 * minute)).toBe('slettes nå');
  });
});

describe('formatDuration', () => {
  it('formats a recording time as minutes and seconds', () => {
    expect(formatDuration(187.9)).toBe('03:07');
  });

  it('adds hours for long recordings and clamps negative input', () => {
    expect(formatDuration(3_727)).toBe('1:02:07');
    expect(formatDuration(-4)).toBe('00:00');
  });
});

describe('joinNorwegian', () => {
  it('joins with «og» as Norwegian lists do', () => {
    expect(joinNorwegian(['Journalnotat'])).toBe('Journalnotat');
    expect(joinNorwegian(['Journalnotat', 'Henvisning'])).toBe('Journalnotat og Henvisning');
    expect(joinNorwegian(['a', 'b', 'c'])).toBe('a, b og c');
  });
});
