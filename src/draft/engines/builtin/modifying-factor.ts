/**
 * What makes a complaint better or worse, and what the patient fears, asked as a question and
 * answered briefly: "Blir det verre når du bøyer deg fremover?" — "Ja, mye verre." reads as
 * "Verre når pas. bøyer seg fremover."; "Blir det verre av noe?" — "Ja, når jeg går i trapper."
 * as "Verre når pas. går i trapper."; "Hva er du mest bekymret for?" — "At det er kreft." as
 * "Bekymret for at det er kreft.". The short answer alone says nothing a note can keep, and the
 * question alone is not a fact, so without this both were dropped.
 *
 * Safety (session 35d review of s34i): the statement replaces the answer, so it is written only
 * when it says all the answer said and in the answer's direction. An answer that names the other
 * way ("Litt bedre." to "Blir det verre …?"), negates the fear ("Jeg er ikke redd, men …"), tells
 * of somebody else (a relative's worry, a relative's illness), names a time rather than a
 * circumstance ("I går ble det verre …") or goes on past what the statement says gives
 * `undefined`, and the answer is read as said.
 */
import type { Speaker } from '../../../core/index.js';
import { toNoteLanguage } from './rewrite.js';

/** "Blir det verre når du …?", "Blir smertene bedre av …?", "Er det verre om natta?". */
const factorQuestion =
  /^(?:og\s+)?(?:blir|bli|vert|blei|ble|er|e|kjennes)\s+(?:det|den|han|ho|hun|dei|de|smerten|smertene|smerta|vondten|hodepinen|hovudverken|hosten|kløen|plagene|plagen|svimmelheten|pusten)\s+(?:noe\s+|noko\s+|litt\s+)?(verre|værre|bedre|betre)\s+((?:når|ved|av|om|etter|med|i)\s+.+?)\s*\?*$/iu;

/** "Blir det verre av noe?", "Er det noe som gjør det bedre?", "Kva gjer det verre?". */
const openFactorQuestion =
  /^(?:og\s+)?(?:(?:blir|vert|er)\s+(?:det|den|smertene|smerten|plagene)\s+(verre|værre|bedre|betre)\s+(?:av|ved|med)\s+(?:noe|noko|noen ting)|(?:er det\s+|finst det\s+|fins det\s+)?(?:noe|noko|hva|kva)\s+(?:som\s+)?(?:gjør|gjer|gjorde)\s+(?:det|den|smertene|plagene)\s+(verre|værre|bedre|betre))\s*\?*$/iu;

/**
 * "Hva er du (mest) bekymret for?", "Kva er du redd for?", "Er det noe (spesielt) du er bekymret
 * for?", "Er du bekymret for noe?": the patient's own fear ("du", not "dere": parents' or a
 * relative's worry is theirs).
 */
const fearQuestion =
  /^(?:og\s+)?(?:(?:hva|kva)\s+er\s+du\s+(?:mest\s+|mest av alt\s+)?(?:bekymret|bekymra|redd|engstelig|urolig|uroleg|rædd)\s+for|(?:er\s+det|e\s+det|er\s+det\s+da)\s+(?:noe|noko)\s+(?:spesielt\s+|særlig\s+|bestemt\s+)?(?:som\s+)?du\s+er\s+(?:bekymret|bekymra|redd|engstelig|urolig|uroleg|rædd)\s+for|er\s+du\s+(?:bekymret|bekymra|redd|engstelig|urolig|uroleg|rædd)\s+for\s+(?:noe|noko)(?:\s+(?:spesielt|særlig|bestemt))?)\s*\?*$/iu;

/** "Hvordan sover du?", "Korleis er matlysta?": how sleep or appetite is. */
const howQuestion =
  /^(?:og\s+)?(?:hvordan|korleis|koss|åssen|hvordan)\s+(?:(sover|søv|søvnen|har du sovet|har du sove)|(?:er|går det med|har)\s+(?:du\s+)?(søvnen|matlysten|matlysta|appetitten|søvn))(?:\s+(?:du|han|hun|ho|dere))?(?:\s+(?:nå|no|for tiden|om natta|om natten))?\s*\?*$/iu;
/**
 * "Dårlig", "Mye bedre", "Sånn passe" — a plain quality the note puts after the topic — standing
 * alone before a comma or the end ("Normalt sover jeg godt, men …" is no such answer).
 */
