import { isClinicalWord } from '../language/clinical-terms.js';
import type { WordToken } from '../language/fold.js';
import { stemFolded } from '../language/stem.js';
import { perTranscript } from './per-transcript.js';
import type { TranscriptIndex } from './transcript-index.js';

/** The shortest head (folded stem) a compound is read by: "kramp", "utslet", "infeksjon". */
const minimumHead = 5;

interface SaidStems {
  /** Stems of words said denied about the patient ("aldri kramper", "ingen teikn til infeksjon"). */
  readonly denied: ReadonlySet<string>;
  /** Stems of words said otherwise: in statements, and in questions not answered no. */
  readonly other: ReadonlySet<string>;
}

/** Every word of the conversation by stem, denied or not (read once per transcript). */
const saidStems = perTranscript((index: TranscriptIndex): SaidStems => {
  const denied = new Set<string>();
  const other = new Set<string>();
  index.units.forEach((unit, unitIndex) => {
    const deniedByAnswer = unit.isQuestion && index.answerTo(unitIndex) === 'no';
    unit.tokens.forEach((token, position) => {
      const stem = stemFolded(token.folded);
      if (stem.length < minimumHead || deniedByAnswer) return;
      // (Only a finding, a clinical word or a lexicon concept is a head: "kramper", "infeksjon".)
      const isFinding =
        unit.claims.findingKey[position] !== undefined ||
        isClinicalWord(token.folded) ||
        (unit.claims.keys[position] ?? []).some((key) => /^c\d+$/.test(key));
      const isDenied =
        isFinding &&
        !unit.isQuestion &&
        !unit.isHypothetical &&
        unit.claims.negated[position] === true &&
        unit.claims.aboutOther[position] !== true;
      (isDenied ? denied : other).add(stem);
    });
  });
  return { denied, other };
});

/** True when the conversation said, not denied, some compound with this head ("andregradsforbrenning"). */
function saysCompoundOf(head: string, other: ReadonlySet<string>): boolean {
  for (const stem of other) if (stem.length > head.length && stem.endsWith(head)) return true;
  return false;
}

/**
 * A compound the sentence states present whose head the conversation only ever denied
 * ("Tidligere abstinenskramper" after "nei aldri kramper", "Skarlagensutslett" after "ikkje noko
 * utslett", "Overfladisk sårinfeksjon" after "ingen tegn til infeksjon i såret"): a kind of a thing
 * that was not there is not there either. Returns the compound's token and the denied head, or
 * undefined. A compound said as such in the conversation is left to the other checks.
 */
export function findDeniedCompoundHead(options: {
  readonly tokens: readonly WordToken[];
  readonly negated: readonly boolean[];
  readonly aboutOther: readonly boolean[];
  readonly index: TranscriptIndex;
}): { readonly token: number; readonly head: string } | undefined {
  const { tokens, negated, aboutOther, index } = options;
  const said = saidStems(index);
  if (said.denied.size === 0) return undefined;
  for (let position = 0; position < tokens.length; position += 1) {
    const token = tokens[position];
    if (token === undefined || negated[position] === true || aboutOther[position] === true)
      continue;
    if (token.folded.includes('-')) continue;
    const stem = stemFolded(token.folded);
    if (stem.length < minimumHead + 3 || index.words.has(token.folded) || said.other.has(stem))
      continue;
    for (const head of said.denied) {
      if (said.other.has(head) || saysCompoundOf(head, said.other)) continue;
      // The head is the compound's last part, after a first part of three letters or more.
      if (stem.length - head.length >= 3 && stem.endsWith(head)) return { token: position, head };
    }
  }
  return undefined;
}
