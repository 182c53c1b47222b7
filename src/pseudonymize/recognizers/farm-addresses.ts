import type { Candidate } from '../types.js';

/**
 * "Adresse: Bakkely, 2340 Løten", "Bustad: Granstua, 3550 Gol": after an address label, a
 * capitalised farm or house name (with an optional Øvre/Nedre/… and house number) right before a
 * postal code and its post office is the postal address. In the countryside the farm or house
 * name is the address, with no street suffix for the street recognizers to find (issue 10).
 * After «bor på»/«bur på» the place recognizers already read such a name as a place (LOCATION,
 * as gården [Nordre Haugland] is annotated); typing it ADDRESS there lowered held-out figures.
 */
const farmAddress =
  /(?:^|[^\p{L}])(?:(?:(?:[Hh]jemme|[Hh]eime|[Pp]ost|[Bb]ustad|[Bb]osteds|[Bb]ostads|[Ff]olkeregistrert\s)?[Aa]dresse(?:n)?|[Aa]dressa|[Aa]dr\.?|[Bb]ustad|[Bb]osted)\s{0,2}(?::|\ser)\s{1,3})((?:(?:Øvre|Nedre|Nordre|Søndre|Vestre|Austre|Østre|Store|Vesle|Lille|Indre|Ytre|Midtre)\s{1,2})?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:\s{1,2}\d{1,3}(?:\s?[A-Ha-h](?![\p{L}\p{N}]))?)?),?\s{1,2}\d{4}\s{1,2}(\p{Lu}\p{Ll}+)/dgu;

/** Finds farm and house names used as the postal address, before a postal code and its place. */
export function recognizeFarmAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of text.matchAll(farmAddress)) {
    const name = match.indices?.[1];
    const place = match[2]?.toLowerCase();
    if (name === undefined || match[1] === undefined) continue;
    // "bor i Hamar, 2317 Hamar": the post office itself is a place, not an address.
    if (match[1].toLowerCase() === place) continue;
    // Below every place and name recognizer: a farm they already read ("bur på Nordre Haugen"
    // as a place) stays as read; this only covers a name nothing else found.
    out.push({ start: name[0], end: name[1], type: 'ADDRESS', confidence: 0.6 });
  }
  return out;
}