const quality =
  /^(?:(?:veldig|mye|mykje|ganske|litt|ikke så|ikkje så|itj så|heilt|helt)\s+)?(dårlig|dårleg|dårli|bedre|betre|godt|bra|greit|fint|verre|elendig|normalt|normal|redusert|nedsatt|ok|okei)(?:\s+(?:nå|no|for tiden|i det siste))?(?=[,.!]|$)/iu;

const yesOpening = /^(?:ja|jo|jada|ja da|jepp|definitivt|absolutt)(?![\p{L}])[,.!]?\s*/iu;
const noOpening = /^(?:nei|næ|nope|neida|nei da)(?![\p{L}])[,.!]?\s*/iu;
/** "Nei, ikke som jeg har merket", "Vet ikke": an unsure answer says nothing either way. */
const unsure =
  /(?:vet ikke|veit ikkje|veit ikke|vet ikkje|usikker|ikke som jeg|ikkje som eg|tror ikke|trur ikkje|kanskje|mulig)/iu;

/** A word that says a complaint worsens. */
const worseWord =
  /(?<![\p{L}])(?:verre|værre|vondere|verst|forverr\p{L}*|økte?|øker|sterkere|mer vondt|meir vondt)(?![\p{L}])/iu;
/** A word that says a complaint eases. */
const betterWord =
  /(?<![\p{L}])(?:bedre|betre|lettere|lettare|lindr\p{L}*|hjelper|hjelp|hjalp|roligere|mindre|avtar|gir seg|går over|forsvinner|best)(?![\p{L}])/iu;
/** "ikke", "aldri", "ingen": a negation the statement could lose. */
const negation =
  /(?<![\p{L}])(?:ikke|ikkje|itj|ikkj|aldri|ingen|ingenting|inga|ingen ting)(?![\p{L}])/iu;
/** A relative or another person: what they fear or had is theirs, not the patient's. */
const otherPerson =
  /(?<![\p{L}])(?:kona|kone|kjerringa|mannen|ektemann\p{L}*|samboer\p{L}*|kjæresten|mor|mora|moren|mamma|far|faren|fars|pappa|datter|dattera|datteren|sønn|sønnen|sonen|bror|broren|søster|søstera|søsteren|mormor|morfar|farmor|farfar|bestemor|bestefar|tante|onkel|fetter|kusine|familien|slekta|venn\p{L}*|kompis\p{L}*|kollega\p{L}*|naboen|legen|han|hun|ho|dei|de|dem)(?![\p{L}])/iu;
/**
 * A time, not a circumstance: "i går", "i natt", "i det siste", "etter en uke", "om to dager" are
 * when, not what makes it so ("om natta" and "om morgenen" are habits and stay).
 */
const timePhrase =
  /^(?:i\s+(?:går|gar|dag|morges|morgon|kveld|natt|helga|helgen|fjor|år|det siste|siste|tida|tiden|ettermiddag|formiddag|forrige|hvert|kvart|vinter|sommer|høst|vår|påske|jul|julen|ferien|\d+|en|ei|et|ett|to|tre|noen|nokre|et par|flere|fleire|uke|uka|veke|hele|heile)|(?:om|etter|med|siden|sia|fra|frå|til|før|for|ved|under)\s+(?:\d+|en|ei|et|ett|to|tre|fire|fem|noen|nokre|nokon|et par|ett par|flere|fleire|tida|tiden|hvert|kvart|det|det siste|sist|jul|julen|påske|ferien|helga|helgen|åra|årene|uka|uken))(?![\p{L}])/iu;

/** Spoken filler around a nothing-answer: "Nei, egentlig ingenting spesielt." */
const nothingAnswer =
  /^(?:(?:nei|nja|næ|neida|nei da|egentlig|eigentleg|vel|altså|liksom|sånn|ikke|ikkje|itj|noe|noko|no|ingenting|ingen ting|inkje|spesielt|særlig|særleg|bestemt|som helst|mye|så mye|nå|no|akkurat)(?:[,.!]\s*|\s+|$))+$/iu;
const namesNothing =
  /(?<![\p{L}])(?:ingenting|ingen ting|inkje|ikke noe|ikkje noko|ikke no|itj no|nei)(?![\p{L}])/iu;

