import type { Candidate } from '../types.js';

/** Services where a person has a user name. */
const service =
  '(?:snapchat|snap|tiktok|instagram|insta|facebook|facebook-gruppa|twitter|discord|twitch|youtube|steam|reddit|nett|nettet)';

/** A handle: letters and digits with dots, underscores, hyphens or "#" inside. */
const handle = '[\\p{L}\\p{N}][\\p{L}\\p{N}._#-]{2,40}';

/** "heter fiskegutten88 på tiktok", "kaller seg mammatil3 på facebook", "spiller som X på nett". */
const handleBeforeService = new RegExp(
  `(?<![\\p{L}])(?:heter|kaller seg|kaller meg|spiller som|er)\\s(${handle})\\s(?:på|i)\\s${service}(?![\\p{L}])`,
  'dgiu',
);

/** A handle said aloud: "jonas underscore åtteåtte", "tommy punktum h" (the joiners as words). */
const spokenHandle = `${handle}(?:,? (?:understrek|underscore|bindestrek|punktum|strek) [\\p{L}\\p{N}]{1,40})*`;

/** "Brukernavnet hennes er tommy.h", "brukarnamnet mitt er …", "… er jonas underscore åtteåtte". */
const userNameIs = new RegExp(
  `(?<![\\p{L}])(?:brukernavn(?:et)?|brukarnamn(?:et)?|kallenavn(?:et)?|profilnavn(?:et)?|profilnamn(?:et)?)(?: (?:hans|hennes|mitt|ditt|deres|sitt))?(?: (?:på|i) ${service})? (?:er|var) (${spokenHandle})`,
  'dgiu',
);

/** "profilnavn siri.solbakken.77", "brukernavn: ola_n": without "er", the name must look like a handle. */
const userNameBare = new RegExp(
  `(?<![\\p{L}])(?:brukernavn(?:et)?|brukarnamn(?:et)?|profilnavn(?:et)?|profilnamn(?:et)?)(?: (?:hans|hennes|mitt|ditt|deres|sitt))?:? (${handle})`,
  'dgiu',
);

/** "Snap: ida.hansen04", "Discord: nattugla#4471", "Instagram: turjenta_99". */
const labelledHandle = new RegExp(
  `(?<![\\p{L}])(?:snapchat|snap|tiktok|instagram|insta|discord|twitter|steam|twitch)\\s?:\\s?(${handle})`,
  'dgiu',
);

/** Literals the patterns hold: a service's name (all start with one of these), a user-name word. */
const serviceCue = /snap|tiktok|insta|facebook|twitter|discord|twitch|youtube|steam|reddit|nett/iu;
const userNameCue = /navn|namn/iu;
const asciiDigit = /\d/u;

/** "M-45-HØ", "N-118-B": a fishing vessel's registration mark (county letters, number, municipality). */
const vesselMark = /(?<![\p{L}\p{N}-])\p{Lu}{1,2}-\d{1,4}-\p{Lu}{1,3}(?![\p{L}\p{N}-])/gu;

/**
 * User names and vessel marks that point at a person: a handle said with the service it belongs
 * to ("han heter fiskegutten88 på tiktok"), after "brukernavnet … er" or a service label ("Snap:
 * ida.hansen04"), and a fishing vessel's mark ("M-45-HØ"). A handle before "på <service>" must look
 * like one (a digit, a dot, an underscore, "#" or a capital inside): "han heter Ola på Facebook"
 * is a name, and the name recognizers take it.
 */
export function recognizeSocialHandles(text: string): Candidate[] {
  const out: Candidate[] = [];
  const pushGroup = (match: RegExpMatchArray, needsShape: boolean): void => {
    const value = (match[1] ?? '').replace(/[.,-]+$/u, '');
    if (value.length < 3 || (needsShape && !looksLikeHandle(value))) return;
    const start = match.indices?.[1]?.[0];
    if (start === undefined) return;
    out.push({
      start,
      end: start + value.length,
      type: 'OTHER',
      subtype: 'handle',
      confidence: 0.9,
    });
  };
  // Each pattern only where a literal it holds occurs (same flags: a match implies the cue).
  if (serviceCue.test(text))
    for (const match of text.matchAll(handleBeforeService)) pushGroup(match, true);
  if (userNameCue.test(text)) {
    for (const match of text.matchAll(userNameIs)) pushGroup(match, false);
    for (const match of text.matchAll(userNameBare)) pushGroup(match, true);
  }
  if (text.includes(':'))
    for (const match of text.matchAll(labelledHandle)) pushGroup(match, false);
  if (asciiDigit.test(text) && text.includes('-'))
    for (const match of text.matchAll(vesselMark))
      out.push({
        start: match.index,
        end: match.index + match[0].length,
        type: 'OTHER',
        subtype: 'vessel',
        confidence: 0.85,
      });
  return out;
}

/** A digit, dot, underscore or "#" inside, or a capital after the first letter ("DarkWolf99"). */
function looksLikeHandle(value: string): boolean {
  return /[\p{N}._#]/u.test(value) || /^.\p{Ll}*\p{Lu}/u.test(value);
}
