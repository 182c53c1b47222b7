/*
 * "No, except X": a no followed by «bare», «berre», «kun», «unntatt», «bortsett fra» or «utenom»
 * and a thing. What it means depends on the question:
 *
 * - an OPEN question about a kind ("Har du noen allergier?", "Bruker du noen medisiner?", "Bruker
 *   du blodfortynnende?") is answered by a member of that kind: «Nei, kun penicillin.» is an
 *   allergy to penicillin and «Nei, bare Marevan.» is Marevan use — nothing is denied;
 * - a LIST of symptoms ("Har du feber, hoste eller tungpust?") is answered part by part: «Nei,
 *   bare hoste.» affirms the cough and denies the rest, and something milder than what was asked
 *   («Har du kastet opp?» — «Nei, bare kvalm.») leaves what was asked denied.
 *
 * Only the first reading lives here; the list reading is the drafter's ordinary one. Both the
 * turned statement (question-answer.ts) and the safety net (safety-negatives.ts) ask this module,
 * so the two never disagree about whether a no denied anything.
 */

import { findDrugMentions } from '../../language/drug-names.js';
import { foldWord, tokenize } from '../../language/fold.js';

/** A kind of thing an open question asks for, whose members an answer can name. */
export type AskedKind = 'allergy' | 'medicine' | 'bloodThinner' | 'suicidalThoughts';

/** The no and its «except»: "Nei, kun", "Nei. Bare", nynorsk "Næ, berre", "Nei, unntatt". */
const exceptOpening =
  /^\s*(?:(?:ja|jo)[,.!]?\s+)?(?:nei|neida|nei da|næ|ne|næh|neh)[,.!]?\s+(?:bare|berre|kun|unntatt|utenom|bortsett fra)\s+([^.!?]+)/iu;

/**
 * A restriction rather than a thing ("Nei, bare når jeg går i trapper.", "Nei, berre om
 * natta."): the no still answers what was asked.
 */
const restriction =
  /^(?:når|nar|om|ved|hvis|viss|dersom|i|på|pa|etter|under|mellom|før|for|fra|av og til|innimellom|en gang|ein gong|lite|sjelden|heilt|helt|sånn|sann|slik|det|den|de|dei|jeg|eg|æ|e)(?![\p{L}])/iu;

/** "Nei, ingen av delene.", "… ikke noe annet": words that deny everything, whatever follows. */
const deniesAll =
  /(?<![\p{L}])(?:ikke|ikkje|itj|ingen|inga|ingi|aldri|ingenting|verken)(?![\p{L}])/iu;

/**
 * What a no goes on to name after its «except» ("Nei, kun penicillin." → "penicillin", "Nei. Bare
 * mot penicillin." → "mot penicillin"), or `undefined` for any other answer, a restriction, or a
 * name that is itself denied. Works on plain and on loosened (folded) text alike.
 */
export function exceptNamed(answer: string): string | undefined {
  const named = exceptOpening.exec(answer)?.[1]?.trim();
  if (named === undefined || named.length === 0) return undefined;
  if (restriction.test(named) || deniesAll.test(named)) return undefined;
  // One thing or a short list; a whole clause is no name ("bare litt sliten etter jobben i går").
  if (named.split(/\s+/u).length > 6) return undefined;
  return named;
}

/** Allergens that are no drug, as the one word a note uses for the allergy. */
const allergyCompounds: ReadonlyMap<string, string> = new Map([
  ['pollen', 'Pollenallergi'],
  ['bjørk', 'Bjørkeallergi'],
  ['bjørkepollen', 'Bjørkepollenallergi'],
  ['gress', 'Gressallergi'],
  ['gresspollen', 'Gresspollenallergi'],
  ['katt', 'Kattallergi'],
  ['hund', 'Hundeallergi'],
  ['pelsdyr', 'Pelsdyrallergi'],
  ['nøtter', 'Nøtteallergi'],
  ['nøtt', 'Nøtteallergi'],
  ['peanøtter', 'Peanøttallergi'],
  ['egg', 'Eggallergi'],
  ['melk', 'Melkeallergi'],
  ['fisk', 'Fiskeallergi'],
  ['skalldyr', 'Skalldyrallergi'],
  ['nikkel', 'Nikkelallergi'],
  ['midd', 'Middallergi'],
  ['husstøvmidd', 'Husstøvmiddallergi'],
  ['latex', 'Lateksallergi'],
  ['lateks', 'Lateksallergi'],
  ['veps', 'Vepsestikkallergi'],
]);

