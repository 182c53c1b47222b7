import type { Claims } from './read-claims.js';
import type { TranscriptIndex } from './transcript-index.js';

/**
 * The findings the sentence states present, about the patient, that the conversation never states
 * present or absent and mentions about the patient only in questions: each finding's token and the
 * questions (unit indexes) that mention it, in token order.
 */
function* findingsOnlyAsked(
  claims: Claims,
  index: TranscriptIndex,
): Generator<{ readonly tokenIndex: number; readonly questions: readonly number[] }> {
  for (let tokenIndex = 0; tokenIndex < claims.findingKey.length; tokenIndex += 1) {
    const key = claims.findingKey[tokenIndex];
    if (key === undefined || claims.negated[tokenIndex] === true) continue;
    if (claims.aboutOther[tokenIndex] === true) continue;
    const { present, absent } = index.polarityEverywhere(key);
    if (present > 0 || absent > 0) continue;
    const mentioning = index.unitsMentioning(key).patient;
    if (mentioning.length === 0) continue;
    if (mentioning.some((unitIndex) => index.units[unitIndex]?.isQuestion !== true)) continue;
    yield { tokenIndex, questions: mentioning };
  }
}

/** Words that open a second clause of an answer ("nei, men …", "nei, bortsett fra …"). */
const contrastWords = new Set(['men', 'bortsett', 'unntatt', 'utenom']);

/**
 * True when the reply to a question adds nothing about the patient's own findings after a "men"
 * ("Nei, men kona mi har migrene"): its no then answers the question as asked. A reply that goes on
 * with a finding of the patient's, or with words the verifier cannot place ("nei, men hjartet slår
 * fort"), may answer another part of the question, so its no decides nothing here.
 */
function isPlainNo(index: TranscriptIndex, reply: number): boolean {
  const unit = index.units[reply];
  if (unit === undefined) return false;
  const contrast = unit.tokens.findIndex((token) => contrastWords.has(token.folded));
  if (contrast < 0) return true;
  let aboutOther = false;
  for (let position = contrast + 1; position < unit.tokens.length; position += 1) {
    if (unit.claims.findingKey[position] === undefined) continue;
    if (unit.claims.aboutOther[position] !== true) return false;
    aboutOther = true;
  }
  return aboutOther;
}

/**
 * A finding or diagnosis the sentence states about the patient that the conversation only asked
 * about, and the patient answered no ("Har du nokon gong hatt migrene?" "Nei, men kona mi har
 * migrene."), never stating it present or absent elsewhere: the token, or undefined. Fails closed:
 * every mention about the patient must be a question, at least one answered with a plain no, none
 * with a yes.
 */
export function findDeniedWhenAsked(options: {
  readonly claims: Claims;
  readonly index: TranscriptIndex;
}): number | undefined {
  const { claims, index } = options;
  for (const { tokenIndex, questions } of findingsOnlyAsked(claims, index)) {
    let deniedByAnswer = false;
    let decided = true;
    for (const unitIndex of questions) {
      const answer = index.answerTo(unitIndex);
      if (answer === 'yes') {
        decided = false;
        break;
      }
      const reply = index.replyTo(unitIndex);
      if (answer === 'no' && reply !== undefined && isPlainNo(index, reply)) deniedByAnswer = true;
    }
    if (decided && deniedByAnswer) return tokenIndex;
  }
  return undefined;
}

/** A reply that does not know ("vet ikke", "veit ikkje", "aner ikke", "usikker"), folded pairs. */
const unknownReply =
  /(?:^|\s)(?:vet ikke|vet ikkje|veit ikke|veit ikkje|veit itj|vet itj|aner ikke|aner ikkje|husker ikke|hugsar ikkje|hugser ikkje|usikker|usikkert)(?:\s|$)/u;

/** Words by which a sentence says what is not known ("Vekttap ukjent"), folded. */
const unknownInNote = new Set([
  'ukjent',
  'usikkert',
  'usikker',
  'uklart',
  'uavklart',
  'vet',
  'veit',
]);

/**
 * A finding the sentence states present that the conversation only asked about, where the reply
 * did not know ("Har han gått ned i vekt?" "Han vet ikke, han har ikke veid seg."), and nothing
 * else stated it present or absent: the token, or undefined. Fails closed: every mention about the
 * patient is a question, one of them followed at once by another speaker's reply that opens (within
 * its first four words) with not knowing, and the sentence itself does not say it is unknown.
 */
export function findUnknownWhenAsked(options: {
  readonly claims: Claims;
  readonly index: TranscriptIndex;
  readonly tokens: readonly { readonly folded: string }[];
}): number | undefined {
  const { claims, index, tokens } = options;
  if (tokens.some((token) => unknownInNote.has(token.folded))) return undefined;
  for (const { tokenIndex, questions } of findingsOnlyAsked(claims, index)) {
    let unknown = false;
    for (const unitIndex of questions) {
      const unit = index.units[unitIndex];
      const reply = index.units[unitIndex + 1];
      if (unit === undefined || reply === undefined || reply.speaker === unit.speaker) continue;
      const opening = reply.tokens
        .slice(0, 4)
        .map((token) => token.folded)
        .join(' ');
      if (unknownReply.test(opening)) unknown = true;
    }
    if (unknown) return tokenIndex;
  }
  return undefined;
}
