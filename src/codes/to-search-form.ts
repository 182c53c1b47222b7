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
