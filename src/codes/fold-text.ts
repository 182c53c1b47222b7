/**
 * Folds text for diacritics-insensitive matching: lower case, combining marks removed (é → e,
 * å → a), and the Norwegian letters that do not decompose mapped by hand (ø → o, æ → ae), so a
 * clinician typing "hoyre" on a keyboard without Norwegian letters still finds "høyre".
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/** Splits folded text into words (letters and digits). */
export function toWords(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/**
 * Search form of folded text: also evens out the Latin/Norwegian spelling variants common in
 * medical terms, so "urtikaria" finds "Urticaria" and "karsinom" finds "carcinoma"
 * (ck → k, c before e/i/y → s, other c → k, ph → f, th → t). Used only for matching.
 */
export function toSearchForm(folded: string): string {
  return folded
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't');
}