/**
 * The one word a note uses for an allergy to `allergen` when it is known to be no drug ("pollen" →
 * "Pollenallergi", "Nøtter" → "Nøtteallergi"); `undefined` for a drug or an allergen not listed,
 * which a note heads with CAVE.
 */
export function nonDrugAllergyWord(allergen: string): string | undefined {
  return allergyCompounds.get(allergen.toLowerCase());
}

/** The allergens of `allergyCompounds` folded, for answers read loosened ("notter"). */
const foldedNonDrugAllergens: ReadonlySet<string> = new Set(
  [...allergyCompounds.keys()].map((word) => foldWord(word)),
);

/** "pollen", "katt", "nøtter": an allergen known to be no drug (see `allergyCompounds`). */
function isKnownNonDrugAllergen(word: string): boolean {
  return foldedNonDrugAllergens.has(foldWord(word.trim()));
}

/** "Har du noen allergier?", "Er du allergisk mot noe?", "Tåler du alle medisiner?". */
const allergyAsked =
  /(?<![\p{L}])(?:allergi|allergisk|allergiar|allergiske|tåler (?:du )?(?:alle|noen|noe)|taler (?:du )?(?:alle|noen|noe))/iu;
/** "Bruker du noen medisiner?", "Tar du faste medisiner?", nynorsk "Brukar du nokon medisinar?". */
const medicineAsked =
  /(?<![\p{L}])(?:bruker|brukar|tar|står (?:du )?på|star (?:du )?pa)(?: du| hun| han| ho)?(?: (?:noen|noe|nokon|noko|andre|anna|faste|fast|daglig|dagleg|regelmessig|regelmessige|nå|na))* (?:medisiner|medisinar|medisin|legemidler|legemiddel|tabletter|tablettar|piller)(?![\p{L}])|(?<![\p{L}])(?:andre|faste|fast) (?:medisiner|medisinar|medisin|legemidler)(?![\p{L}])/iu;
/**
 * Blood thinners by kind or by name. Antiplatelet drugs (Albyl, klopidogrel) are left out: "Nei,
 * bare Albyl." to a question about blood thinners keeps its no to anticoagulation.
 */
const bloodThinner =
  /(?<![\p{L}])(?:blodfortynn|antikoag|marevan|warfarin|eliquis|apixaban|xarelto|rivaroksaban|pradaxa|dabigatran|lixiana|edoksaban|fragmin|klexane)/iu;
/** "Har du tanker om å ta livet ditt …?": the suicide question asks for thoughts. */
const suicideAsked =
  /(?<![\p{L}])(?:ta livet|ta (?:ditt|sitt) eget liv|selvmord|sjølvmord|sjolvmord|suicid)/iu;
/** "tanker innimellom", "tankar av og til", "tenkt på det": the thoughts named. */
const thoughtsNamed =
  /^(?:noen |nokon |litt )?(?:tanker|tankar|tanke|tenkt|tenker|tenkjer)(?![\p{L}])/iu;
/**
 * What may follow the thoughts for them to be the ones asked about: nothing, or when they come
 * ("innimellom", "av og til", "om kvelden"). "tanker om jobben" names thoughts of something else.
 */
export const thoughtsWhen =
  /^(?:innimellom|iblant|i blant|av og til|nå og da|na og da|no og då|no og da|noen ganger|nokre gonger|nokon gonger|sjelden|om (?:kvelden|kvelden|natten|natta|morgenen|morgonen|dagen|helgene)|på kveldstid|pa kveldstid|på natta|pa natta)$/iu;
/** "Marevan før, men det er seponert", "Xarelto tidligere": a drug no longer used. */
const stoppedUse =
  /(?<![\p{L}])(?:før|tidligere|tidlegare|sluttet|slutta|seponert|seponerte|lenger|lengre|brukte|hadde)(?![\p{L}])/iu;

/**
 * "Bruker du faste medisiner utenom p-pillene?" — "Nei, bare p-pillene.", "Andre medisiner enn
 * Losartan?" — "Nei, bare Losartan.": the thing named is the one the question set aside, and the
 * no denies the rest as before.
 */
function namesWordOf(question: string, named: string): boolean {
  const heads = (text: string): string[] =>
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 4 && !/^(?:litt|noen|nokon|andre|anna|mot)$/u.test(word))
      .map((word) => word.replace(/^p(?=pil)/u, '').slice(0, 4));
  const asked = heads(question.replace(/-/gu, ''));
  return heads(named.replace(/-/gu, '')).some((head) => asked.includes(head));
}

