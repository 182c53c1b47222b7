import type { Candidate } from '../types.js';

/** A local unit of an employer: "avdeling Molde", "region Vest", "seksjon Nord". */
const unitSpan = /^(?:avdeling|avd\.|seksjon|region|regionkontor|distrikt|enhet|kontor)\s/iu;

/**
 * Before "<name>, avdeling X": the employer's name after an employer label or a verb of work
 * ("Arbeidsgiver: Statens vegvesen, avdeling Molde", "tilsett i Posten Norge, avdeling Bodø").
 * The name is one to four words, the first capitalised.
 */
const employerBeforeUnit =
  /(?:(?:^|[^\p{L}])(?:[Aa]rbeidsgiver|[Aa]rbeidsgjevar|[Aa]rbeidssted|[Aa]rbeidsstad)\s{0,2}(?::|\ser)|(?:^|[^\p{L}])(?:jobber|jobbar|jobbet|jobba|arbeider|arbeidar|arbeidet|ansatt|tilsett)\s{1,2}(?:i|på|hos|ved))\s{1,3}(\p{Lu}[\p{L}.&-]*(?:\s{1,2}[\p{L}][\p{L}.&-]*){0,3}),\s{1,2}$/u;

/**
 * "Statens vegvesen, avdeling Molde": an employer and its local unit after a comma are one
 * workplace. Joins the unit's span with the name before it — a span of the same type
 * the recognizers found, or the employer's name after a work cue that no recognizer knew
 * ("Arbeidsgiver: Statens vegvesen, avdeling Molde"), so no part of the name reaches the model
 * beside the surrogate. Only widens: a unit already found is never dropped or cut (issue 10).
 * `accepted` must be sorted and free of overlaps; so is the result.
 */
export function withEmployerUnitsJoined(text: string, accepted: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const unit of accepted) {
    if (
      // Only an employer: a hospital and its ward ("Ålesund sjukehus, avdeling X") are two
      // organisations in the annotation rules, and joining them drops a correct span.
      unit.type !== 'WORKPLACE' ||
      !unitSpan.test(text.slice(unit.start, unit.end)) ||
      !/,\s{1,2}$/u.test(text.slice(Math.max(0, unit.start - 3), unit.start))
    ) {
      out.push(unit);
      continue;
    }
    const previous = out.at(-1);
    const commaAt = text.lastIndexOf(',', unit.start);
    if (
      previous !== undefined &&
      previous.type === unit.type &&
      previous.end === commaAt &&
      !text.slice(previous.end, unit.start).includes('\n')
    ) {
      out[out.length - 1] = {
        start: previous.start,
        end: unit.end,
        type: unit.type,
        confidence: Math.max(previous.confidence, unit.confidence),
      };
      continue;
    }
    const lineStart = text.lastIndexOf('\n', unit.start) + 1;
    const before = text.slice(Math.max(lineStart, unit.start - 120), unit.start);
    const match = employerBeforeUnit.exec(before);
    const name = match?.[1];
    const start =
      match === null || name === undefined
        ? unit.start
        : unit.start - before.length + match.index + match[0].lastIndexOf(name);
    out.push(previous !== undefined && previous.end > start ? unit : { ...unit, start });
  }
  return out;
}
