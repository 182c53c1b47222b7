/** Word lists for habits (smoking, snus) shared by the claim reader and the never-habit checks. */

/** A habit given up, said in the past tense (folded: "sluttet", "slutta", "kutta", "stumpa"). */
export const stoppedPastWords = /^(?:slutta|sluttet|stumpa|stumpet|kutta|kuttet)$/u;

/** A habit named as a noun (folded: "røyking", "snusing"). */
export const habitNouns: ReadonlySet<string> = new Set([
  'royking',
  'roykingen',
  'snusing',
  'snusingen',
]);

/** Forms a habit takes (folded): "sigaretter", "pipe", "sigar", "rulletobakk", "snus", "e-sigarett". */
export const habitForm =
  /^(?:sigarett\p{L}*|sigar\p{L}*|pipe|pipa|piper|rulle\p{L}*|rullings|tobakk\p{L}*|snus|e-sigarett\p{L}*|vape|hasj|cannabis)$/u;