/** Drug classes patients name as their allergy without a drug name. */
const drugAllergen =
  /(?<![\p{L}])(?:penicillin|sulfa|sulfonamid|antibiotika|kodein|morfin|jod|kontrast|kontrastvæske|kontrastmiddel|lokalbedøvelse|bedøvelse|ibux|ibuprofen|aspirin|nsaid|betennelsesdempende)/iu;

/** "p-piller", "p-staven", "hormonspiral": contraception named as a medicine in use. */
const contraceptiveNamed =
  /(?<![\p{L}])(?:(?:hormon)?spiral(?:en)?|p-?(?:piller|pille|pillene|pilla|stav|staven|sprøyte|sprøyta|ring|ringen|plaster)|minipille(?:r|n|ne)?)(?![\p{L}])/giu;
/**
 * What may stand beside a drug's name: its dose said in digits or words, and when it is taken
 * ("om kvelden", "ved måltidene").
 */
const doseWord =
  /^(?:\d+(?:[,.]\d+)?|(?:en|ein|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|femten|tjue|tretti|førti|femti|seksti|sytti|åtti|nitti|hundre|tusen|og|komma|halv)+|milligram|mg|mikrogram|mikrog|µg|gram|g|enheter|einingar|ie|tablett|tabletter|tablettar|daglig|dagleg|gang|ganger|gonger|gong|om|ved|behov|morgenen|morgonen|morran|kvelden|dagen|i|døgnet|måltid|måltider|måltidene|måltida|maten|frokost|frokosten|middag|middagen)$/iu;

/**
 * "insulin", "Levaxin", "p-piller", "Sertralin, femti milligram": drug names (or contraception)
 * and at most their dose and time of day, nothing else ("tran om vinteren", "når jeg har vondt"
 * name no drug in use).
 */
function isPlainDrugNamed(named: string): boolean {
  const mentions = findDrugMentions(tokenize(named));
  let rest = named;
  for (const mention of [...mentions].sort((a, b) => b.start - a.start))
    rest = `${rest.slice(0, mention.start)} ${rest.slice(mention.end)}`;
  const withoutContraception = rest.replace(contraceptiveNamed, ' ');
  if (mentions.length === 0 && withoutContraception === rest) return false;
  return withoutContraception
    .split(/[\s,]+/u)
    .filter((word) => word.length > 0)
    .every((word) => doseWord.test(word));
}

/** Whether the thing named is a blood thinner ("Marevan", "Eliquis", "blodfortynnende"). */
export function namesBloodThinner(named: string): boolean {
  return bloodThinner.test(named);
}

/** The kinds an open question asks for ("blodfortynnende eller andre faste medisiner" asks two). */
export function askedKinds(question: string): AskedKind[] {
  const kinds: AskedKind[] = [];
  if (allergyAsked.test(question)) kinds.push('allergy');
  if (medicineAsked.test(question)) kinds.push('medicine');
  if (bloodThinner.test(question)) kinds.push('bloodThinner');
  if (suicideAsked.test(question)) kinds.push('suicidalThoughts');
  return kinds;
}

/** Whether `named` (what follows the «except») is one of `kind`. */
export function isMemberOf(kind: AskedKind, named: string): boolean {
  switch (kind) {
    case 'allergy':
      // "penicillin", "mot penicillin", "sulfa": a drug allergy. "Nei, bare pollen." keeps its no,
      // which a note reads as "no allergy that matters for prescribing" (held-out notes say so).
      return (
        findDrugMentions(tokenize(named.replace(/^(?:mot|for|på|pa)\s+/iu, ''))).length > 0 ||
        drugAllergen.test(named)
      );
    case 'medicine':
      // A blood thinner among the medicines named turns the no around ("Nei, bare p-piller og
      // Marevan."), and so does a plain drug name with at most its dose ("Nei, bare insulin.",
      // "Nei, berre Sertralin, femti milligram."). A drug said to be stopped ("Marevan før, men
      // det er seponert") is no drug in use.
      return (bloodThinner.test(named) || isPlainDrugNamed(named)) && !stoppedUse.test(named);
    case 'bloodThinner':
      return bloodThinner.test(named) && !stoppedUse.test(named);
    case 'suicidalThoughts':
      return (
        thoughtsNamed.test(named) &&
        thoughtsWhen.test(named.replace(thoughtsNamed, '').trim() || 'innimellom')
      );
  }
}

