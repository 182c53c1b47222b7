import { describe, expect, it } from 'vitest';

import { asRawText } from '../../core/index.js';
import { detectIdentifiers } from '../detect-identifiers.js';
import { createVault, pseudonymize, reidentify } from '../index.js';

function dates(text: string): string[] {
  return detectIdentifiers(text)
    .filter((entity) => entity.type === 'DATE')
    .map((entity) => text.slice(entity.start, entity.end));
}

describe('a season and its year', () => {
  it('replaces the season together with its year, so no part of the date is left', () => {
    expect(dates('Sist innlagt våren 2023 med pneumoni.')).toEqual(['våren 2023']);
    expect(dates('Ho flytta hit hausten 2019.')).toEqual(['hausten 2019']);
  });

  it('takes a clipped year after a dash or an apostrophe with its season', () => {
    expect(dates('pasient: sommeren -22 hadde jeg lungebetennelse.')).toEqual(['sommeren -22']);
    expect(dates("Innlagt høsten '19 med pneumoni.")).toEqual(["høsten '19"]);
  });

  it('keeps a season that comes back every year', () => {
    expect(dates('Om vinteren er astmaen verst.')).toEqual([]);
  });
});

describe('a season and its year through the vault', () => {
  it('gives each season-year back as written after pseudonymising, with the season kept', () => {
    // A vault that shifts every date by twenty weeks forward (byte 32: weeks − 2; byte 33: sign).
    const vault = createVault({
      random: (bytes) => {
        const buffer = Buffer.alloc(bytes, 5);
        buffer[32] = 18;
        buffer[33] = 0;
        return buffer;
      },
    });
    const raw = 'Innlagt hausten 2019 og igjen våren 2023.';
    const { text } = pseudonymize(asRawText(raw), { vault });
    expect(text).toContain('hausten 20');
    expect(text).not.toContain('[dato]');
    expect(reidentify(text, vault).text).toBe(raw);
  });

  it('gives a season with a clipped year back as written', () => {
    const vault = createVault({ random: (bytes) => Buffer.alloc(bytes, 5) });
    const raw = 'pasient: sommeren -22 hadde jeg lungebetennelse.';
    const { text } = pseudonymize(asRawText(raw), { vault });
    expect(text).not.toContain('-22');
    expect(reidentify(text, vault).text).toBe(raw);
  });
});
