import { clinicalLexicon } from './clinical-lexicon.js';

/** The lexicon's note wording: spoken forms and the term a note writes for them. */
const noteTerms: readonly { readonly clinical: string; readonly lay: readonly string[] }[] =
  clinicalLexicon.flatMap((entry) =>
    entry.note === undefined
      ? []
      : [{ clinical: entry.note.term ?? entry.clinical, lay: entry.note.from }],
  );

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const rules: readonly { readonly pattern: RegExp; readonly clinical: string }[] = noteTerms
  .flatMap((entry) => entry.lay.map((lay) => ({ lay, clinical: entry.clinical })))
  // Longest first: "lavt stoffskifte" before "stoffskifte".
  .sort((a, b) => b.lay.length - a.lay.length)
  .map(({ lay, clinical }) => ({
    pattern: new RegExp(`(?<![\\p{L}])${escape(lay)}(?![\\p{L}])`, 'giu'),
    clinical,
  }));

/** One pass to tell whether any lay term occurs at all (most sentences have none). */
const anyLayTerm = new RegExp(
  `(?<![\\p{L}])(?:${noteTerms
    .flatMap((entry) => entry.lay)
    .map(escape)
    .join('|')})(?![\\p{L}])`,
  'iu',
);

/**
 * Body parts in the feminine or dialect definite form a note writes in the masculine ("vondt i
 * hofta" → "vondt i hoften", "falt på skuldra" → "falt på skulderen"). "fota" is not here: in
 * several dialects it is the plural (the feet), and "foten" would make a bilateral finding single.
 */
const bodyPartForms: Readonly<Record<string, string>> = {
  hofta: 'hoften',
  skuldra: 'skulderen',
  skuldera: 'skulderen',
  handa: 'hånden',
  hånda: 'hånden',
  tåa: 'tåen',
  ankla: 'ankelen',
  hæla: 'hælen',
  leggja: 'leggen',
  tunga: 'tungen',
};

const bodyPartPattern = new RegExp(
  `(?<![\\p{L}-])(?:${Object.keys(bodyPartForms).join('|')})(?![\\p{L}-])`,
  'giu',
);

/**
 * A duration in weeks in the dialect plural after a count ("i 3 uka", "to veka") as a note writes
 * it ("i 3 uker"); other units ("to dagan") are left as said.
 */
const dialectPluralAfterCount =
  /(?<![\p{L}])(\d+|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|par) (?:uka|ukan|veka|vekene)(?![\p{L}])/giu;

function withNoteInflections(text: string): string {
  return text
    .replace(bodyPartPattern, (match) => {
      const form = bodyPartForms[match.toLowerCase()] ?? match;
      return match.charAt(0) === match.charAt(0).toUpperCase()
        ? `${form.charAt(0).toUpperCase()}${form.slice(1)}`
        : form;
    })
    .replace(dialectPluralAfterCount, '$1 uker');
}

/**
 * Lay words to the clinical terms a note uses ("sukkersyken" → "diabetes", "blodprosenten" →
 * "Hb"), from the `note` wording of the lexicon in `clinical-lexicon.ts`. A term said twice in a row ("langtidsblodsukkeret,
 * HbA1c") is written once.
 */
export function toClinicalWording(said: string): string {
  const text = withNoteInflections(said);
  if (!anyLayTerm.test(text)) return text;
  let result = text;
  const written = new Set<string>();
  for (const rule of rules) {
    result = result.replace(rule.pattern, (match) => {
      written.add(rule.clinical);
      return match.charAt(0) !== match.charAt(0).toLowerCase() &&
        rule.clinical.charAt(0) === rule.clinical.charAt(0).toLowerCase()
        ? rule.clinical.charAt(0).toUpperCase() + rule.clinical.slice(1)
        : rule.clinical;
    });
  }
  // A spoken verb phrase rewritten as a noun leaves its dummy subject behind ("Det svir når pas.
  // tisser" → "Det dysuri"): the note writes the term alone ("Dysuri").
  for (const term of written) {
    result = result
      .replace(
        new RegExp(`(^|[.!?]\\s+)Det (?:er )?(${escape(term)})(?![\\p{L}])`, 'gu'),
        (_match, before: string, found: string) =>
          `${before}${found.charAt(0).toUpperCase()}${found.slice(1)}`,
      )
      // "Må tisse hele tiden, og det svir når pas. tisser" → "…, og dysuri" (session 37j).
      .replace(new RegExp(`(,? og )det (?:er )?(${escape(term)})(?![\\p{L}])`, 'gu'), '$1$2');
  }
  // "HbA1c, HbA1c, er 58" → "HbA1c er 58"; "Hb, hemoglobin, er" → "Hb er"; "diabetes, type en"
  // → "diabetes type 1".
  return result
    .replace(/(diabetes),? type (?:en|ein|én|1)(?![\p{L}\d])/giu, '$1 type 1')
    .replace(/(diabetes),? type (?:to|2)(?![\p{L}\d])/giu, '$1 type 2')
    .replace(/(?<![\p{L}])([\p{L}\d]+), \1,? /giu, '$1 ')
    .replace(/(?<![\p{L}])Hb, hemoglobin,? /gu, 'Hb ');
}
