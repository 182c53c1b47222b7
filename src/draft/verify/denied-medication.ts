import type { DrugMention } from '../language/drug-names.js';
import type { WordToken } from '../language/fold.js';
import type { Claims } from './read-claims.js';
import type { TranscriptIndex, TranscriptUnit } from './transcript-index.js';

const negators = new Set(['ingen', 'ikke', 'ikkje', 'ikkj', 'itj', 'inkje', 'uten', 'utan']);
/** Words (folded) for medicines in general ("ingen faste medisiner", "bruker ingen legemidler"). */
const medicineWord = /^(?:medisin\p{L}*|medikament\p{L}*|legemid\p{L}*|faste)$/u;
/** Words (folded) for an allergy ("ingen kjente allergier", "ikke legemiddelallergi"). */
const allergyWord = /^(?:\p{L}*allergi\p{L}*|allergisk\p{L}*|overfolsom\p{L}*)$/u;
/** Words that narrow a denial to some medicines only ("ingen andre", "ingen nye", "utover"). */
const narrowingWords = new Set([
  'andre',
  'anna',
  'annet',
  'nye',
  'nya',
  'ellers',
  'utover',
  'foruten',
  'bortsett',
  'endring',
  'endringer',
  'endringar',
  'reseptfrie',
]);
/** Words (folded) of a drug in use now ("jeg bruker", "eg tek", "går på", "står på"). */
const inUseWord = /^(?:bruker|brukar|bruke|tar|tek|fast|faste|daglig|dagleg)$/u;
/** Words (folded) of a drug taken now and then, not as a regular medicine. */
const nowAndThenWord =
  /^(?:behov|nar|innimellom|iblant|sjelden|hvis|viss|dersom|tok|brukte|varen|vinteren|sommeren|hosten|sesong\p{L}*|periode\p{L}*|kur|kurer)$/u;

/** Words (folded) for blood thinners as a class ("ingen blodfortynnende", "blodtynnande"). */
const anticoagulantWord = /^(?:blodfortynn\p{L}*|blodtynn\p{L}*|antikoagul\p{L}*)$/u;
/** Anticoagulant substances (as `DrugMention.substance` names them). */
const anticoagulants = new Set([
  'apixaban',
  'rivaroksaban',
  'dabigatran',
  'edoksaban',
  'warfarin',
  'dalteparin',
  'enoksaparin',
  'tinzaparin',
]);
/** Words (folded) that say a drug was stopped or belongs to the past. */
const stoppedWord =
  /^(?:slutt\p{L}*|stopp\p{L}*|seponer\p{L}*|kutt\p{L}*|tidligere|tidlegare|lenger|lengre)$/u;

/** "i går", "i natt", "i morges": a dose taken once, not a medicine in use. */
function saysNowAndThen(tokens: readonly WordToken[]): boolean {
  return tokens.some(
    (token, position) =>
      nowAndThenWord.test(token.folded) ||
      (token.folded === 'i' && /^(?:gar|natt|morges)$/u.test(tokens[position + 1]?.folded ?? '')),
  );
}

/** "Jeg bruker", "eg tek", "går på", "står på". */
function saysInUse(tokens: readonly WordToken[]): boolean {
  return tokens.some(
    (token, position) =>
      inUseWord.test(token.folded) ||
      (/^(?:gar|star)$/u.test(token.folded) && tokens[position + 1]?.folded === 'pa'),
  );
}

/** The span of a token range a denial covers: the negator and the three words after it. */
function deniesWord(tokens: readonly WordToken[], pattern: RegExp): number | undefined {
  for (let position = 0; position < tokens.length; position += 1) {
    if (!negators.has(tokens[position]?.folded ?? '')) continue;
    for (let next = position + 1; next <= position + 3 && next < tokens.length; next += 1)
      if (pattern.test(tokens[next]?.folded ?? '')) return next;
  }
  return undefined;
}

function mentionIsFlagged(
  unit: TranscriptUnit,
  mention: DrugMention,
  flags: readonly boolean[],
): boolean {
  return unit.tokens.some(
    (token, position) =>
      token.start >= mention.start && token.end <= mention.end && flags[position] === true,
  );
}

/** A drug the patient's side of the conversation says is used now, and its unit. */
function findDrugInUse(
  index: TranscriptIndex,
): { readonly unit: TranscriptUnit; readonly mention: DrugMention } | undefined {
  for (let unitIndex = 0; unitIndex < index.units.length; unitIndex += 1) {
    const unit = index.units[unitIndex];
    if (unit === undefined || unit.isQuestion || unit.isHypothetical) continue;
    if (unit.speaker !== 'pasient' && unit.speaker !== 'pårørende') continue;
    const mention = unit.claims.drugMentions.find(
      (candidate) =>
        !mentionIsFlagged(unit, candidate, unit.claims.negated) &&
        !mentionIsFlagged(unit, candidate, unit.claims.aboutOther),
    );
    if (mention === undefined) continue;
    if (saysNowAndThen(unit.tokens)) continue;
    // "Ja, Metformin" answering "Bruker du faste medisiner?" says so as well as "jeg bruker".
    const answered = unitIndex > 0 && index.replyTo(unitIndex - 1) === unitIndex;
    const askedAboutMedicines =
      answered &&
      index.answerTo(unitIndex - 1) === 'yes' &&
      (index.units[unitIndex - 1]?.tokens ?? []).some((token) => medicineWord.test(token.folded));
    if (askedAboutMedicines || saysInUse(unit.tokens)) return { unit, mention };
  }
  return undefined;
}