/**
 * The kinds asked that a «nei, bare/kun X» answer names a member of ("Har du noen allergier?" —
 * "Nei, kun penicillin." → allergy); empty for a list of symptoms, a restriction or any other
 * answer, where the no keeps its ordinary reading.
 */
export function kindsNamedAfterNo(question: string, answer: string): AskedKind[] {
  const named = exceptNamed(answer);
  if (named === undefined) return [];
  const asked = askedKinds(question);
  // The suicide question names the thoughts it asks for; any other thing the question names was
  // set aside by it.
  const setAside = namesWordOf(question, named);
  // "Har du allergier, eller bruker du medisiner?" — "Nei, bare p-piller.": anything named is an
  // allergen only when allergy is all that was asked.
  return asked.filter(
    (kind) =>
      isMemberOf(kind, named) &&
      (kind === 'suicidalThoughts' || !setAside) &&
      (kind !== 'allergy' || asked.length === 1),
  );
}

/** "Nei, bare", "Næ, berre", "Nei. Kun": the no and its «bare» before a use when needed. */
const noOnlyOpening = String.raw`^\s*(?:nei|neida|nei da|næ|ne)[,.!]?\s+(?:bare|berre|kun)\s+`;

/**
 * "Bruker du noen medisiner?" — "Nei, bare når jeg har vondt.": a no that is a use when needed,
 * never a denial of every medicine (the answer speaks for itself).
 */
const whenNeededOpening = new RegExp(
  `${noOnlyOpening}(?:når|nar|ved|hvis|viss|dersom|om)\\s`,
  'iu',
);

function usesMedicineWhenNeeded(question: string, answer: string): boolean {
  return askedKinds(question).includes('medicine') && whenNeededOpening.test(answer);
}

/**
 * A pain, symptom or need as the condition ("når jeg har vondt", "viss eg har vondt", "når jeg
 * trenger det", "når det er som verst", "ved smerter", "ved behov"), never a time or a meal ("om
 * kvelden", "ved måltidene" tell when a fixed medicine is taken).
 */
const needCondition = String.raw`(?:(?:når|nar|hvis|viss|dersom) (?:(?:jeg|eg|æ|e) (?:(?:har|får|kjenner) (?:vondt|smerter|smerte|anfall|plager|verk)|(?:trenger|treng) (?:det|noe|noko))|det er (?:som |på det )?(?:verst|vondest|vondt|ille))|ved (?:smerter|smerte|behov|anfall|vondt|plager))`;

/**
 * "Nei, bare Paracet når jeg har vondt.": what is taken, the need that it is taken for, and the
 * rest of the sentence after it.
 */
const whenNeededAnswer = new RegExp(
  `${noOnlyOpening}(?:(\\p{L}[\\p{L}-]*(?: \\p{L}[\\p{L}-]*)?)\\s+)?${needCondition}(?![\\p{L}])([^.!?]*)`,
  'iu',
);

/** "fast", "i tillegg", "og så": a later word that tells of a fixed or further medicine. */
const furtherUse =
  /(?<![\p{L}])(?:fast|faste|daglig|dagleg|hver dag|kvar dag|i tillegg|også|og så)(?![\p{L}])/iu;

/**
 * Whether what follows the condition says nothing the when-needed line would lose: at most a
 * dose in the same sentence (", to tabletter"), and no further or fixed medicine after it ("…, og
 * så Marevan da, fast").
 */
function saysNothingAfter(tail: string, later: string): boolean {
  const dose = tail
    .split(/[\s,]+/u)
    .filter((word) => word.length > 0)
    .every((word) => doseWord.test(word));
  return dose && !furtherUse.test(later) && findDrugMentions(tokenize(later)).length === 0;
}
/** "smertestillende", "sovetabletter": a kind of drug a patient names instead of its name. */
const drugKindNamed =
  /^(?:smertestillende|smertestillande|sovetablett(?:er|ar)?|sovemedisin(?:er)?|nesespray|allergitablett(?:er|ar)?|allergimedisin(?:er)?)$/iu;

/**
 * "Bruker du noen medisiner?" — "Nei, bare når jeg har vondt." is "Ingen faste medisiner, tar noe
 * ved behov." (never a claim of no medicines at all); with the drug named ("Nei, bare Paracet når
 * jeg har vondt.", "Nei, berre smertestillande viss eg har vondt.") it is "Bruker Paracet ved
 * behov.". `undefined` for any other question or answer.
 */
