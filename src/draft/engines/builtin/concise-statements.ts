/*
 * Compression rules for a finished draft (issue 12: the note is too long against the clinician's
 * reference). Each rule rewrites or drops one sentence of a clinician's statement and acts only
 * on positive evidence that what goes is frame, pedagogy or repetition. Every rule goes through
 * `compressSentence`, which consults the clause guard (`critical-content.ts`) and fails closed:
 * a sentence whose guarded clauses would lose a word stays as it was said.
 */
import { findConcepts } from '../../language/clinical-lexicon.js';
import { tokenize } from '../../language/fold.js';
import type { ConversationAnalysis, Statement } from './analyze-conversation.js';
import { isGuardedClause } from './critical-content.js';
import { relativeWordsSource } from './relative-subject.js';

/** One compression rule: the shorter sentence, `''` to drop it, or undefined to leave it. */
type CompressionRule = (sentence: string) => string | undefined;

/** Words a rule may take out of a guarded clause: the frame of a sentence, never its content. */
const frameWords = new Set([
  'hvis',
  'dersom',
  'om',
  'pas',
  'han',
  'hun',
  'du',
  'de',
  'dere',
  'skulle',
  'får',
  'få',
  'så',
  'da',
  'må',
  'skal',
  'bør',
  'ringe',
  'ring',
  'ta',
  'kontakt',
  'kontakte',
  'med',
  'ved',
  'og',
]);

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The clauses of a sentence: split at commas and before "og/men/eller så". */
const clausesOf = (sentence: string): string[] =>
  sentence.split(/,\s*|\s+(?=(?:og|men|eller) så )/u).filter((clause) => clause.trim() !== '');

/**
 * Whether `compressed` keeps every content word of every guarded clause of `original` (fail
 * closed: dropping a sentence is allowed only when no clause of it is guarded).
 */
export function keepsGuardedContent(original: string, compressed: string): boolean {
  const kept = new Set(words(compressed));
  return clausesOf(original)
    .filter(isGuardedClause)
    .every((clause) => words(clause).every((word) => frameWords.has(word) || kept.has(word)));
}

/** Applies `rule` to a sentence when the guard lets it (see the head comment). */
export function compressSentence(sentence: string, rule: CompressionRule): string {
  const compressed = rule(sentence);
  if (compressed === undefined || compressed === sentence) return sentence;
  if (compressed === '' && isGuardedClause(sentence)) return sentence;
  return keepsGuardedContent(sentence, compressed) ? compressed : sentence;
}

const sentencesOf = (text: string): string[] =>
  text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((sentence) => sentence.trim() !== '');

/** The statement after the rule, or undefined when every sentence of it went. */
function applyRule(
  statement: Statement,
  rule: CompressionRule,
  anySpeaker: boolean,
): Statement | undefined {
  if (!anySpeaker && statement.speaker !== 'lege') return statement;
  const compressed = sentencesOf(statement.text)
    .map((sentence) => compressSentence(sentence, rule))
    .filter((sentence) => sentence !== '');
  if (compressed.length === 0) return undefined;
  const text = compressed.join(' ');
  return text === statement.text ? statement : { ...statement, text };
}

/** Runs one rule over the clinician's statements of a draft (or everyone's, `anySpeaker`). */
function withRule(rule: CompressionRule, anySpeaker = false) {
  return (analysis: ConversationAnalysis): ConversationAnalysis => {
    const statements = analysis.statements.flatMap((statement) => {
      const after = applyRule(statement, rule, anySpeaker);
      return after === undefined ? [] : [after];
    });
    return statements.length === analysis.statements.length &&
      statements.every((statement, index) => statement === analysis.statements[index])
      ? analysis
      : { ...analysis, statements };
  };
}

/*
 * A safety net with one warning sign, said as a condition: "Hvis pas. får trykkende brystsmerter
 * som ikke går over i løpet av et kvarter, så må pas. ringe 113 straks." → "Ring 113 straks ved
 * trykkende brystsmerter som ikke går over i løpet av et kvarter." The sign is kept word for word;
 * only the frame ("Hvis pas. får", "så må pas.") goes. A list of signs is left to `toSafetyList`.
 */
const singleSignSafetyNet =
  /^(?:Og )?(?:Hvis|Dersom|Om) (?:pas\.|han|hun|du|barnet) (?:skulle )?(?:får|få) ([^,]+), (?:(?:så|da) )?(?:(?:må|skal|bør) (?:pas\. |han |hun |du |de |dere )?)?(ringe|ringer|ring|ta kontakt med|tar kontakt med|kontakte|kontakter) ([^,.]+)\.$/u;