/**
 * True when anybody but the doctor names an anticoagulant as used now ("Ingenting anna enn
 * Eliquis"; the home nurse's "Ja, hun bruker Eliquis"): not denied, not somebody else's, not
 * stopped or taken once. (The doctor's own words may be a plan: "vi starter Eliquis".)
 */
function usesAnticoagulant(index: TranscriptIndex): boolean {
  return index.units.some(
    (unit) =>
      !unit.isQuestion &&
      !unit.isHypothetical &&
      unit.speaker !== 'lege' &&
      unit.claims.drugMentions.some(
        (mention) =>
          anticoagulants.has(mention.substance) &&
          !mentionIsFlagged(unit, mention, unit.claims.negated) &&
          !mentionIsFlagged(unit, mention, unit.claims.aboutOther),
      ) &&
      !saysNowAndThen(unit.tokens) &&
      !saysPlan(unit.tokens) &&
      !unit.tokens.some((token) => stoppedWord.test(token.folded)),
  );
}

/** Words (folded) of a plan or a condition ("vi starter Eliquis", "skal", "hvis legen vil"). */
const planWord = /^(?:starter|starte|begynner|begynne|skal|ska|hvis|viss|dersom)$/u;

/**
 * True when a sentence plans or conditions the drug ("Vi starter Eliquis i morgen om legen vil"):
 * a plan is no use now.
 */
function saysPlan(tokens: readonly WordToken[]): boolean {
  return tokens.some(
    (token, position) =>
      planWord.test(token.folded) ||
      (token.folded === 'morgen' && tokens[position - 1]?.folded === 'i'),
  );
}

/**
 * True when the conversation denies regular medicines in so many words ("Bruker du noen medisiner
 * fast?" "Nei. Ikke noe fast."): a note that says so is true to it, whatever else was taken.
 */
function saidNoMedicines(index: TranscriptIndex): boolean {
  return index.units.some(
    (unit, unitIndex) =>
      unit.isQuestion &&
      index.answerTo(unitIndex) === 'no' &&
      unit.tokens.some((token) => medicineWord.test(token.folded) || token.folded === 'fast'),
  );
}

/** "tåle", "tålte", "tål" folded. (Module level: `tsx` compiles a literal with `\p{…}` outside a class
 * into a `new RegExp` where it stands, so inside a function it was built on every call; issue 11.) */
const toleratesWord = /^tal\p{L}*$/u;

/** True when the patient's side of the conversation names an allergy (to a drug, when asked). */
function hasAllergy(index: TranscriptIndex, drugOnly: boolean): boolean {
  return index.units.some((unit, unitIndex) => {
    if (unit.isQuestion || unit.isHypothetical) return false;
    // (The clinician's "allergisk reaksjon" is today's assessment, not the patient's history.)
    if (unit.speaker !== 'pasient' && unit.speaker !== 'pårørende') return false;
    const namesDrug = unit.claims.drugMentions.some(
      (mention) => !mentionIsFlagged(unit, mention, unit.claims.aboutOther),
    );
    if (drugOnly && !namesDrug) return false;
    const saysAllergy = unit.tokens.some(
      (token, position) =>
        allergyWord.test(token.folded) &&
        unit.claims.negated[position] !== true &&
        unit.claims.aboutOther[position] !== true,
    );
    // "Æ tåle ikkje penicillin": an intolerance of a drug.
    const intolerance =
      namesDrug &&
      unit.tokens.some(
        (token, position) =>
          toleratesWord.test(token.folded) && negators.has(unit.tokens[position + 1]?.folded ?? ''),
      );
    const question = index.units[unitIndex - 1];
    const answeredYes =
      question !== undefined &&
      index.replyTo(unitIndex - 1) === unitIndex &&
      index.answerTo(unitIndex - 1) === 'yes' &&
      question.tokens.some((token) => allergyWord.test(token.folded));
    return saysAllergy || intolerance || answeredYes;
  });
}

/**
 * A sentence that denies all medicines ("Ingen faste medisiner") or all allergies ("Ingen kjente
 * allergier") although the patient's side of the conversation named a drug in use ("jeg bruker
 * Metformin") or an allergy ("æ tåle ikkje penicillin"): the denied word and what was said.
 */
export function findDeniedMedicationOrAllergy(options: {
  readonly tokens: readonly WordToken[];
  readonly claims: Claims;
  readonly index: TranscriptIndex;
}): { readonly token: number; readonly said: 'drug' | 'anticoagulant' | 'allergy' } | undefined {
  const { tokens, claims, index } = options;
  if (claims.drugMentions.length > 0 || claims.namesOtherPerson) return undefined;
  if (tokens.some((token) => narrowingWords.has(token.folded))) return undefined;
  const allergy = deniesWord(tokens, allergyWord);
  if (allergy !== undefined) {
    // "Ingen kjente allergier tidligere" says nothing of an allergy found today.
    const beforeNow = tokens.some(
      (token) =>
        token.folded === 'tidligere' ||
        token.folded === 'tidlegare' ||
        token.text.toLowerCase() === 'før',
    );
    if (beforeNow) return undefined;
    const drugOnly = tokens.some((token) => /^(?:legemid|medikament|medisin)/u.test(token.folded));
    return hasAllergy(index, drugOnly) ? { token: allergy, said: 'allergy' } : undefined;
  }
  // "Bruker ingen blodfortynnende" where the patient named Eliquis: the class denies the drug.
  const thinner = deniesWord(tokens, anticoagulantWord);
  if (thinner !== undefined && usesAnticoagulant(index))
    return { token: thinner, said: 'anticoagulant' };
  const medicine = deniesWord(tokens, medicineWord);
  if (medicine === undefined) return undefined;
  return findDrugInUse(index) === undefined || saidNoMedicines(index)
    ? undefined
    : { token: medicine, said: 'drug' };
}