/** "Jeg er mest redd for …": the fear said in a full sentence, before what is feared. */
const fearSaid =
  /^(?:jeg|eg|æ|e)\s+(?:er|e|blir)\s+(?:vel\s+|nok\s+)?(?:mest\s+|mest av alt\s+|litt\s+)?(?:bekymret|bekymra|redd|rædd|engstelig|urolig|uroleg)\s+for\s+/iu;
/** Pronouns and verbs that open a sentence, not a noun phrase: "Det er kreft", "Jeg tenker …". */
const clauseOpening =
  /^(?:jeg|eg|æ|e|du|vi|me|det|den|dette|der|hva|kva|hvis|viss|er|var|har|hadde|kan|skal|tenker|tror|trur|lurer)(?![\p{L}])/iu;

/** Whom the question and the answer are about: a relative answering a "du" question is not. */
export interface ModifyingFactorOptions {
  /** Who answered; a relative's answer to a question put to "du" is about the relative. */
  readonly speaker?: Speaker;
}

function toPatientWords(text: string): string {
  return text
    .replace(/(?<![\p{L}])du(?![\p{L}])/gu, 'jeg')
    .replace(/(?<![\p{L}])deg(?![\p{L}])/gu, 'meg')
    .replace(/(?<![\p{L}])din(?![\p{L}])/gu, 'min')
    .replace(/(?<![\p{L}])ditt(?![\p{L}])/gu, 'mitt')
    .replace(/(?<![\p{L}])dine(?![\p{L}])/gu, 'mine');
}

function asStatement(text: string): string | undefined {
  const said = toNoteLanguage(`${text.replace(/[.!?]+$/u, '')}.`, {
    speaker: 'pasient',
    voice: 'note',
  });
  if (said === undefined) return undefined;
  return said.charAt(0).toUpperCase() + said.slice(1);
}

function direction(word: string): 'Verre' | 'Bedre' {
  return /^(?:verre|værre)$/iu.test(word) ? 'Verre' : 'Bedre';
}

/** Whether the text names the way opposite to `way` ("bedre", "hjelper" against "Verre"). */
function namesOtherWay(text: string, way: 'Verre' | 'Bedre'): boolean {
  return (way === 'Verre' ? betterWord : worseWord).test(text);
}

/** The text without its closing stop: "Når jeg går i trapper." → "Når jeg går i trapper". */
function withoutStop(text: string): string {
  return text.replace(/[.!]+$/u, '').trim();
}

/**
 * Whether the question is put to the person who answered: a relative answering "Hva er du redd
 * for?" tells the relative's fear, and "Blir det verre når du går?" to a relative is not about
 * the patient.
 */
function isAskedOfAnswerer(question: string, speaker: Speaker | undefined): boolean {
  return !(
    speaker === 'pårørende' && /(?<![\p{L}])(?:du|deg|din|di|dere)(?![\p{L}])/iu.test(question)
  );
}

/** "Blir det verre når du går?" — "Ja, litt verre." / "Nei.": the named factor, either way. */
function fromNamedFactor(
  way: 'Verre' | 'Bedre',
  condition: string,
  said: string,
): string | undefined {
  // "… når du går eller står?", "… i dag?": a choice or a time is no factor one yes can confirm.
  if (/(?<![\p{L}])eller(?![\p{L}])|,/iu.test(condition) || timePhrase.test(condition))
    return undefined;
  // "Litt bedre." to "Blir det verre …?": the other way is the patient's to say, not a yes.
  if (namesOtherWay(said, way)) return undefined;
  const sameWay = way === 'Verre' ? '(?:verre|værre)' : '(?:bedre|betre)';
  const yes = new RegExp(
    `^(?:(?:ja|jo|jada|ja da|jepp|definitivt|absolutt)(?![\\p{L}])[,.!]?\\s*)?(?:(mye|mykje|veldig|klart|absolutt|litt)\\s+)?(${sameWay})?[.!]?$`,
    'iu',
  );
  const affirmed = yes.exec(said);
  // A bare degree with no yes and no way ("Litt.") is not an answer the note can read.
  if (affirmed !== null && (yesOpening.test(said) || affirmed[2] !== undefined)) {
    const degree = /^litt$/iu.test(affirmed[1] ?? '') ? 'Litt ' : '';
    return asStatement(`${degree}${degree === '' ? way : way.toLowerCase()} ${condition}`);
  }
  const no = new RegExp(
    `^(?:nei|næ|nope|neida|nei da)(?![\\p{L}])[,.!]?\\s*(?:(?:ikke|ikkje|itj)(?:\\s+(?:noe|noko|egentlig|særlig|spesielt))?(?:\\s+${sameWay})?[.!]?)?$`,
    'iu',
  );
  if (no.test(said)) return asStatement(`Ikke ${way.toLowerCase()} ${condition}`);
  return undefined;
}

