import type { WordToken } from '../language/fold.js';
import { stemFolded } from '../language/stem.js';
import { relativeNouns } from '../../language/index.js';
import type { TranscriptIndex, TranscriptUnit } from './transcript-index.js';

/** Words (folded) that deny what follows ("ingen", "ikke", "aldri"), or answer no. */
const denialWords = new Set(['ingen', 'inga', 'intet', 'ikke', 'ikkje', 'aldri', 'nei', 'nope']);
/** "familien", "familia", "slekta" (folded): where a family history is placed. */
const familyWords = /^(?:famili\p{L}*|familj\p{L}*|slekt\p{L}*)$/u;

/** The note words without one of which {@link findDeniedFamilyHistory} finds nothing: its cue. */
export function isFamilyWord(folded: string): boolean {
  return familyWords.test(folded);
}
/** A reply's words for what was asked ("Men mor mi hadde det"). */
const anaphors = new Set(['det', 'dette', 'sann', 'sant', 'slikt', 'slik']);
/** Words of the denied clause that name no illness ("kjent", "i", "tidligere"). */
const fillerWords = new Set([
  'kjent',
  'kjend',
  'i',
  'pa',
  'noen',
  'noko',
  'tidligere',
  'tidlegare',
]);

/** Words (folded) of a question that name no illness ("eller", "noen", "hatt"). */
const questionFillerWords = new Set([
  'eller',
  'elle',
  'noen',
  'nokon',
  'nokre',
  'noko',
  'andre',
  'hatt',
  'hadde',
  'kjent',
  'kjend',
  'nære',
  'naere',
  'slekt',
]);

/**
 * Stems of the other things a question asked about ("diabetes" in "Er det noen i familien med
 * hjertesykdom eller diabetes?" when the note denies "hjertesykdom").
 */
function otherAskedStems(question: TranscriptUnit, stems: readonly string[]): string[] {
  return question.tokens
    .filter(
      (token) =>
        token.folded.length >= 4 &&
        !familyWords.test(token.folded) &&
        !questionFillerWords.has(token.folded) &&
        !fillerWords.has(token.folded) &&
        !relativeNouns.has(token.text.toLowerCase()) &&
        !stems.some((stem) => token.folded.startsWith(stem)),
    )
    .map((token) => stemFolded(token.folded).slice(0, 6))
    .filter((stem) => stem.length >= 4);
}

function isClinician(unit: TranscriptUnit): boolean {
  return unit.speaker === 'lege' || unit.speaker === 'sykepleier';
}

/** True when a word of the unit begins like one of the illness stems ("hjerte…", "blodpropp"). */
function namesIllness(unit: TranscriptUnit, stems: readonly string[]): boolean {
  return unit.tokens.some((token) => stems.some((stem) => token.folded.startsWith(stem)));
}

/** True when a unit says a relative has or had something, with no denial in it. */
function tellsOfRelative(unit: TranscriptUnit): boolean {
  return (
    !unit.isQuestion &&
    !isClinician(unit) &&
    unit.tokens.some((token) => relativeNouns.has(token.text.toLowerCase())) &&
    !unit.tokens.some((token) => denialWords.has(token.folded))
  );
}

/**
 * The denial word of "Ingen hjertesykdom i familien" when the conversation told of a relative with
 * it: the reply to a question that named it ("Er det hjertesykdom i familien?" "Far min fikk
 * infarkt"), or a relative said to have had what was asked ("Har du hatt blodpropp?" "Nei, aldri.
 * Men mor mi hadde det."). A reply that opens with "nei" counts only where it names the illness
 * again or says "det" of the relative ("Nei. Bror min har diabetes" is another illness).
 */
export function findDeniedFamilyHistory(options: {
  readonly tokens: readonly WordToken[];
  readonly index: TranscriptIndex;
}): number | undefined {
  const { tokens, index } = options;
  const family = tokens.findIndex((token) => familyWords.test(token.folded));
  if (family < 0) return undefined;
  // The denial and the illness: between a denial word and "i familien", in one clause.
  let denial = -1;
  for (let position = family - 1; position >= 0; position -= 1) {
    const left = tokens[position];
    const right = tokens[position + 1];
    if (left === undefined || right === undefined || right.start - left.end > 1) break;
    if (denialWords.has(left.folded)) {
      denial = position;
      break;
    }
  }
  if (denial < 0) return undefined;
  const stems = tokens
    .slice(denial + 1, family)
    .map((token) => token.folded)
    .filter((word) => !fillerWords.has(word) && word.length >= 4)
    .map((word) => stemFolded(word).slice(0, 6))
    .filter((stem) => stem.length >= 4);
  if (stems.length === 0) return undefined;
  for (let unitIndex = 0; unitIndex < index.units.length; unitIndex += 1) {
    const question = index.units[unitIndex];
    if (question === undefined || !question.isQuestion || !isClinician(question)) continue;
    if (!namesIllness(question, stems)) continue;
    const reply = index.replyTo(unitIndex) ?? unitIndex + 1;
    const first = index.units[reply];
    if (first === undefined || isClinician(first) || first.segment === question.segment) continue;
    const opensWithNo = index.answerTo(unitIndex) === 'no';
    for (let said = reply; index.units[said]?.segment === first.segment; said += 1) {
      const unit = index.units[said];
      if (unit === undefined || !tellsOfRelative(unit)) continue;
      const saysWhich =
        namesIllness(unit, stems) || unit.tokens.some((token) => anaphors.has(token.folded));
      const asksFamily = question.tokens.some((token) => familyWords.test(token.folded));
      // A relative with another illness the question also named ("Mor mi har diabetes" to
      // "… hjertesykdom eller diabetes?") says nothing of the one denied.
      const namesOtherAsked = namesIllness(unit, otherAskedStems(question, stems));
      if (saysWhich || (asksFamily && !opensWithNo && said === reply && !namesOtherAsked))
        return denial;
    }
  }
  return undefined;
}