export const safetyNetWithOneSign: CompressionRule = (sentence) => {
  const match = singleSignSafetyNet.exec(sentence);
  const [, sign, verb, whom] = match ?? [];
  if (sign === undefined || verb === undefined || whom === undefined) return undefined;
  // A negated verb phrase ("får ikke tisset") is no noun phrase after "ved" (review s30r D4).
  if (/^(?:ikke|ikkje|itj|aldri)(?![\p{L}])/iu.test(sign)) return undefined;
  // One sign only: "blod i bæsjen eller kaster opp" lists two (a verb after "eller/og").
  if (/ (?:eller|og) (?:får|blir|kaster|kjenner|merker|ikke)(?![\p{L}])/u.test(sign))
    return undefined;
  return `${verb.startsWith('ring') ? 'Ring' : 'Kontakt'} ${whom} ved ${sign}.`;
};

/*
 * The clinician's explanation of how an illness, a body or a drug works in general, or of what
 * another service will do: "Vanlig i den alderen, ofte verst om natten.", "Det er en vanlig
 * sykdom, og den kan behandles godt.", "Medisinen virker ved at den øker mengden serotonin …",
 * "Ryggen er bygget for bevegelse, …",
 * "Der tar de ultralyd fra skjeden …". The note keeps the decision, not the pedagogy. The whole
 * sentence goes only when it opens as pedagogy and carries no decision ("men", "derfor", "riktig
 * å", "skal", "anbefal…") and nothing guarded.
 */
const generalExplanation =
  /^(?:Det er )?(?:veldig |helt )?[Vv]anlig (?:at|i|hos|å|blant) |^Det er en (?:veldig )?vanlig (?:sykdom|tilstand|plage|ting|reaksjon)(?![\p{L}])|(?<![\p{L}])virker ved at(?![\p{L}])|(?<![\p{L}])er bygget for(?![\p{L}])|^Der tar de(?![\p{L}])|^Kroppen (?:klarer|trenger|lager|tar)(?![\p{L}])/u;
const decision =
  /(?<![\p{L}])(?:men|derfor|riktig å|skal|bør|må|anbefal\p{L}*|start\p{L}*|begynn\p{L}*|gir|får pas\.)(?![\p{L}])/iu;

/*
 * What keeps the sentence (review s30r: a decision outside `decision` was lost): the clinician
 * acting ("jeg sykmelder", "vi ser på", "jeg skriver ut"), an instruction ("du skal/må/bør") or an
 * assessment ("tror", "mistenker", "tenker").
 */
const clinicianAct =
  /(?<![\p{L}])(?:(?:jeg|vi) \p{L}+|(?:du|pas\.) (?:skal|må|bør)|tror|mistenker|tenker|sykmeld\p{L}*|skriver ut|ser på|kontroll\p{L}*|henvis\p{L}*)(?![\p{L}])/iu;

/**
 * Fails closed: the sentence goes only when it is one clause that opens as pedagogy, with no
 * decision, no clinician act and nothing guarded; a sentence with a second clause stays whole.
 */
export const generalExplanationSentence: CompressionRule = (sentence) =>
  clausesOf(sentence).length === 1 &&
  generalExplanation.test(sentence) &&
  !decision.test(sentence) &&
  !clinicianAct.test(sentence)
    ? ''
    : undefined;

/*
 * A trailing clause after a decision that tells what it is for or who does the paperwork: "Sykmeldt
 * 50 % i 2 uker, så får hentet seg inn litt.", "Får tilbud om hjerterehabilitering, de kaller seg
 * inn.", "…, det skal alle med diabetes gjøre." The decision stays word for word.
 */
const afterDecision =
  /, (?:så får (?:pas\. )?(?:hentet|henta|roet|samlet|samla) seg inn(?: litt)?|de kaller (?:seg|deg|pas\.|henne|ham|han) inn|det skal alle med [\p{L}-]+ gjøre)(\.?)$/u;

export const purposeAfterDecision: CompressionRule = (sentence) => {
  const match = afterDecision.exec(sentence);
  if (match === null) return undefined;
  const kept = sentence.slice(0, match.index);
  // The clause may be the only mention of a diagnosis («…, det skal alle med sukkersyke
  // gjøre.», review s30r D3): a clause naming any concept of the clinical lexicon stays.
  if (findConcepts(tokenize(match[0])).length > 0) return undefined;
  // A decision of at least three words stays; otherwise the clause is the fact.
  return kept.split(/\s+/u).length < 3 ? undefined : `${kept}${match[1] ?? ''}`;
};

