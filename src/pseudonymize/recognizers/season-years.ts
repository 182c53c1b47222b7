import type { Candidate } from '../types.js';

/**
 * "våren 2023", "sommeren 2024", "hausten 2021": a season and its year date an event in a person's
 * life (ANNOTATION.md, DATE: "[våren 2024]"). The span covers the season too, above the year alone;
 * the vault keeps the season word and shifts the year, so re-identification finds each year again.
 * A clipped year after a dash or an apostrophe ("sommeren -22", "høsten '19") counts too.
 */
export function recognizeSeasonYears(text: string): Candidate[] {
  // The pattern holds a digit: a text without one is skipped before the scan.
  if (!asciiDigit.test(text)) return [];
  return [...text.matchAll(seasonYear)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: 'DATE' as const,
    confidence: 0.92,
  }));
}

const asciiDigit = /\d/u;

const seasonYear =
  /(?<![\p{L}\d])(?:våren|sommeren|sommaren|høsten|hausten|vinteren|vintern)\s(?:(?:19|20)\d{2}|[-–'’]\d{2})(?![\p{L}\d]|\/\d)/giu;
