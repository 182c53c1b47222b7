import type { Candidate } from '../types.js';

/**
 * "våren 2023", "sommeren 2024", "høsten -22", "vinteren 2019/2020", "hausten 2021": a season and
 * its year date an event in a person's life (ANNOTATION.md, DATE: "[våren 2024]"). The span covers
 * the season too, above the year alone, so no part of the date is left beside the surrogate.
 */
export function recognizeSeasonYears(text: string): Candidate[] {
  return [...text.matchAll(seasonYear)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: 'DATE' as const,
    confidence: 0.92,
  }));
}

const seasonYear =
  /(?<![\p{L}\d])(?:våren|sommeren|sommaren|høsten|hausten|vinteren|vintern)\s(?:(?:19|20)\d{2}(?:\/(?:19|20)?\d{2})?|[-'’]\d{2})(?![\p{L}\d])/giu;
