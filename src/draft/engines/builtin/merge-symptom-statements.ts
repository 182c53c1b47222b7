import { loosen } from './classify.js';
import type { ConversationAnalysis, Statement } from './analyze-conversation.js';

/*
 * Several statements about one symptom become one clinical sentence: "Har hostet i 2 uker.
 * Hosten er tørr. Han er verst om natten." → "Har hostet i 2 uker, tørr, verst om natten." A
 * statement follows on from the one before when its subject is that symptom (the same word, or a
 * pronoun standing for it) and it only says what the symptom is like.
 */

/**
 * Symptom words (loosened beginnings) whose qualities a patient tells one by one, with the noun
 * a note writes for them ("Han er verst om kvelden" after "Har hatt hodepine" → "Hodepine verst
 * om kvelden").
 */
const symptomNouns: Readonly<Record<string, string>> = {
  host: 'hoste',
  hodep: 'hodepine',
  smert: 'smerter',
  vondt: 'smerter',
  verk: 'verk',
  utslet: 'utslett',
  klo: 'kløe',
  svie: 'svie',
  feber: 'feber',
  kvalm: 'kvalme',
  diare: 'diaré',
  oppkast: 'oppkast',
  tungpust: 'tungpust',
  svimmel: 'svimmelhet',
  hevels: 'hevelse',
  ubehag: 'ubehag',
  stikk: 'stikking',
  press: 'pressfølelse',
};
const symptomBeginnings = Object.keys(symptomNouns);

/** A quality or place of a symptom said with a pronoun subject ("Den sitter i brystet"). */
const qualityOpening =
  /^(?:verst|verre|mest|konstant|torr|slimete|sterk|sterkere|svak|stikkende|verkende|murrende|brennende|jevn|periodisk|okende|tiltagende|avtagende|bedre|lokalisert|plassert|nede|oppe|rundt|midt|i|pa|om|ved|under|bak)(?![a-z])/;

/** A quality said without a subject at all ("Verst om morgenen", "Konstant"). */
const bareQuality =
  /^(?:verst|verre|mest plaget|konstant|torr|slimete|stikkende|verkende|murrende|brennende|dunkende|pulserende|jevn|periodisk|okende|tiltagende|avtagende)(?![a-z])/;

const followerPattern =
  /^(\p{L}+) (?:er|var|blir|ble|sitter|kommer|kjennes|foles) (?:ofte |mest |helst |alltid )?(.+?)[.!]?$/u;

function symptomOf(text: string): string | undefined {
  for (const word of loosen(text).split(/[^a-z]+/u)) {
    const beginning = symptomBeginnings.find((candidate) => word.startsWith(candidate));
    if (beginning !== undefined) return beginning;
  }
  return undefined;
}

/** What a follower says of the symptom, or `undefined` when it is not about that symptom. */
function qualityOf(
  follower: Statement,
  symptom: string,
  speaker: Statement['speaker'],
): string | undefined {
  return qualityAndSubjectOf(follower, symptom, speaker)?.quality;
}

/** The quality, and whether the follower named its subject only by a pronoun. */
function qualityAndSubjectOf(
  follower: Statement,
  symptom: string,
  speaker: Statement['speaker'],
): { readonly quality: string; readonly byPronoun: boolean } | undefined {
  if (follower.kind !== 'history' || follower.speaker !== speaker) return undefined;
  // "Verst om morgenen." — the note already dropped "Den er".
  if (bareQuality.test(loosen(follower.text)))
    return {
      quality: follower.text
        .replace(/[.!]$/u, '')
        .replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()),
      byPronoun: true,
    };
  const match = followerPattern.exec(follower.text);
  const subject = match?.[1];
  const quality = match?.[2];
  if (subject === undefined || quality === undefined) return undefined;
  const looseSubject = loosen(subject);
  const looseQuality = loosen(quality);
  const namesSymptom = looseSubject.startsWith(symptom.slice(0, 4));
  // "Han er verst om natten" from the patient: "han" is the cough, never the patient; from a
  // parent it may be the child, so only "den"/"det" stand for the symptom there.
  const pronoun =
    looseSubject === 'den' ||
    looseSubject === 'det' ||
    ((looseSubject === 'han' || looseSubject === 'hun') && speaker === 'pasient');
  if (!namesSymptom && !(pronoun && qualityOpening.test(looseQuality))) return undefined;
  // "…, pas. våkner av det" → "…, våkner av det".
  return {
    quality: quality.replace(/(,\s*(?:og |men )?)pas\. /gu, '$1'),
    byPronoun: !namesSymptom,
  };
}

/**
 * Merges the statements that go on describing the symptom of the statement before them into one
 * sentence with all their evidence. The reason for contact stays one short line: what follows it
 * is merged among itself, into the history.
 */
export function mergeSymptomStatements(analysis: ConversationAnalysis): ConversationAnalysis {
  const statements: Statement[] = [];
  const source = analysis.statements;
  let index = 0;
  while (index < source.length) {
    const head = source[index];
    index += 1;
    if (head === undefined) continue;
    statements.push(head);
    if ((head.kind !== 'history' && head.kind !== 'reason') || head.byRelative === true) continue;
    const symptom = symptomOf(head.text);
    if (symptom === undefined) continue;
    let base: Statement | undefined = head.kind === 'history' ? head : undefined;
    const qualities: string[] = [];
    const evidence = [...(base?.evidence ?? [])];
    while (index < source.length) {
      const follower = source[index];
      if (follower === undefined) break;
      const quality = qualityOf(follower, symptom, head.speaker);
      if (quality === undefined) break;
      index += 1;
      if (base === undefined) {
        // After the reason: the first follower keeps its own subject ("Hosten er tørr"), or
        // names the symptom instead of a pronoun ("Han er verst om kvelden" → "Hodepine verst
        // om kvelden").
        const said = qualityAndSubjectOf(follower, symptom, head.speaker);
        const noun = symptomNouns[symptom];
        base =
          said?.byPronoun === true && noun !== undefined
            ? {
                ...follower,
                text: `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${said.quality}.`,
              }
            : follower;
        evidence.push(...follower.evidence);
        statements.push(base);
        continue;
      }
      qualities.push(quality);
      evidence.push(...follower.evidence);
    }
    if (base === undefined || qualities.length === 0) continue;
    statements[statements.length - 1] = {
      ...base,
      text: `${base.text.replace(/[.!]$/u, '').replace(/(,\s*(?:og |men )?)pas\. /gu, '$1')}, ${qualities.join(', ')}.`,
      evidence,
    };
  }
  return { ...analysis, statements };
}