/** "Blir det verre av noe?" — "Når jeg går i trapper.": the circumstance named, whole. */
function fromOpenFactor(way: 'Verre' | 'Bedre', said: string): string | undefined {
  if (noOpening.test(said)) return undefined;
  const rest = withoutStop(said.replace(yesOpening, ''));
  if (rest.length < 3 || /[,.!?;:]/u.test(rest)) return undefined;
  // The content must say when or of what: "når jeg går", "av kulde", "å ligge", "om natta".
  if (!/^(?:når|ved|av|om|etter|med|i|å|aa|hvis|viss|dersom|under)\s/iu.test(rest))
    return undefined;
  // "I går ble det verre …" is a time and a sentence of its own; "Når jeg ligger blir det bedre"
  // says its own way; "Ikke når jeg sitter" and the like say what does not: read as said.
  if (
    timePhrase.test(rest) ||
    worseWord.test(rest) ||
    betterWord.test(rest) ||
    negation.test(rest) ||
    otherPerson.test(rest)
  )
    return undefined;
  // "Når jeg går" opens the answer with a capital; in the statement it follows the way.
  const lowered = `${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
  const condition = /^(?:å|aa)\s/iu.test(lowered) ? `av ${lowered}` : lowered;
  return asStatement(`${way} ${condition}`);
}

/** "Hvordan sover du?" — "Dårlig, jeg våkner av smertene.": the topic before the answer, whole. */
function fromHowQuestion(topic: 'Sover' | 'Matlyst', said: string): string | undefined {
  const rest = said
    .replace(/^(?:nja|tja|hm+|eh)[,.]?\s*/iu, '')
    .replace(/,?\s*(?:takk|takk for at du spør)(?=[.!]?$)/iu, '');
  const named = quality.exec(rest)?.[1];
  if (named === undefined || /[.!?]\s*\S/u.test(rest)) return undefined;
  const statement = asStatement(`${topic} ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`);
  // "Greit" is spoken filler to the note's rewriting: a statement that lost the quality ("Sover,
  // men …") says less than the answer, which is then read as said.
  return statement !== undefined &&
    new RegExp(`(?<![\\p{L}])${named}(?![\\p{L}])`, 'iu').test(statement)
    ? statement
    : undefined;
}

/** "Hva er du bekymret for?" — "At det er kreft." / "Egentlig ingenting.": the patient's fear. */
function fromFearQuestion(said: string): string | undefined {
  // "Egentlig ingenting.", "Nei, ikke noe spesielt.": no fear, said as the note says it.
  if (nothingAnswer.test(said) && namesNothing.test(said)) return 'Ingen spesielle bekymringer.';
  const rest = withoutStop(
    said
      .replace(yesOpening, '')
      .replace(fearSaid, '')
      .replace(/,?\s+(?:egentlig|eigentleg|vel|liksom)$/iu, '')
      .replace(/^(?:egentlig|eigentleg|vel|liksom)\s+/iu, ''),
  );
  // One sentence, all of it: the fear is its first clause, and what follows ("…, for jeg har
  // lest om det på nettet", "…, for det hadde faren min") is kept word for word after it.
  if (rest.length < 3 || /[.!?;:]/u.test(rest) || noOpening.test(rest)) return undefined;
  const comma = rest.indexOf(',');
  const fear = comma < 0 ? rest : rest.slice(0, comma).trim();
  const after = comma < 0 ? '' : rest.slice(comma);
  // "Jeg er ikke redd, men …": a denied fear is no worry; a fear that is somebody else's, or one
  // taken back after the comma, is read as said.
  const fearWord = /(?:bekymr|redd|rædd|engstel|urolig|uroleg)/iu;
  if (otherPerson.test(fear) || fearWord.test(fear) || fearWord.test(after)) return undefined;
  // "Egentlig ingenting, jeg vil bare vite …": no fear, and what the patient wants kept after it.
  if (after.length > 0 && nothingAnswer.test(fear) && namesNothing.test(fear))
    return asStatement(`Ingen spesielle bekymringer${after}`);
  const feared = `${fear.charAt(0).toLowerCase()}${fear.slice(1)}`;
  if (/^(?:at|om|for at)\s/iu.test(fear)) return asStatement(`Bekymret for ${feared}${after}`);
  // A noun phrase: "Kreft.", "Noe alvorlig.", "Blodpropp i beinet." — no clause, no negation.
  if (clauseOpening.test(fear) || negation.test(fear) || fear.split(/\s+/u).length > 4)
    return undefined;
  return asStatement(`Bekymret for ${feared}${after}`);
}

/**
 * The note's statement for a question about what makes a complaint better or worse, how the
 * patient sleeps or eats, or what the patient fears, and the whole answer to it; `undefined`
 * when the question is of another kind, or the answer is unsure, names the other way, tells of
 * somebody else, or says more than the statement would keep.
 */
export function modifyingFactorFromAnswer(
  question: string,
  answer: string,
  options: ModifyingFactorOptions = {},
): string | undefined {
  const asked = question.trim();
  const said = answer.trim();
  if (said.length === 0 || unsure.test(said) || !isAskedOfAnswerer(asked, options.speaker))
    return undefined;
  const specific = openFactorQuestion.test(asked) ? null : factorQuestion.exec(asked);
  if (specific?.[1] !== undefined && specific[2] !== undefined) {
    const condition = toPatientWords(specific[2].replace(/[?.!]+$/u, ''));
    return fromNamedFactor(direction(specific[1]), condition, said);
  }
  const open = openFactorQuestion.exec(asked);
  if (open !== null) return fromOpenFactor(direction(open[1] ?? open[2] ?? ''), said);
  const how = howQuestion.exec(asked);
  if (how !== null) {
    const sleep = how[1] !== undefined || /søvn/iu.test(how[2] ?? '');
    return fromHowQuestion(sleep ? 'Sover' : 'Matlyst', said);
  }
  if (fearQuestion.test(asked) && options.speaker !== 'pårørende') return fromFearQuestion(said);
  return undefined;
}

/**
 * The statement for an answer given as sentences, and how many of them it says: all of them,
 * or — for how the patient sleeps or eats, when the later sentences neither take it back
 * ("Eller …", "Nei, …") nor are needed for it — the first alone, the others read as said.
 */
export function readModifyingFactor(
  question: string,
  sentences: readonly string[],
  options: ModifyingFactorOptions = {},
): { readonly statement: string; readonly covered: number } | undefined {
  const whole = modifyingFactorFromAnswer(question, sentences.join(' '), options);
  if (whole !== undefined) return { statement: whole, covered: sentences.length };
  const [first, ...others] = sentences;
  if (first === undefined || others.length === 0 || !howQuestion.test(question.trim()))
    return undefined;
  // "Godt. Bortsett fra at jeg våkner av smertene hver natt.": a later sentence that takes the
  // quality back in part, or — after a good quality — tells of waking or the night, is needed
  // for it ("Dårlig. Jeg ligger våken til tre." only bears the bad one out).
  const good =
    !/^(?:\p{L}+\s+)?(?:dårlig|dårleg|dårli|verre|elendig|redusert|nedsatt)(?![\p{L}])/iu.test(
      first.trim(),
    );
  if (
    others.some(
      (sentence) =>
        /^(?:eller|nei|næ|jo|forresten|altså|men|bortsett|unntatt|utenom|likevel|allikevel)(?![\p{L}])/iu.test(
          sentence.trim(),
        ) ||
        (good && /(?<![\p{L}])(?:våkn\p{L}*|vakn\p{L}*|natt\p{L}*)/iu.test(sentence)),
    )
  )
    return undefined;
  const statement = modifyingFactorFromAnswer(question, first, options);
  return statement === undefined ? undefined : { statement, covered: 1 };
}