export function medicineWhenNeeded(question: string, answer: string): string | undefined {
  if (!askedKinds(question).includes('medicine')) return undefined;
  const match = whenNeededAnswer.exec(answer);
  if (match === null) return undefined;
  if (!saysNothingAfter(match[2] ?? '', answer.slice(match.index + match[0].length)))
    return undefined;
  const named = match[1]?.trim();
  if (named === undefined) return 'Ingen faste medisiner, tar noe ved behov.';
  // A drug said to be stopped, or a word that is no drug ("Nei, bare tran om vinteren"), is left
  // to the ordinary reading.
  if (stoppedUse.test(named)) return undefined;
  if (drugKindNamed.test(named))
    return `Bruker ${named.toLowerCase().replace(/smertestillande/u, 'smertestillende')} ved behov.`;
  const mentions = findDrugMentions(tokenize(named));
  if (mentions.length === 0 || !isPlainDrugNamed(named)) return undefined;
  return `Bruker ${named} ved behov.`;
}

/**
 * "Er du allergisk mot noe?" — "Nei, bare narkose.": the no names the one allergen (or two) the
 * patient reacts to, so no allergy is denied.
 */
function namesAllergenAfterNo(question: string, answer: string): boolean {
  const named = exceptNamed(answer);
  if (named === undefined) return false;
  // One or two bare allergens ("narkose", "mot hestehår"), as `bareAllergyAnswer` writes a CAVE of.
  if (!/^(?:(?:mot|for)\s+)?\p{L}[\p{L}-]{2,}(?: og \p{L}[\p{L}-]{2,})?[.!]?$/u.test(named))
    return false;
  const asked = askedKinds(question);
  return asked.length === 1 && asked[0] === 'allergy' && !namesWordOf(question, named);
}

/**
 * "Er du allergisk mot noe?" — "Nei, bare pollen.": the no names an allergen known to be no drug
 * (`allergyCompounds`); anything else («smertestillende», «narkose») stays a CAVE. The no then
 * denies drug allergy only; a blanket "Ingen allergier." beside "Pollenallergi." would contradict it.
 */
function namesNonDrugAllergen(question: string, answer: string): boolean {
  const named = exceptNamed(answer);
  if (named === undefined) return false;
  const asked = askedKinds(question);
  return (
    asked.length === 1 &&
    asked[0] === 'allergy' &&
    !isMemberOf('allergy', named) &&
    isKnownNonDrugAllergen(named.replace(/^(?:mot|for)\s+/iu, '').replace(/[.!]+$/u, '')) &&
    !namesWordOf(question, named)
  );
}

/**
 * How a no that goes on to name something reads ("Nei, bare/kun/berre X."), one reading for the
 * turned statement (question-answer.ts) and the safety net (safety-negatives.ts), so the two
 * never disagree about what the no denied:
 *
 * - `member`: X is one of the `kinds` an open question asks for ("Har du noen allergier?" —
 *   "Nei, kun penicillin."; "Bruker du noen medisiner?" — "Nei, bare insulin."); nothing of those
 *   kinds is denied;
 * - `used-when-needed`: "Bruker du noen medisiner?" — "Nei, bare når jeg har vondt."; no medicine
 *   is denied, the answer speaks for itself;
 * - `non-drug-allergen`: "Er du allergisk mot noe?" — "Nei, bare pollen."; X is known to be no
 *   drug, so the no denies drug allergy only ("Ingen kjente legemiddelallergier.");
 * - `allergen`: "Er du allergisk mot noe?" — "Nei, bare narkose."; X is one or two bare allergens
 *   that may be drugs, a CAVE, and no allergy is denied.
 *
 * `undefined` for any other answer, where the no keeps its ordinary reading. Works on plain and
 * on loosened text alike.
 */
export type ExceptAnswerReading =
  | { readonly reading: 'member'; readonly kinds: readonly AskedKind[] }
  | { readonly reading: 'used-when-needed' }
  | { readonly reading: 'non-drug-allergen' }
  | { readonly reading: 'allergen' };

/** Reads a no to `question` that names something after its «bare» (see `ExceptAnswerReading`). */
export function readExceptAnswer(
  question: string,
  answer: string,
): ExceptAnswerReading | undefined {
  const kinds = kindsNamedAfterNo(question, answer);
  if (kinds.length > 0) return { reading: 'member', kinds };
  if (usesMedicineWhenNeeded(question, answer)) return { reading: 'used-when-needed' };
  if (namesNonDrugAllergen(question, answer)) return { reading: 'non-drug-allergen' };
  if (namesAllergenAfterNo(question, answer)) return { reading: 'allergen' };
  return undefined;
}