/*
 * The clinician pointing back at what the patient said: "Som du sa, hjelper Ibux litt." (after
 * the pronoun rewrite "Som pas. sa, …") → "Hjelper Ibux litt."; "Som pas. sa på telefonen, har
 * pas. hatt dette i 3 dager." → "Har hatt dette i 3 dager.". Only the pointer goes ("som … sa",
 * at most a short place or time: "på telefonen", "i stad", "sist"); what was said stays word
 * for word.
 */
const pointerTail =
  '(?:sa|sier|nevnte|nevner|fortalte|forteller|skrev)(?: (?:på telefonen|i telefonen|i stad|sist|nettopp|i timebestillingen|til sykepleieren))?, (\\p{Ll}+)';
const pointerToPatient = new RegExp(
  `^(?:Og |Men )?[Ss]om (?:pas\\.|du|dere|hun|han) ${pointerTail}(?: pas\\.)? (.+)$`,
  'u',
);
/*
 * "Som datteren (din) sa, har pas. falt": a relative's words pointed at go the same way, but only
 * when what follows is about the patient ("du" → "pas."). "Som mora di sa, hadde hun brystkreft"
 * is the mother's illness: without the pointer it would read as the patient's, so it stays.
 */
const pointerToRelative = new RegExp(
  `^(?:Og |Men )?[Ss]om (?:komparent|(?:${relativeWordsSource})(?: (?:din|di|ditt|hennes|hans|hennar|hass))?) ${pointerTail} pas\\. (.+)$`,
  'u',
);

export const withoutPointerToPatient: CompressionRule = (sentence) => {
  const match = pointerToPatient.exec(sentence) ?? pointerToRelative.exec(sentence);
  const [, verb, rest] = match ?? [];
  if (verb === undefined || rest === undefined) return undefined;
  return `${verb.charAt(0).toUpperCase()}${verb.slice(1)} ${rest}`;
};

/*
 * Who brought the patient (issue 12, item 2: logistics, "who drives whom"): "Mor fulgte pas. til
 * legevakta den gangen.", "…, så komparent fulgt hun hit.", "Kona måtte kjøre pas. hjem.". Only
 * a sentence or a trailing clause that is nothing but the escort goes: someone, a verb of
 * following or driving, the patient, and where to (hit, hjem, til legevakten, til sykehuset).
 */
const escortSubject =
  '(?:[Kk]omparent|[Mm]or|[Mm]ora|[Mm]oren|[Ff]ar|[Ff]aren|[Kk]ona|[Mm]annen|[Ee]ktemann(?:en)?|[Ss]amboer\\p{L}*|[Dd]atter\\p{L}*|[Dd]attera|[Ss]ønn\\p{L}*|[Nn]aboen|[Vv]enninna|[Vv]enninnen|[Kk]ameraten)';
const escortVerb =
  '(?:fulgte|fulgt|har fulgt|følger|kjørte|kjørt|har kjørt|kjører|måtte kjøre|måtte følge)';
const escortObject = '(?:pas\\.|meg|henne|ham|han|hun|seg)';
// Only here or home: an escort to a hospital or the GP tells of an earlier care contact.
// Not "hjem fra jobben etterpå": after a faint or a seizure who drove matters for driving advice.
const escortPlace = '(?:hit|hitover|hjem|heim)(?: (?:den gangen|i dag|i går|i kveld|i natt))?';
const escortSentence = new RegExp(
  `^(?:(?:Og|Så) )?${escortSubject} ${escortVerb} ${escortObject} ${escortPlace}\\.$`,
  'u',
);
const escortClause = new RegExp(
  `,? (?:så|og) (?:${escortSubject} ${escortVerb} ${escortObject}|${escortVerb} ${escortSubject} ${escortObject}) ${escortPlace}(\\.)$`,
  'u',
);

export const withoutEscort: CompressionRule = (sentence) => {
  if (escortSentence.test(sentence)) return '';
  const match = escortClause.exec(sentence);
  if (match === null) return undefined;
  const kept = sentence.slice(0, match.index);
  // A complaint of at least three words stays; otherwise the escort is most of what was said.
  return kept.split(/\s+/u).length < 3 ? undefined : `${kept}.`;
};

/** The compression rules, in the order they run (each its own commit and measurement). */
export const conciseStatements: readonly ((
  analysis: ConversationAnalysis,
) => ConversationAnalysis)[] = [
  withRule(withoutPointerToPatient),
  withRule(safetyNetWithOneSign),
  withRule(generalExplanationSentence),
  withRule(purposeAfterDecision),
  withRule(withoutEscort, true),
];
