/**
 * Folds text for accent-insensitive matching: lower case, combining marks removed (é → e, å → a),
 * and the letters that do not decompose mapped by hand (ø → o, æ → ae, ß → ss), so "hoyre" typed
 * on a keyboard without Norwegian letters still finds "høyre".
 *
 * The result has the same length as the input for every character met in Norwegian speech except
 * æ and ß; callers that need offsets fold word by word, never whole strings.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Fast path: plain ASCII needs no decomposition.
  let isAscii = true;
  for (let index = 0; index < lower.length; index += 1) {
    if (lower.charCodeAt(index) > 127) {
      isAscii = false;
      break;
    }
  }
  if (isAscii) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}
