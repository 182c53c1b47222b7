/*
 * Question-and-answer pairs become note statements: the doctor asks "Har du hatt feber?", the
 * patient answers "Nei." and the note says "Ingen feber." Only yes/no questions are turned
 * around; open questions ("Hva skjedde?") leave the answer to speak for itself.
 */

import { isClinicalWord } from '../../language/clinical-terms.js';
import { toClinicalWording } from '../../language/clinical-wording.js';
import { fold } from '../../language/fold.js';
import { capitalize } from './note-register.js';
import {
  exceptNamed,
  kindsNamedAfterNo,
  medicineWhenNeeded,
  namesBloodThinner,
  readExceptAnswer,
  thoughtsWhen,
} from './except-answer.js';
import { isSafeJoAnswer, isSafeJoDetail } from './jo-detail.js';
import { toVisionQuestion } from './vision-question.js';

export type Polarity = 'yes' | 'no';

const yesPattern =
  /^(?:ja|jo|jada|ja da|jepp|javisst|absolutt|stemmer|det stemmer|det (?:har|gjør|er|var) (?:jeg|det)(?! ikke))(?![\p{L}])/iu;
const noPattern =
  /^(?:nei|neida|nei da|næ|næh|næi|nææ|neii|nehei|nope|niks|nix|ikke|aldri|ingenting|ingen|egentlig ikke|langt ifra|(?:slett|slettes|overhodet|absolutt) ikke|(?:det )?stemmer ikke|det (?:har|gjør|er|var) (?:jeg|det) ikke|ikke som jeg (?:vet|har merket)|(?:jeg )?(?:har|hev) (?:ikke|aldri) (?:hatt det|det|merket noe|sett noe)|det er ikke noe|null(?=\s*(?:[.!,]|$)))(?![\p{L}])/iu;
/**
 * "Ja, nei, det har jeg ikke": the spoken "ja, nei" opens a no. "Ja, ikke …" and "Jo, ikke …" are
 * neither yes nor no, so they are never turned into a statement.
 */
const yesThenNoPattern = /^(?:ja|jo|jada)[,.!]?\s+nei(?![\p{L}])/iu;
const yesThenNegationPattern = /^(?:ja|jo|jada)[,.!]?\s+(?:ikke|aldri|ingen)(?![\p{L}])/iu;

/** The answer without a spoken "ja, " before its "nei" ("Ja, nei, det har jeg ikke."). */
function withoutYesBeforeNo(answer: string): string {
  // "Ja, nei", "Hm, nei", "Nja, nei": what comes before the "nei" is no answer of its own.
  return answer
    .trim()
    .replace(/^(?:ja|jo|jada|hm+|eh+|ehm|øh|mm|nja)[,.!]?\s+(?=nei(?![\p{L}]))/iu, '');
}
/** "Nei, nei, det går" to "Klarer du …, eller …?" means the patient manages. */
const managesPattern =
  /(?<![\p{L}])(?:det går|går fint|går greit|går bra|klarer|får til)(?![\p{L}])/iu;
/**
 * A question whose first part asks whether the patient manages something ("Klarer du å drikke,
 * eller kaster du opp?"): only there does "det går" answer the first part with a yes. To "Har du
 * hatt magesår, eller fått vondt av Ibux?" the answer "Nei, aldri hatt magesår. Ibux går fint."
 * denies the ulcer; "går fint" speaks of the drug, and read as a yes it wrote "Har hatt magesår."
 */
const asksWhetherManagesPattern =
  /^(?:klarer|greier|orker|får|kan) (?:du|han|hun) (?:å |til )?|^går det (?:an|greit|fint|bra)/u;

/**
 * "Nei, itj nå sånt.", "Nei, ikkje det heller.", "Nei, itte det heller.": the dialect negators of
 * a plain no in bokmål, so the no is read as plain (session 38g). Only the words of the no change.
 */
function withStandardNegators(answer: string): string {
  // Dialect «nå»/«no» after a dialect negator is «noe» ("itj nå sånt"); after bokmål «ikke» it is
  // «now» ("ikke nå, men i natt"), and before «før» it says since when ("itj nå før i dag": not
  // until today), so neither turns into "noe" (session 39g).
  return answer
    .replace(
      /(?<![\p{L}])(?:ikkje|ikkj|itj|itte|inkje|ente|kje) (?:nå|no)(?![\p{L}])(?! (?:før|enn|lenger|lengre|siden|sia|sidan))(?!,? men(?![\p{L}]))/giu,
      'ikke noe',
    )
    .replace(/(?<![\p{L}])(?:ikkje|ikkj|itj|itte|inkje|ente|kje)(?![\p{L}])/giu, 'ikke')
    .replace(/(?<=(?<![\p{L}])ikke )(?:noko|nåkka|nåkke|nokka)(?![\p{L}])/giu, 'noe')
    .replace(/(?<=(?<![\p{L}])ikke noe )(?:sånn|slik|slikt|sånnt)(?![\p{L}])/giu, 'sånt');
}

/** "Nei.", "Nei, ingenting.", "Nei. Nei, det har jeg ikke." — a no that adds nothing else. */
export function isPlainNo(said: string): boolean {
  const standard = withStandardNegators(said);
  return isPlainStandardNo(said) || (standard !== said && isPlainStandardNo(standard));
}

function isPlainStandardNo(said: string): boolean {
  const answer = withoutYesBeforeNo(said);
  const opening = answer
    .trim()
    .split(/(?<=[.!?])\s+/u)
    .slice(0, 2)
    .join(' ');
  const first = answer.trim().split(/(?<=[.!?])\s+/u)[0] ?? '';
  // "Nei. Bare nattesvette.", "Nei. Men litt kvalm.": what follows the no affirms a part.
  const next = answer.trim().split(/(?<=[.!?])\s+/u)[1] ?? '';
  if (/^(?:bare|berre|kun)(?![\p{L}])/iu.test(next)) return false;
  // "Ingen av delene.", "Verken eller.", "Ikke det jeg har merket.", "Ikkje det heller.", "Slett
  // ikke.", "Det ække noe sånt." — a no to every part without "nei".
  if (
    /^(?:ingen av (?:delene|dem|de to)|ikke noen av (?:dem|de|dei|delene|disse)|ingen ting|ingenting(?: sånt| slikt| av det)?|egentlig ikke|ikke det(?:, nei)?|ikke det hel(?:l|ler)|ikke i det hele tatt|ikke noe (?:sånt|slikt)|(?:slett|slettes|overhodet|absolutt) ikke|langt ifra|niks|nix|null|(?:jeg )?(?:har|hev) (?:ikke|aldri) (?:hatt det|det|merket noe(?: sånt)?)|det er ikke noe(?: sånt)?|verken eller|verken det ene eller det andre|ikke noe av det|ingenting av det|ikke (?:det|som) (?:jeg|vi) (?:vet(?: om)?|har merket|har sett|kan huske)|aldri)[.!]?$/iu.test(
      first,
    )
  )
    return true;
  return [opening, first].some((candidate) =>
    /^(?:nei|neida|nei da|næ|næh|næi|nææ|neii|nehei)(?:[,.!]\s*(?:nei[,.!]?\s*)?(?:ikke det heller|ikke i det hele tatt|(?:hun|han) sier nei(?: til begge deler| til alt| til begge)?|det (?:har|gjør|er|var) (?:jeg|det|hun|han) ikke|aldri|ingenting(?: av det)?|ingen ting|ingen av delene|ingen av dem|ingen av de to|ingenting sånt|ingenting slikt|aldri i livet|ikke noe sånt|verken eller|verken det ene eller det andre|det (?:har|gjør) (?:jeg|vi) ikke (?:sett|merket|lagt merke til)|nei til begge(?: deler)?|ikke noe(?: sånt| slikt| av det| av delene)?|ikke noen av (?:dem|de|dei|delene|disse)|begge deler nei)?)?[.!]?$/iu.test(
      candidate,
    ),
  );
}

/**
 * "Nei, jeg snublet bare." to "Besvimte du, eller ble du svimmel?": a no followed by an
 * explanation that names none of the things asked about and qualifies nothing ("men", "litt",
 * "av og til", "bare når …") denies every part of the question.
 */
export function isExplainedNo(question: string, answer: string): boolean {
  const first = withoutYesBeforeNo(answer).split(/(?<=[.!?])\s+/u)[0] ?? '';
  const opening = /^(?:nei|neida|næ|næh|næi|nææ|neii|nehei)[,.!]?\s+(.+)$/iu.exec(first);
  const explanation = opening?.[1];
  if (explanation === undefined) return false;
  if (
    /(?<![\p{L}])(?:men|litt|iblant|av og til|noen ganger|en gang|ja|bare (?:når|om|ved|i|på|litt)|kun|unntatt|utenom)(?![\p{L}])/iu.test(
      explanation,
    )
  )
    return false;
  const asked = question
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 4)
    .map((word) => word.slice(0, 4));
  return explanation
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 4 && !answerFillerWords.has(word))
    .every((word) => !asked.includes(word.slice(0, 4)));
}

/**
 * Four-letter beginnings of what a no goes on to affirm ("Nei, men litt hoste" → "host"; "Nei,
 * bare litt kvalm", "Nei. Berre i armen.", "Kanskje litt feber" → "kval", "arme", "febe").
 */
function qualifiedPart(answer: string, withDenials = false, hedges = true): string[] {
  const part = (hedges ? hedgedQualifier : plainQualifier).exec(answer)?.[1];
  if (part === undefined) return [];
  // "Litt kvalm, men eg har ikkje kasta opp.": a clause that denies affirms nothing.
  return part
    .split(/[,.!?]|(?<![\p{L}])men(?![\p{L}])/u)
    .filter(
      (clause) =>
        withDenials || !/(?<![\p{L}])(?:ikke|ikkje|itj|ingen|inga|aldri)(?![\p{L}])/iu.test(clause),
    )
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 4 && !answerFillerWords.has(word))
    .map((word) => word.slice(0, 4));
}

/** "Nei, men litt hoste", "… bortsett fra …": what a no goes on to affirm. */
const plainQualifier = /(?<![\p{L}])(?:men|bortsett fra|unntatt|utenom)\s+(.+)$/iu;
/** The same, and "bare", "kanskje", "litt" ("Nei, bare litt kvalm."). */
const hedgedQualifier =
  /(?<![\p{L}])(?:men|bortsett fra|unntatt|utenom|bare|berre|kun|kanskje|litt)\s+(.+)$/iu;
/**
 * "Nei, ingen av delane.": a first sentence that denies every part in words of its own; a "berre"
 * said after it ("Eg brukar berre Levaxin") speaks of something else.
 */
const wholeNoSentence =
  /^(?:nei|næ|neida)?[,.!]?\s*(?:ingen av|ikke noe av|ikkje noko av|ingenting|ingen ting|verken)(?![\p{L}])/iu;

/** "Veit ikkje", "vet ikke", "usikker": the patient does not know, so nothing is denied. */
const unsureAnswer =
  /(?<![\p{L}])(?:ve(?:i)?t (?:ikke|ikkje|itj|ikkje heilt|ikke helt)|usikker|husker ikke|hugsar ikkje)(?![\p{L}])/iu;

/** "Feber har vi itj målt", "ikke sjekket blodtrykket": a sentence saying something went unmeasured. */
const unmeasuredSentence =
  /(?<![\p{L}])(?:ikke|ikkje|itj|aldri)\s+(?:[\p{L}]+\s+)?(?:målt|målte|sjekket|sjekka|kontrollert|veid|veiet|vege)(?![\p{L}])/iu;

/**
 * Four-letter beginnings of what an answer says was never measured ("Nei, ho har itj falle.
 * Feber har vi itj målt." → "febe"); the first sentence, which carries the no, never counts.
 */
function unmeasuredParts(answer: string): string[] {
  return answer
    .trim()
    .split(/(?<=[.!?])\s+/u)
    .slice(1)
    .filter((sentence) => unmeasuredSentence.test(sentence))
    .flatMap((sentence) => sentence.toLowerCase().split(/[^\p{L}]+/u))
    .filter((word) => word.length >= 4 && !answerFillerWords.has(word))
    .map((word) => word.slice(0, 4));
}

/** Words that make a no affirm or hedge something ("Nei, bare litt", "Nei, men …"). */
const hedgedAnswerWords = /^(?:nei|næ|neida)[,.!]?\s+(?:bare|berre|kun|litt|kanskje)(?![\p{L}])/iu;

/**
 * Four-letter beginnings of what a no names as denied ("Nei, ikke feber." → "febe"; "Nei, ikkje
 * noko blod, og ingen sår." → "blod", "sår"). Only an answer of one sentence narrows: "Nei, ikke
 * svimmel. Ikke noe renning." or "Nei, ingen medisina. Og e tåle alt." goes on to answer the other
 * parts in words of its own, and the whole question is denied as before.
 */
function deniedByName(answer: string): string[] {
  const sentences = answer.trim().split(/(?<=[.!?])\s+/u);
  // "Nei, ikkje noko anna.", "Næ, ingen medisina i det hele tatt.": a no to everything asked.
  if (sentences.length !== 1 || wholeNo.test(answer)) return [];
  return (
    [
      ...answer.matchAll(
        /(?<![\p{L}])(?:ikke|ikkje|itj|ingen|inga|ingi)\s+(?:(?:noe|noko|nokon|noen|nåke|nåkka|nåkke|noka|mye|særlig)\s+)?([\p{L}]+)/giu,
      ),
    ]
      .map((match) => (match[1] ?? '').toLowerCase())
      .filter((word) => word.length >= 3 && !answerFillerWords.has(word))
      .map((word) => word.slice(0, 4))
      // "Nei, ingen tanker." to "tanker om å ta livet ditt eller skade deg selv": the thoughts
      // frame every part, so naming them names no single part.
      .filter((head) => !thoughtHeads.includes(head))
  );
}

/**
 * "Har du nakkestivhet eller lysskyhet?" — "Nei. Bare lysskyhet." / "Nei, kun lysskyhet.": an
 * answer that after "bare" or "kun" names a part asked affirms that part, and the note keeps it
 * even when the lexicon does not know the word.
 */
export function affirmsAskedPart(question: string, sentence: string): boolean {
  const rest = /^(?:(?:nei|næ|neida)[,.!]?\s+)?(?:bare|berre|kun)\s+(.+)$/iu.exec(
    sentence.trim(),
  )?.[1];
  if (rest === undefined) return false;
  const asked = question
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 4)
    .map((word) => word.slice(0, 4));
  return rest
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 4 && word !== 'litt' && !answerFillerWords.has(word))
    .some((word) => asked.includes(word.slice(0, 4)));
}

/** Four-letter beginnings of "tanker", "tankar", "tenkt": the frame of a suicide question. */
const thoughtHeads = ['tank', 'tenk'];

/** Words that make a no deny everything asked, whatever part it names. */
const wholeNo =
  /(?<![\p{L}])(?:i det hele tatt|i det heile teke|(?:noe|noko|noka|nåkka|nåke) (?:anna|annet|anne|sånt|slikt|av det)|(?:ingen|ikke|ikkje|itj) (?:anna|annet|andre|sånt|slikt))(?![\p{L}])/iu;

/** A question whose later part is an example of the first ("medisiner, blodfortynnende for eksempel"). */
const askedByExample = /(?<![\p{L}])(?:for eksempel|til dømes|til eksempel|som)(?![\p{L}])/iu;

/** Whether a part of a question names one of the four-letter beginnings. */
function namesAny(item: string, beginnings: readonly string[]): boolean {
  return item
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => word.length >= 3 && beginnings.includes(word.slice(0, 4)));
}

/**
 * The first part of a question asked of one other part instead ("har du kvalme" of "oppkast" →
 * "har du oppkast", "stråla det ut i armen" of "kjeven" → "stråla det ut i kjeven"), or
 * `undefined` unless exactly one part of one word is left to ask of.
 */
function withFirstPartFor(
  first: string | undefined,
  others: readonly string[],
): string | undefined {
  const [other] = others;
  if (first === undefined || other === undefined || others.length !== 1) return undefined;
  if (!/^[\p{L}-]{3,}$/u.test(other.trim())) return undefined;
  const asked = /^(.+\s)[\p{L}-]{3,}$/u.exec(first)?.[1];
  // "Har du tanker om å ta livet ditt eller planer?": a first part that ends in a clause of its own
  // ("å ta livet ditt") has no noun to swap («tanker om å ta livet planer» was written).
  if (asked === undefined || /(?<![\p{L}])å(?![\p{L}])/u.test(asked)) return undefined;
  return `${asked}${other.trim()}`;
}

/**
 * "Har du hoste, vondt i halsen eller tungpust?" — "Nei, bare hoste.": the parts left after the
 * affirmed first one, asked with the first part's own «har du» ("har du vondt i halsen eller
 * tungpust"), so every one of them is still denied; `undefined` when the first part opens with no
 * such frame, ends in a clause of its own ("tanker om å ta livet ditt"), or a part left is a
 * question of its own.
 */
function restAskedWithFrameOf(
  first: string | undefined,
  others: readonly string[],
): string | undefined {
  if (first === undefined || others.length === 0) return undefined;
  if (/(?<![\p{L}])å(?![\p{L}])/u.test(first)) return undefined;
  const frame =
    /^(?:har|hadde|er|kjenner|føler|merker) (?:du|han|hun|ho) (?:(?:hatt|fått|merket|kjent|følt|vært) )?/u.exec(
      first,
    )?.[0];
  if (frame === undefined || frame.length >= first.length) return undefined;
  if (
    others.some(
      (other) =>
        !/^[\p{L}][\p{L}\s-]*$/u.test(other.trim()) ||
        /(?<![\p{L}])å(?![\p{L}])/u.test(other) ||
        /^(?:har|er|bruker|tar|kjenner|føler|blir|var|hadde|merker|får) /u.test(other.trim()),
    )
  )
    return undefined;
  return `${frame}${others.map((other) => other.trim()).join(' eller ')}`;
}

/**
 * "Nei, bare (litt) kvalme." to "har du kvalme, …": the exception is exactly the first part
 * asked, at most with a word of degree, and nothing added («bare kvalme og litt løs mage» adds a
 * finding that may be one of the other parts, so none of them is denied).
 */
function namesOnlyFirstPart(named: string | undefined, first: string): boolean {
  if (named === undefined) return false;
  const core = named
    .toLowerCase()
    .replace(/[.!?]+$/u, '')
    .replace(/^(?:litt|lett|noe|noko|mye|bittelitt|ganske)\s+/u, '')
    .trim();
  if (core.length < 3 || /[,;]|(?<![\p{L}])(?:og|men|eller)(?![\p{L}])/u.test(core)) return false;
  const asked = first.toLowerCase().trim();
  return asked === core || asked.endsWith(` ${core}`);
}

/** Words a note never carries: spoken filler, dialect, and the speakers themselves. */
const spokenLeftover =
  /(?<![\p{L}])(?:jeg|meg|du|deg|vi|oss|dere|sånn|liksom|egentlig|faktisk|altså|jo|vel|ok|greit|no|ho|eg|æ|ikkje|noko|berre)(?![\p{L}])/iu;

const hedgedNoPattern =
  /^(?:nei,?\s*)?ikke (?:noe |så )?(?:særlig|mye|veldig)[^,.]*,\s*((?:bare|kun|kanskje|av og til|en sjelden gang) [^.!?]+)/iu;

/** "Ikke noe særlig, bare når jeg springer": a no that is a yes within a restriction. */
export function isHedgedNo(answer: string): boolean {
  return hedgedNoPattern.test(answer.trim());
}

const answerFillerWords = new Set([
  'nei',
  'ikke',
  'ingen',
  'noe',
  'noen',
  'aldri',
  'heller',
  'og',
  'det',
  'har',
  'jeg',
  'vi',
  'sett',
  'merket',
  'hatt',
  'vært',
  'hun',
  'han',
  'er',
  'ble',
  'var',
  'den',
  'av',
  'sånt',
  'slikt',
  'helt',
  'verken',
  'eller',
  'delene',
  'bare',
]);

/**
 * Whether a "no" answer only repeats words of the question ("Har du sett blod i urinen?" — "Nei,
 * ikke noe blod."): the turned question then says it with its context ("Ingen blod i urinen.")
 * and the bare answer adds nothing.
 */
export function isNoCoveredByQuestion(question: string, answer: string): boolean {
  const words = withoutYesBeforeNo(answer)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0);
  if (words[0] !== 'nei' && words[0] !== 'ingen' && words[0] !== 'ikke') return false;
  // "Nei, berre i armen.": what follows the no narrows it, and the answer says what the turned
  // question cannot.
  if (words.some((word) => ['bare', 'berre', 'kun', 'kanskje'].includes(word))) return false;
  const rest = words.filter((word) => !answerFillerWords.has(word));
  if (rest.length === 0 || rest.length > 4) return false;
  const asked = question.toLowerCase();
  // "frysing" to "frysetokter": a four-letter beginning is the same thing asked about.
  return rest.every((word) => asked.includes(word.slice(0, Math.min(4, word.length))));
}

/** Whether a question is a red-flag or screening question a note turns ("Hører du stemmer …?"). */
export function isScreeningQuestion(question: string): boolean {
  const lowered = question.toLowerCase();
  return (
    screeningPhrases.some(([pattern]) => new RegExp(pattern.source, 'u').test(lowered)) ||
    toVisionQuestion(lowered.replace(/[?—]+\s*$/u, '').trim()) !== undefined
  );
}

/** Whether an answer opens with yes or no; `undefined` when it does neither. */
export function answerPolarity(answer: string): Polarity | undefined {
  const text = answer
    .replace(/^(?:eh+|ehm|øh|altså|mm|hm+|nja(?=[,.\s]+nei))[,.\s]+/iu, '')
    // An interpreter reports the answer: "Hun sier nei", "Han sier at ja".
    .replace(/^(?:hun|han) sier(?: at)?\s+/iu, '')
    .trim();
  // "Absolutt ikke", "Det stemmer ikke", "Ja, nei": a yes word turned round is never a yes.
  if (yesThenNoPattern.test(text) || noPattern.test(text)) return 'no';
  if (yesThenNegationPattern.test(text)) return undefined;
  if (yesPattern.test(text)) return 'yes';
  return undefined;
}

const adjectives = new Set([
  'svimmel',
  'kvalm',
  'tett',
  'sliten',
  'trett',
  'slapp',
  'øm',
  'hoven',
  'gravid',
  'tungpustet',
  'andpusten',
  'nedstemt',
  'deprimert',
  'engstelig',
  'hes',
  'stiv',
  'nummen',
  'forstoppet',
  'forstoppa',
  'syk',
  'rød',
  'varm',
  'urolig',
  'redd',
  'bekymret',
  'tørst',
  'skjelven',
  'uvel',
  'tett i nesen',
  'tett i nesa',
  'svak',
  'tung i pusten',
  'tungpusten',
]);
const participles = new Set([
  'falt',
  'trent',
  'tatt',
  'brukt',
  'skada',
  'skadet',
  'spist',
  'sovet',
  'vært',
  'prøvd',
  'målt',
  'kastet',
  'besvimt',
  'gått',
  'røykt',
  'reist',
  'hostet',
  'blødd',
  'oppsøkt',
  'begynt',
  'sluttet',
  'slutta',
  'glemt',
  'byttet',
  'lagt',
  'sett',
  'tisset',
  'tenkt',
  'planlagt',
  'laget',
  'laga',
  'lagd',
  'gjort',
  'pustet',
  'lekket',
  'lekt',
]);
const nonQuestionVerbs = new Set([
  'kan',
  'vil',
  'skal',
  'må',
  'vet',
  'tror',
  'synes',
  'husker',
  'ser',
  'hører',
  'skjønner',
  'forstår',
  'trenger',
  'ønsker',
  'lurer',
]);
const whWords =
  /^(?:hva|hvordan|hvor|når|hvem|hvilke|hvilken|hvilket|hvorfor|hvor lenge|hvor mye|hvor mange)(?![\p{L}])/iu;

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} eller ${items[items.length - 1] ?? ''}`;
}

/**
 * Red-flag and screening questions in the words of a note; they ask about something clinical
 * even when no word of the question is ("Har du hatt noe lignende før?").
 */
const screeningPhrases: readonly (readonly [RegExp, string])[] = [
  [
    /(?<![\p{L}])gått ned i vekt(?: uten (?:grunn|å (?:ville|prøve|ha prøvd)(?: det)?|at du (?:har )?(?:prøvd|ville)(?: det)?))?/gu,
    'hatt vekttap',
  ],
  [
    /(?<![\p{L}])svett(?:et|a) (?:mye |masse |kraftig )?(?:om|på) (?:natta|natten|nettene)/gu,
    'hatt nattesvette',
  ],
  [/(?<=(?:har du|hatt|hadde du) (?:noe |mye )?)vondt i hodet/gu, 'hodepine'],
  [
    /(?<![\p{L}])(?:tenker|tenkt|tenkte) (?:du )?(?:noen gang |iblant |av og til )?at det (?:hadde|ville|kunne) vært (?:bedre|like greit|godt) (?:å ikke våkne|om du ikke våknet|å slippe å våkne)(?: igjen)?/gu,
    'har du dødsønsker',
  ],
  // "Tenker du at du vil dø?", "Har du ønsket å dø?", nynorsk "Ønskjer du å døy?": a wish to die.
  [
    /(?<![\p{L}])(?:(?:tenker|tenkjer) du (?:noen gang |nokon gong |av og til )?at du (?:vil|ønsker å|ønskjer å|heller vil) (?:dø|døy)|(?:ønsker|ønskjer) du (?:å|deg å) (?:dø|døy)|har du (?:noen gang )?(?:ønsket|ønskt|hatt lyst) (?:deg )?(?:å|til å) (?:dø|døy)|har du (?:et )?ønske om å (?:dø|døy))/gu,
    'har du dødsønsker',
  ],
  // "Har du noen gang tenkt at det ville vært bedre å være død?"
  [
    /(?<![\p{L}])(?:har du (?:noen gang |nokon gong )?)?(?:tenkt|tenker du|tenkjer du|tenkte du) (?:noen gang |nokon gong )?at det (?:ville|hadde|kunne) (?:vært|vore) (?:bedre|betre|like greit|enklere|lettere|lettare) (?:å (?:være|vere) død|å (?:dø|døy)|å ikke (?:leve|være her)|om du (?:var|var) død|om du ikke (?:var her|levde))/gu,
    'har du dødsønsker',
  ],
  // "Har du vurdert å gjøre noe med deg selv?", "tenkt på å gjøre noe med deg selv": the suicide
  // question in other words.
  [
    /(?<![\p{L}])(?:har du (?:noen gang |nokon gong )?)?(?:vurdert|tenkt på|tenkt|planlagt|tenkt over) (?:å )?(?:gjøre|gjere) noe (?:med|mot) deg (?:selv|sjølv)/gu,
    'har du suicidtanker',
  ],
  // "Hender det at du tenker på døden?", "Tenker du mye på døden?": the suicide screening asked as
  // thoughts of death.
  [
    /(?<![\p{L}])(?:(?:hender det at|skjer det at|hænder det at) (?:du|dere) |har du |du )?(?:tenker|tenkt|tenkte|tenkjer) (?:du )?(?:noen gang |nokon gong |mye |mykje |ofte |av og til |iblant )?på døden/gu,
    'har du dødstanker',
  ],
  [
    /(?<![\p{L}])(?:hører du stemmer(?: eller ser (?:du )?ting)|ser eller hører du ting) som andre ikke (?:ser|hører)(?: eller hører)?/gu,
    'har du hallusinasjoner',
  ],
  [
    /(?<![\p{L}])perioder (?:der|hvor|da) du (?:har vært|var|er) (?:veldig |svært |unormalt )?oppstemt[^?]*/gu,
    'perioder med oppstemthet',
  ],
];

/**
 * Spoken phrasings of a question a note writes as one clinical item, so the turned answer reads
 * as a note ("tanker om å skade deg selv" → "tanker om selvskading"); lowered text, as data.
 */
const questionPhrases: readonly (readonly [RegExp, string])[] = [
  [/tanker om å skade (?:deg|seg) selv/gu, 'tanker om selvskading'],
  [
    /(?:tanker om )?at (?:du|livet) ikke (?:vil|orker|er verdt å) leve(?: lenger)?|tanker om å ikke leve(?: lenger)?/gu,
    'livslede',
  ],
  [
    /(?<![\p{L}])(?:var|ble) (du|han|hun) borte(?: en stund| et øyeblikk| en liten stund)?/gu,
    'var $1 bevisstløs',
  ],
  [/når du anstrenger deg/gu, 'ved anstrengelse'],
  [/(?<![\p{L}])(?:mye|veldig|unormalt|mer) tørst/gu, 'økt tørste'],
  [/(?<![\p{L}])(?:må (?:du )?tisse|tisser du) (?:mye|ofte|mer)/gu, 'vannlating'],
  [/når du (?:går|gikk)(?= |$)/gu, 'ved gange'],
  // "Har du lagt merke til blod når du hoster?": the clause with its own "du" is the note's "ved …",
  // without which the question was not turned and its "Nei." was lost.
  [/når du (?:hoster|hostar|host)(?= |$)/gu, 'ved hoste'],
  [/når du (?:tisser|tissar|later vannet)(?= |$)/gu, 'ved vannlating'],
  [/når du (?:svelger|svelgjer)(?= |$)/gu, 'ved svelging'],
  [/når du (?:puster inn|trekker pusten|pustar inn)(?= |$)/gu, 'ved inspirasjon'],
  [/når du (?:spiser|et|har spist)(?= |$)/gu, 'ved måltider'],
  [/når du (?:ligger|ligg) (?:ned|flatt)(?= |$)/gu, 'i liggende stilling'],
  [/når du (?:bøyer deg|bøyer deg fremover|bøyer hodet)(?= |$)/gu, 'ved foroverbøying'],
  ...screeningPhrases,
  // "…, for eksempel på trening" illustrates the question; the note keeps what was asked.
  [/,? (?:for eksempel|sånn som|som for eksempel) [^,]*/gu, ''],
];

function cleanQuestion(question: string): string {
  // Case is kept (drug names stay "Selo-Zok"); only the opening word is lowered below.
  let text = question
    // "Jeg må spørre deg som vanlig: Har du hatt …?" — the preamble before the colon asks nothing.
    .replace(/^[^:?]{3,80}:\s+(?=\p{Lu})/u, '')
    // "Nora, bruker du noen medisiner?" — the name the patient is addressed by is no item.
    // A clinical word in front is the topic ("Blodfortynnende, bruker du det?"), not a name.
    .replace(/^(\p{Lu}\p{Ll}+), (?=\p{Ll})/u, (whole, word: string) =>
      isClinicalWord(fold(word)) ? whole : '',
    )
    // "Har hun noen allergier, Hanne?" — nor is the name of the nurse or relative asked.
    .replace(/, \p{Lu}\p{Ll}+(?=[?—]*\s*$)/u, '')
    .replace(/[?—]+\s*$/u, '')
    .replace(/(?<![\p{L}])(?:eh+|ehm|liksom|altså|sånn|egentlig|faktisk)(?![\p{L}])/giu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (let guard = 0; guard < 4; guard += 1) {
    const next = text.replace(
      /^(?:og|så|og så|mm|ok|okei|bra|fint|men|da|nå|ja|hei|hallo)[,.]?\s+/iu,
      '',
    );
    if (next === text) break;
    text = next;
  }
  text = text.charAt(0).toLowerCase() + text.slice(1);
  // "Blodfortynnende, bruker du det?", "Og selvmordstanker, har du hatt noe av det?": the topic
  // named first is what "det" asks about.
  text = text.replace(
    /^([\p{Ll}][\p{Ll} -]{2,40}), (bruker|tar|har|hadde|får) du( hatt)? (?:noe av det|noe sånt|det|dem|den|noen|noe)$/u,
    (_whole, topic: string, verb: string, had: string | undefined) =>
      `${verb} du${had ?? ''} ${topic}`,
  );
  // "Og ikke noe feber?" asks about fever: "Nei." denies it, "Jo." says it (never "Ingen ikke feber").
  text = text.replace(/^(?:ikke|ikkje|itj) (?:noe|noen|noko|nokon|nå) (?=[\p{L}])/u, '');
  // "Noen gang hatt blodpropp, eller slag?" asks "har du".
  text = text.replace(/^noen gang (?=(?:hatt|vært|fått) )/u, 'har du ');
  // "Hender det at du tenker på døden?" asks whether the patient does.
  text = text.replace(/^(?:hender det|skjer det|har det hendt|er det sånn) at (?=du )/u, '');
  // "Og vannlatingen, klarer du å tisse …?" — the topic named first is asked about by what
  // follows; left in front it was denied as a thing of its own ("Ingen vannlatingen.").
  text = text.replace(
    /^[\p{Ll}]+(?:en|et|a|ene|na), (?=(?:klarer|greier|har|hadde|er|var|bruker|tar|får|kjenner|merker|føler|blir|ser) (?:du|hun|han)(?![\p{L}]))/u,
    '',
  );
  for (const [pattern, phrase] of questionPhrases) text = text.replace(pattern, phrase);
  // "Ser du dobbelt eller uklart?": vision asked with «ser» is turned as the note's nouns.
  text = toVisionQuestion(text) ?? text;
  return (
    text
      // "Har du hatt feber da, eller?": the trailing "eller" offers no alternative.
      .replace(
        /,?\s*(?:står det her|ikke sant|eller hva|stemmer det|er det riktig|sant|eller)$/iu,
        '',
      )
      .replace(
        /,?\s+(?:da|nå|i det hele tatt|ellers|noe sånt|eller noe sånt|eller noe|og sånn)$/iu,
        '',
      )
      .trim()
  );
}

/** "Ingen kvalme, oppkast eller diaré. Ikke svimmel." from a list of absent things. */
function negateItems(phrase: string): string | undefined {
  const pieces: string[] = [];
  // "lammelser i armer eller bein", "vondt i magen eller brystet": one word after a place phrase
  // belongs to that place, not a new item ("Ingen brystet").
  for (const piece of phrase.split(/(,\s*(?:eller\s+|og\s+)?|\s+eller\s+|\s+og\s+)/u)) {
    const last = pieces.length - 1;
    if (last >= 0 && /^(?:,\s*(?:eller\s+|og\s+)?|\s+eller\s+|\s+og\s+)$/u.test(piece)) {
      pieces.push(piece);
      continue;
    }
    const joiner = pieces[last];
    const before = pieces[last - 1];
    if (
      joiner !== undefined &&
      before !== undefined &&
      !joiner.includes(',') &&
      /(?<![\p{L}])(?:i|på|ved|fra|rundt) [\p{L}]+$/u.test(before) &&
      // A place in its definite form ("brystet", "kjeven") or a body part ("i lepper eller
      // tunge": "Ingen tunge" would deny a tongue), never "feber".
      /^(?:[\p{L}]+(?:en|et|a|ene|na)|bein|ben|armer|hender|føtter|tunge|lepper|ansikt|hals|nakke|rygg|mage|bryst|fingre|tær|knær|ører|øyne|lår|legg)$/u.test(
        piece,
      )
    ) {
      pieces.splice(last - 1, 2, `${before}${joiner}${piece}`);
      continue;
    }
    pieces.push(piece);
  }
  for (let index = pieces.length - 1; index >= 0; index -= 1)
    if (/^(?:,\s*(?:eller\s+|og\s+)?|\s+eller\s+|\s+og\s+)$/u.test(pieces[index] ?? ''))
      pieces.splice(index, 1);
  // "strålte det ut i armen, kjeven eller ryggen": the first part carries the verb, and the rest
  // are not things denied on their own ("Ingen kjeven") — leave the question unturned.
  if (
    /(?<![\p{L}])(?:det|du|deg|at|som|hvis|når)(?![\p{L}])/u.test(pieces[0] ?? '') &&
    pieces.length > 1
  )
    return undefined;
  // "Har du gått deg bort, eller ikke funnet veien hjem?" — "Nei.": a later part the question
  // already negates, after a first that it does not, is no thing denied ("Ingen funnet veien
  // hjem" says the opposite of what was asked); the one no answers the first part only.
  const firstNegated = negatedPart.test(pieces[0] ?? '');
  const items = pieces
    .filter((piece, index) => index === 0 || firstNegated || !negatedPart.test(piece))
    .map((item, index) =>
      item
        // "Hodepine, eller har du falt?" — "Nei.": a later part asked with its own "har du" and a
        // participle is denied as done ("Har ikke falt."), never left out (session 38g).
        .replace(
          /^(?:har|hadde) (?:du|hun|han|ho) (?=[\p{L}]+(?: [\p{L}]+){0,3}$)/u,
          (whole, _offset: number, all: string) =>
            index > 0 && ownPartParticiple(all.slice(whole.length).split(' ')[0] ?? '')
              ? ''
              : whole,
        )
        // "Og ikke tung i pusten?" — "Nei.": the question's own "ikke" is no item ("Ingen ikke …").
        .replace(/^(?:ikke|ikkje|itj)\s+/u, '')
        .replace(/^(?:noen|noe|mye|ingen)\s+/u, '')
        .replace(/^(?:kjent|følt) (?:deg|seg) /u, '')
        .replace(/^(?:hatt|fått|merket|sett|blitt) (?:noen |noe )?/u, '')
        .replace(/^(?:gått ned i vekt|mistet vekt)$/u, 'vekttap')
        .replace(/^(?:tung i pusten|tungpusten)(?= |$)/u, 'dyspné')
        .replace(/^kastet opp$/u, 'oppkast')
        // "hodepine som kom plutselig" → "plutselig innsettende hodepine".
        .replace(/^([\p{L}]+) som (?:kom|startet|begynte) (plutselig|brått)$/u, '$2 innsettende $1')
        .trim(),
    )
    .filter(
      (item) =>
        item.length > 0 &&
        item.split(' ').length <= 7 &&
        !/(?<![\p{L}])(?:at|du|deg|som|hvis|når|sånt|annet|andre|steder|det)(?![\p{L}])/u.test(
          item,
        ),
    );
  if (items.length === 0) return undefined;
  const absentThings: string[] = [];
  const absentStates: string[] = [];
  const notDone: string[] = [];
  for (const item of items) {
    if (participles.has(item.split(' ')[0] ?? '')) notDone.push(item);
    else if (
      item.startsWith('vondt') ||
      adjectives.has(item) ||
      adjectives.has(item.split(' ')[0] ?? '')
    )
      absentStates.push(item);
    else absentThings.push(item);
  }
  const parts: string[] = [];
  if (absentThings.length > 0) parts.push(`Ingen ${joinList(absentThings)}.`);
  if (absentStates.length > 0) parts.push(`Ikke ${joinList(absentStates)}.`);
  if (notDone.length > 0) parts.push(`Har ikke ${joinList(notDone)}.`);
  return parts.join(' ');
}

function shiftToThirdPerson(text: string): string {
  return text
    .replace(/(?<![\p{L}])deg(?![\p{L}])/gu, 'seg')
    .replace(/([\p{L}]+(?:en|et|a|ene|ne)) (?:din|ditt|dine)(?![\p{L}])/gu, '$1')
    .replace(/(?<![\p{L}])(?:din|ditt|dine) (?=[\p{L}])/gu, '')
    .replace(/(?<![\p{L}])du(?![\p{L}])/gu, 'pas.');
}

/**
 * The turned statements that are about the patient: a part that still speaks of "vi", "dere",
 * "jeg" or "oss" asks about the clinic or the family ("Har dere målt temperaturen?") and goes.
 */
function aboutThePatient(text: string): string | undefined {
  const kept = text
    .split(/(?<=[.!])\s+/u)
    .filter(
      (part) =>
        !/(?<![\p{L}])(?:vi|oss|vår|vårt|våre|dere|jeg|meg|min|mitt|mine)(?![\p{L}])/iu.test(part),
    );
  return kept.length === 0 ? undefined : kept.join(' ');
}

/**
 * A participle after a later part's own "har du" that is denied as done ("Har ikke falt."); not
 * "sett" and "vært", whose parts the note names otherwise ("har du sett dobbelt" → "dobbeltsyn",
 * "har du vært ute og reist" → "Har ikke reist."; fix38g).
 */
function ownPartParticiple(word: string): boolean {
  return participles.has(word) && !['sett', 'vært', 'vore', 'sjått'].includes(word);
}

/**
 * A part of a question that is asked in the negative ("…, eller ikke funnet veien hjem?"): one
 * "nei" to it does not deny it, and turned around it became a double negative.
 */
const negatedPart = /^(?:ikke|ikkje|itj)\s/u;

/** Where a question of several parts splits: «, eller», «og har du …», «eller bruker du …». */
const alternativesPattern =
  /,\s*eller\s+|,?\s+(?:eller|og)\s+(?=(?:har|er|bruker|tar|kjenner|føler|blir|var|hadde|merker|får|kom|slo|besvimte|hoster|ser)\s+(?:du|det|avføringen|urinen|[\p{L}]+en)(?![\p{L}]))/u;
/** The same, and at a comma before a new «har du …» («Er du stiv i nakken, har du feber»). */
const alternativesWithCommaQuestion = new RegExp(
  `${alternativesPattern.source}|,\\s+(?=(?:har|er|bruker|tar|kjenner|føler|blir|hadde|merker|får)\\s+du(?![\\p{L}]))`,
  'u',
);

/** "drikker du ikke …", "har du ikkje hatt …", "røyker du itj": a yes/no question asked in the negative. */
const negatedQuestion = /^([\p{L}]+ (?:du|dere|hun|han|ho)) (?:ikke|ikkje|itj|inte)(?= |$)/u;

/**
 * "Drikker du ikke alkohol?" asks what "Drikker du alkohol?" asks: "Nei." denies it and "Jo."
 * affirms it (read with the question's own "ikke", the no came out "Drikker ikke ikke alkohol."
 * and the "jo" as a denial). The question without its negation; `undefined` when a negated
 * question is answered "ja", which may agree with either reading and is left as said.
 */
function withoutQuestionNegation(text: string, said: string): string | undefined {
  // "Nei, jo, litt i venstre.": a no taken back answers as its "jo" does (session 38g), when what
  // follows the "jo" is a plain yes to the part asked (fix38g: never "litt i venstre" to "høyre").
  const answer = hasSafeJo(withoutNoTakenBack(said), text) ? withoutNoTakenBack(said) : said;
  // "Ingen smerter i brystet?" — "Jo, litt.": the "jo" contradicts the question's "ingen" and says
  // the chest pain (session 38g); read with the "ingen", it came out "Ingen brystsmerter.". A "ja"
  // or "nei" agrees with the question as asked, as before, and so does a "jo" that goes on with a
  // negation, an agreement, another person, a time that is over or another place ("Jo, det har jeg
  // ikke.", "Jo, det stemmer.", "Jo, kona mi har litt.", "Jo, litt i armen."; fix38g).
  if (/^(?:ingen|inga) (?=[\p{L}])/u.test(text)) {
    if (hasSafeJo(answer, text)) return text.replace(/^(?:ingen|inga) /u, '');
    return text;
  }
  // "Ikke prøvd noe for magen?" — "Jo, Novaluzid.": a yes to a question that opens with its
  // negation is said by the answer itself, never turned into "Ikke prøvd noe for magen.".
  if (
    /^(?:ikke|ikkje|itj) /u.test(text) &&
    /^\s*(?:jo|ja|jada|jo da)(?![\p{L}])/iu.test(answer) &&
    !/^\s*(?:jo|ja)[,.!]?\s+(?:nei|ikke|ikkje)(?![\p{L}])/iu.test(answer)
  )
    return undefined;
  if (!negatedQuestion.test(text)) return text;
  if (
    /^\s*(?:ja|jada|ja da|jepp)(?![\p{L}])/iu.test(answer) &&
    !/^\s*ja[,.!]?\s+nei/iu.test(answer)
  )
    return undefined;
  return text.replace(negatedQuestion, '$1');
}

/** Whether the answer opens with a «jo» whose words after it are a plain yes (jo-detail.ts). */
function hasSafeJo(answer: string, question: string): boolean {
  const rest = /^\s*jo(?![\p{L}])[,.!]?\s*(.*)$/isu.exec(answer)?.[1];
  return rest !== undefined && isSafeJoAnswer(rest, question);
}

/** "Nei, jo, litt." → "jo, litt.": the no before a "jo" is taken back. */
function withoutNoTakenBack(answer: string): string {
  return answer.replace(/^\s*(?:nei|næ|ne)[.!,]?\s+(?:eller,?\s+)?(?=jo(?![\p{L}]))/iu, '');
}

/**
 * "Jo, litt.", "Nei, jo, litt i venstre hand.": a yes that says how much or where, kept with the
 * turned question ("Litt smerter i brystet.", "Har nummenhet i bena, litt i
 * venstre.") so the side and the amount are not lost; `undefined` for any other answer.
 */
function withYesDetail(statement: string, answer: string): string | undefined {
  const first =
    withoutNoTakenBack(answer)
      .trim()
      .split(/(?<=[.!?])\s+/u)[0] ?? '';
  // Only after «jo» (or a no taken back into one): there the old reading denied what the answer
  // says. After «ja» the amount is said by the answer itself, and appended it lengthened notes.
  const detail = /^jo[,.!]?\s+(litt(?:[, ]+[^.!?]*)?)[.!]?$/iu.exec(first)?.[1]?.trim();
  if (detail === undefined || detail.split(/\s+/u).length > 8) return undefined;
  // "Ingen smerter i brystet?" — "Jo, litt i høyre arm.": a detail that names another side or
  // body part, another person or a time that is over is never joined to the part asked (fix38g).
  if (/^(?:Ingen|Inga|Ikke|Ikkje|Har ikke|Er ikke) /u.test(statement)) return undefined;
  if (!isSafeJoDetail(detail, statement)) return undefined;
  if (/(?<![\p{L}])(?:men|ikke|ikkje|itj|ingen|nei)(?![\p{L}])/iu.test(detail)) return undefined;
  const text = statement.replace(/\.$/u, '');
  if (/^litt$/iu.test(detail)) {
    const had = /^((?:Har|Er|Var|Blir|Ble) (?:hatt |vært )?)(.+)$/u.exec(text);
    return had?.[1] !== undefined && had[2] !== undefined
      ? `${had[1]}litt ${had[2]}.`
      : `Litt ${text.charAt(0).toLowerCase()}${text.slice(1)}.`;
  }
  return `${text}, ${detail.replace(/,\s*$/u, '')}.`;
}

/**
 * "Du har itj hatt sånne smerter før?" — "Jo, en gang i fjor sommer, men …": a "jo" to a negative
 * statement asked as a question says the opposite ("Har hatt sånne smerter før, en gang i fjor
 * sommer."), with the time the answer names; `null` when the answer says more than a time (it
 * speaks for itself); `undefined` for any other question or answer.
 */
function contradictedNegative(
  text: string,
  polarity: Polarity,
  answer: string,
): string | null | undefined {
  if (polarity !== 'yes') return undefined;
  const asked = /^du ([\p{L}]+) (?:ikke|ikkje|itj) (.+)$/u.exec(text);
  const said = /^\s*jo(?:da| da)?(?:[,.!]\s*|\s+)(.*)$/iu.exec(answer);
  if (asked?.[1] === undefined || asked[2] === undefined || said === null) return undefined;
  if (nonQuestionVerbs.has(asked[1])) return undefined;
  // "Du har ikke hatt feber, og du har ikke kastet opp?": a "jo" to two negatives says which is
  // wrong no more than a "jo" says anything; left to the old reading.
  if (/(?:,| og | eller )/u.test(asked[2])) return undefined;
  // The time the answer names, up to its first "men" or full stop ("en gang i fjor sommer").
  const detail =
    /^((?:en|én|ein|to|tre|et par|noen) (?:gang|ganger|gong|gonger)[^,.!?]*?)(?:,| men |[.!?]|$)/iu.exec(
      said[1] ?? '',
    )?.[1];
  // "Du drikk ikkje alkohol nu?" — "Jo, et par glass vin i helga.": an answer that says more than
  // a time says it itself (null: nothing turned), never beside a bare "Drikker alkohol.".
  if (detail === undefined && /[\p{L}\d]/u.test(said[1] ?? '')) return null;
  const statement = `${asked[1]} ${asked[2]}${detail === undefined ? '' : `, ${detail.trim()}`}.`;
  return toClinicalAnswer(aboutThePatient(shiftToThirdPerson(capitalize(statement))));
}

/**
 * "Ser du dobbelt eller uklart?" — "Ja, uklart.": a yes that names one of the sights asked says
 * only that one ("Har hatt uklart syn."), never both; a yes saying more, or a no with a time
 * ("Nei, ikke nå, men i går."), is not turned (`null`), as before session 38g. `undefined` when
 * the ordinary reading applies (not a vision question, a bare yes, a plain no; fix38g).
 */
function visionAnswer(
  question: string,
  polarity: Polarity,
  answer: string,
): string | null | undefined {
  const asked = toVisionQuestion(
    question
      .toLowerCase()
      .replace(/[?—]+\s*$/u, '')
      .trim(),
  );
  if (asked === undefined) return undefined;
  if (polarity === 'no') {
    if (isPlainNo(answer)) return undefined;
    return /(?<![\p{L}])(?:nå|no|men|i går|i natt|i morges|før|tidligere|tidlegare)(?![\p{L}])/iu.test(
      answer,
    )
      ? null
      : undefined;
  }
  const rest = /^\s*(?:ja|jo|jada|jepp)(?:\s+da)?(?![\p{L}])[,.!]?\s*(.*)$/isu
    .exec(answer)?.[1]
    ?.trim();
  if (rest === undefined || rest === '' || !asked.includes(' eller ')) return undefined;
  const named = /^(litt )?([\p{L}-]+(?: syn)?)[.!]?$/iu.exec(rest);
  const sight =
    named?.[2] === undefined ? undefined : toVisionQuestion(`ser du ${named[2].toLowerCase()}`);
  if (sight === undefined) return null;
  return `Har hatt ${named?.[1] === undefined ? '' : 'litt '}${sight.replace(/^har du hatt /u, '')}.`;
}

/**
 * The note statement for a yes/no question and the answer's polarity, or `undefined` when the
 * question is open, a request, or too tangled to turn around safely.
 */
export function statementFromAnswer(
  question: string,
  polarity: Polarity,
  answer = '',
): string | undefined {
  const vision = visionAnswer(question, polarity, answer);
  if (vision !== undefined) return vision ?? undefined;
  const contradicted = contradictedNegative(cleanQuestion(question), polarity, answer);
  if (contradicted !== undefined) return contradicted ?? undefined;
  const asked = withoutQuestionNegation(cleanQuestion(question), answer);
  if (asked === undefined) return undefined;
  let text = asked;
  if (text.length === 0 || whWords.test(text)) return undefined;
  // "Og diaré, hvor ofte?" — "Ti ganger i går.": the topic said first is what the count is of.
  const frontedTopic = /^([\p{L}-]+(?: [\p{L}-]+)?), (?:hvor (?:ofte|mange ganger|mange))$/u.exec(
    text,
  )?.[1];
  if (frontedTopic !== undefined)
    return polarity === 'yes' ? `${capitalize(frontedTopic)}.` : undefined;
  // "Og du er datteren?" asks who came along, not about the patient's health.
  if (
    /^(?:og )?(?:du er|er du|dere er|er dere) (?:hennes |hans )?(?:datter|datteren|sønn|sønnen|kona|kone|mannen|mann|ektefelle|samboer|mor|moren|mora|far|faren|foreldre|pårørende|tolk|barnebarn|søster|bror)/iu.test(
      text,
    )
  )
    return undefined;
  // "Har du feber eller hoste?" — "Nei, men litt hoste.": the item the answer goes on to affirm
  // is not denied with the rest ("Ingen feber."; the answer itself says the cough).
  if (polarity === 'no') {
    // "Bruker du noen medisiner?" — "Nei, bare når jeg har vondt.": "Ingen faste medisiner, tar
    // noe ved behov." ("Bruker Paracet ved behov." when named).
    const whenNeeded = medicineWhenNeeded(question, answer);
    if (whenNeeded !== undefined) return whenNeeded;
    switch (readExceptAnswer(question, answer)?.reading) {
      // "Har du noen allergier?" — "Nei, kun penicillin.": a no naming one of the kind asked
      // denies nothing (see except-answer.ts).
      case 'member':
        return statementForNamedMember(question, answer);
      // "Bruker du noen medisiner?" — "Nei, bare når jeg har vondt.": no denial of what is used.
      case 'used-when-needed':
        return undefined;
      // "Har du noen allergier?" — "Nei, bare pollen.": the no denies drug allergy only.
      case 'non-drug-allergen':
        return 'Ingen kjente legemiddelallergier.';
      // "Nei, bare narkose.": an allergen named that may be a drug denies nothing (it is a CAVE).
      case 'allergen':
        return undefined;
      case undefined:
        break;
    }
    const items = text.split(/,\s*(?:eller\s+)?|\s+eller\s+/u);
    // "Kom den plutselig, som et smell, eller gradvis?" — "Nei, den kom gradvis.": the no picks the
    // last way offered ("Kom gradvis."), never a garbled denial of both.
    const picked = pickedLastWay(text, answer);
    if (picked !== undefined) return picked;
    // "Har du sett blod i avføringen eller svart avføring?" — "Nei, bare litt blod på papiret.":
    // blood the answer names is a bleeding, never denied with the part that asked for blood; the
    // other parts still are ("Ingen svart avføring.").
    const bleeding = exceptNamed(answer);
    if (
      bleeding !== undefined &&
      namesAny(bleeding, ['blod']) &&
      namesAny(items[0] ?? '', ['blod'])
    ) {
      if (items.length === 1 || items.slice(1).some((item) => namesAny(item, ['blod'])))
        return undefined;
      const rest = turnAround(items.slice(1).join(' eller '), 'no');
      return rest === undefined
        ? undefined
        : toClinicalAnswer(aboutThePatient(shiftToThirdPerson(rest)));
    }
    // "Bruker du medisiner utenom p-pillene?" — "Nei, bare p-pillene.": to a question of one part,
    // or after "Nei, ingen av delane.", a "bare" affirms no part asked.
    const hedges =
      items.length > 1 && !wholeNoSentence.test(answer.trim().split(/(?<=[.!?])\s+/u)[0] ?? '');
    const affirmed = qualifiedPart(answer, false, hedges);
    if (items.length > 1) {
      // "Nei, veit ikkje. Kanskje litt feber.": an unsure no, or a hedge that names no part asked
      // («Nei, bare litt.»), denies nothing; the answer is kept as said.
      if (unsureAnswer.test(answer)) return undefined;
      if (hedgedAnswerWords.test(answer) && affirmed.length === 0) return undefined;
      // "Har hun hatt feber eller falt?" — "Nei, ho har itj falle. Feber har vi itj målt.": a part
      // the answer says was never measured is left open, never denied with the rest.
      const unmeasured = unmeasuredParts(answer);
      if (unmeasured.length > 0) {
        const open = items.filter((item) => namesAny(item, unmeasured));
        if (open.length > 0) {
          if (open.includes(items[0] ?? '')) return undefined;
          text = items.filter((item) => !open.includes(item)).join(' eller ');
        }
      }
      // "Nei, ikke feber." to "feber eller nattesvette": only the part named is denied.
      const named = askedByExample.test(text) ? [] : deniedByName(answer);
      const namedItems = items.filter((item) => namesAny(item, named));
      if (named.length > 0 && namedItems.length > 0 && namedItems.length < items.length) {
        const only = namedItems[0] === items[0] ? items[0] : withFirstPartFor(items[0], namedItems);
        if (only === undefined) return undefined;
        text = namedItems[0] === items[0] ? [only, ...namedItems.slice(1)].join(' eller ') : only;
      }
    }
    // "Nei. Litt kvalm, men eg har ikkje kasta opp." to "lys, eller kastet opp": a later part the
    // answer speaks of itself, affirmed or denied, is left to the answer (said once, not twice).
    const spoken = qualifiedPart(answer, true, hedges);
    if (spoken.length > 0) {
      const kept = items.filter(
        (item, index) =>
          index === 0 ||
          !item
            .toLowerCase()
            .split(/[^\p{L}]+/u)
            .some((word) => word.length >= 4 && spoken.includes(word.slice(0, 4))),
      );
      const first = items[0] ?? '';
      const firstAffirmed = first
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .slice(-2)
        .some((word) => word.length >= 4 && affirmed.includes(word.slice(0, 4)));
      const radiating = narrowedRadiation(question, answer);
      if (radiating !== undefined) return radiating;
      if (firstAffirmed) {
        // "Stråla det ut i armen eller kjeven?" — "Nei, berre i armen.": the rest is denied in
        // the first part's words ("Ingen utstråling i kjeven."); the answer says the arm.
        const others = kept.filter((_, index) => index > 0);
        // "Har du kvalme, diaré eller blod i avføringa?" — "Nei, berre kvalme.": when the first
        // part's noun cannot be swapped for one other word, an answer that names its exception
        // («bare», «berre», «kun») has the rest asked with the first part's «har du», so every
        // other part is still denied. Any other answer («Nei, han er litt slapp, men …») is left
        // to speak for itself, as before.
        const rest =
          withFirstPartFor(first, others) ??
          (namesOnlyFirstPart(exceptNamed(answer), first)
            ? restAskedWithFrameOf(first, others)
            : undefined);
        if (rest === undefined) return undefined;
        text = rest;
      } else if (kept.length < items.length) text = kept.join(' eller ');
    }
  }
  // A parent answers for a child: "Har hun vært slapp?" is asked as of "du".
  if (!/(?<![\p{L}])du(?![\p{L}])/u.test(text))
    text = text.replace(/(?<![\p{L}])(?:hun|han)(?![\p{L}])/gu, 'du');
  // "Bruker du blodfortynnende eller har du noen allergier?" — two questions, one "nei" to both.
  // "Har du tenkt på å ta livet ditt, har du laget en plan, eller …?", "Er du stiv i nakken, har
  // du feber, eller …?": a comma before a new "har du" starts a question of its own as much as
  // "eller" does (read as one, a plain no denied the first part and affirmed the next). An answer
  // that explains itself («Nei, han er frisk.») keeps the question read as before.
  const splitsAtComma =
    polarity === 'no' && (isPlainNo(answer) || isNoCoveredByQuestion(question, answer));
  const splitAlternatives = text
    .split(splitsAtComma ? alternativesWithCommaQuestion : alternativesPattern)
    .map((alternative, index, all) =>
      index === 0
        ? alternative
        : alternative
            // "…, eller hatt vondt i brystet": the second part shares the first part's "har du".
            .replace(
              /^(?=(?:hatt|fått|merket|kjent|følt|blitt|vært|sett|besvimt|kastet|gått|falt|gjort|prøvd|laget|laga|planlagt|tenkt)\s)/u,
              /^(?:har|hadde) du /u.test(all[0] ?? '') ? 'har du ' : '',
            )
            .replace(/\s+(?:for|av|med|om) (?:det|den|dem)$/u, '')
            // "…blod i avføringen, eller har den vært svart?": "den" is the thing named before.
            // Nynorsk speaks of a noun as "ho": "…blod i avføringa, eller har ho vore svart?" — only
            // of stool or urine and its look, since "han"/"hun" is otherwise the child asked about.
            .replace(
              /^(har|er|var) (den|hun|han) (?=[\p{L}])/u,
              (whole, verb: string, pronoun: string, _offset: number, asked: string) => {
                const named = /(?:i|på) ([\p{L}]+(?:en|et|a))$/u.exec(all[0] ?? '')?.[1];
                if (named === undefined) return whole;
                const aboutItsLook =
                  /^(?:avføring|urin|bæsj|tiss)/u.test(named) &&
                  asked.slice(whole.length).startsWith('vært ');
                if (pronoun !== 'den' && !aboutItsLook) return whole;
                return `${verb} ${named} `;
              },
            ),
    );
  // "Blør du mellom mensene, eller etter samleie?": a part that is only a prepositional phrase
  // shares the verb of the part before it ("Blør ikke mellom mensene eller etter samleie."), never
  // "Ingen etter samleie.".
  for (let index = splitAlternatives.length - 1; index > 0; index -= 1) {
    const part = splitAlternatives[index] ?? '';
    if (
      /^(?:etter|under|ved|mellom|når|om|fra|med|uten|i|på) /u.test(part) &&
      !/(?<![\p{L}])(?:du|dere|han|hun|det)(?![\p{L}])/u.test(part)
    ) {
      splitAlternatives[index - 1] = `${splitAlternatives[index - 1] ?? ''} eller ${part}`;
      splitAlternatives.splice(index, 1);
    }
  }
  // "... av det?" points back to something said before; turning it around would lose it.
  if (/(?:av|med|etter|på|fra|for|mot) (?:det|den|dem)$/u.test(splitAlternatives[0] ?? text))
    return undefined;
  const alternatives = /(?<![\p{L}])du(?![\p{L}])|^har det /u.test(splitAlternatives[0] ?? '')
    ? splitAlternatives
    : [text.replace(/,\s*eller\s+/u, ' eller ')];
  const first = alternatives[0] ?? text;
  let explained = false;
  // "Klarer du å tisse som vanlig, eller har du lekket urin?" — "Nei, det går som før.": the
  // patient manages the first part, and the no denies the rest ("Klarer å tisse som vanlig. Ingen
  // lekket urin.").
  let managesAndDeniesRest = false;
  if (alternatives.length > 1) {
    if (managesPattern.test(answer) && asksWhetherManagesPattern.test(first)) {
      managesAndDeniesRest = polarity === 'no';
      polarity = 'yes';
    } else if (!isPlainNo(answer) && !isNoCoveredByQuestion(question, answer)) {
      if (!isExplainedNo(question, answer)) return undefined;
      explained = true;
    }
  }
  text = first;
  // "Er du tungpusten?" — "Ikke noe særlig, bare når jeg springer.": a hedged no with its
  // restriction is a yes within that restriction ("Er tungpusten, bare når pas. springer.").
  const hedged = hedgedNoPattern.exec(answer.trim());
  if (polarity === 'no' && alternatives.length === 1 && hedged?.[1] !== undefined) {
    const within = turnAround(text, 'yes');
    if (within === undefined) return undefined;
    return toClinicalAnswer(
      aboutThePatient(
        shiftToThirdPerson(
          `${within.replace(/\.$/u, '')}, ${hedged[1].replace(/(?<![\p{L}])(?:jeg|eg|æ)(?![\p{L}])/giu, 'du')}.`,
        ),
      ),
    );
  }
  const result = turnAround(text, polarity);
  if (result === undefined) return undefined;
  // "Har du feber?" — "Ja, i går, men ikke i dag.": the yes holds only until the time it names, and
  // without it the note would say a symptom is there that is gone.
  // "Ingen smerter i brystet?" — "Jo, litt.": the amount or place said with the yes is kept.
  const detailed =
    polarity === 'yes' && alternatives.length === 1 ? withYesDetail(result, answer) : undefined;
  if (detailed !== undefined)
    return toClinicalAnswer(aboutThePatient(shiftToThirdPerson(detailed)));
  const until = yesUntilPattern.exec(answer.trim())?.[1];
  if (polarity === 'yes' && alternatives.length === 1 && until !== undefined)
    return toClinicalAnswer(
      aboutThePatient(shiftToThirdPerson(`${result.replace(/\.$/u, '')}, ${until.trim()}.`)),
    );
  if (alternatives.length > 1 && (polarity === 'no' || managesAndDeniesRest)) {
    const rest = alternatives
      .slice(1)
      // "…, eller har dere målt temperaturen?" asks about what the family did, not a symptom.
      .filter((alternative) => !/(?<![\p{L}])(?:dere|vi|jeg)(?![\p{L}])/iu.test(alternative))
      // "Har du gått deg bort, eller ikke funnet veien hjem?" — "Nei.": the no answers the first
      // part; the part asked in the negative is left out (never "Ingen funnet veien hjem").
      .filter((alternative) => !negatedPart.test(alternative))
      // "Kan du være gravid, eller bruker du prevensjon?" — "Nei. Eg har hormonspiral.": the no
      // answers the pregnancy, and the method named says contraception is used.
      .filter(
        (alternative) =>
          !(contraceptionAlternativePattern.test(alternative) && namesContraceptive(answer)),
      )
      .map((alternative) => turnAround(alternative, 'no'))
      .filter((part) => part !== undefined);
    const denied = toClinicalAnswer(
      aboutThePatient(shiftToThirdPerson([result, ...rest].join(' '))),
    );
    // Read from an explanation rather than a plain no, the turned parts must read as a note
    // («sånn», a dialect word or a pronoun left over means the question was not understood).
    if (explained && denied !== undefined && spokenLeftover.test(denied)) return undefined;
    return denied;
  }
  return toClinicalAnswer(aboutThePatient(shiftToThirdPerson(result)));
}

/**
 * "Kom den plutselig, eller gradvis?" — "Nei, den kom gradvis.": a question of how something began,
 * answered with a no that goes on to name the last way offered without denying it, as a statement
 * of that way ("Kom gradvis."); `undefined` otherwise.
 */
function pickedLastWay(question: string, answer: string): string | undefined {
  const asked =
    /^(kom|startet|starta|begynte) (?:den|det|smerten|smertene|hodepinen|smerta|plagene)(?![\p{L}]).*\seller ([\p{L}]+)$/u.exec(
      question,
    );
  const way = asked?.[2];
  if (asked?.[1] === undefined || way === undefined) return undefined;
  const goesOn = /^(?:nei|næ|neida)[,.!]?\s+(.+)$/iu.exec(answer.trim())?.[1];
  if (
    goesOn === undefined ||
    /(?<![\p{L}])(?:ikke|ikkje|itj|ingen|aldri)(?![\p{L}])/iu.test(goesOn)
  )
    return undefined;
  if (
    !goesOn
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .includes(way.toLowerCase())
  )
    return undefined;
  return `${capitalize(asked[1])} ${way}.`;
}

/**
 * The note statement for a no that names one of the kind an open question asks for ("Bruker du
 * noen medisiner?" — "Nei, bare p-piller og Marevan." → "Bruker p-piller og Marevan."; "… tanker
 * om å ta livet ditt, eller planer om det?" — "Nei, bare tanker innimellom." → "Har suicidale
 * tanker innimellom. Ingen suicidplaner."), or `undefined` when the answer itself says it (an
 * allergy, written "CAVE penicillin." from the answer) or names none of the kind.
 */
export function statementForNamedMember(question: string, answer: string): string | undefined {
  const whenNeeded = medicineWhenNeeded(question, answer);
  if (whenNeeded !== undefined) return whenNeeded;
  const kinds = kindsNamedAfterNo(question, answer);
  const named = exceptNamed(answer);
  if (named === undefined || kinds.length === 0) return undefined;
  if (kinds.includes('suicidalThoughts')) {
    const when = named
      .replace(/^(?:noen |nokon |litt )?(?:tanker|tankar|tanke|tenkt|tenker|tenkjer)\s*/iu, '')
      .trim();
    // Only a time or frequency is kept beside the thoughts ("innimellom", "av og til").
    const time = thoughtsWhen.test(when) ? ` ${when}` : '';
    const plans = /(?<![\p{L}])(?:planer|planar|plan)(?![\p{L}])/iu.test(question)
      ? ' Ingen suicidplaner.'
      : '';
    return `Har suicidale tanker${time}.${plans}`;
  }
  if (!kinds.includes('medicine') && !kinds.includes('bloodThinner')) return undefined;
  const used = `Bruker ${named.replace(/^(?:litt|noe|noko)\s+/iu, '')}.`;
  // "Bruker du blodfortynnende …?" — "Nei, bare Marevan.": the drug named is the blood thinner,
  // and the question's own no would deny it.
  if (kinds.includes('bloodThinner') || /blodfortynn/iu.test(question)) return used;
  // "Bruker du noen medisiner?" — "Nei, bare insulin.": "Bruker insulin.", as a note says it; the
  // no only meant "nothing else". Asked for regular drugs («fast», «faste»), the note keeps that
  // there are no others (below).
  if (!namesBloodThinner(named) && !/(?<![\p{L}])(?:fast|faste)(?![\p{L}])/iu.test(question))
    return used;
  // "Bruker du noen medisiner fast?" — "Nei, bare p-staven.": the rest is still denied ("Bruker
  // p-staven, ellers ingen faste medisiner."; never "andre", which reads as a number).
  const rest = statementFromAnswer(question, 'no', 'Nei.');
  if (rest === undefined || /(?<![\p{L}])(?:andre|anna|annet)(?![\p{L}])/iu.test(rest))
    return rest === undefined ? used : `${used} ${rest}`;
  // One sentence, no longer than the denial it replaces: "Bruker p-staven, ellers ingen …"; a
  // denial of another part ("Ingen allergier.") stays as it was.
  const sentences = rest.split(/(?<=[.!])\s+/u);
  const verb = /^(?:Bruker|Tar|Står på) (?=ingen|ikke)/u;
  const medicines = sentences.findIndex((sentence) => verb.test(sentence));
  const denied = sentences[medicines];
  if (denied === undefined) return `${used} ${rest}`;
  const merged = `${used.replace(/\.$/u, '')}, ellers ${denied
    .replace(verb, '')
    .replace(/^ingen (medisiner|legemidler) fast\./u, 'ingen faste $1.')}`;
  return sentences.map((sentence, index) => (index === medicines ? merged : sentence)).join(' ');
}

/**
 * What a question about family history asks about ("blodpropp" of "er det noen i familien som har
 * hatt blodpropp"), or `undefined` for another question.
 */
export function familyQuestion(text: string): string | undefined {
  const patterns = [
    /^(?:er det|finnes det|har dere) (?!noen |noe |nokon |noko )(.+?) i (?:familien|familia|slekta|slekten)$/u,
    /^(?:er det|finnes det) (?:noen|nokon) i (?:familien|familia|slekta|slekten) (?:som har hatt|som har|som hadde|med) (.+)$/u,
    /^(?:har|hadde) (?:noen|nokon) (?:andre )?i (?:familien|familia|slekta|slekten) (?:hatt|fått|hatt noe med) (.+)$/u,
  ];
  for (const pattern of patterns) {
    const asked = pattern.exec(text)?.[1];
    // "…hatt hjerteinfarkt eller hjerneslag" stays one list; a pronoun means it points back.
    if (asked !== undefined && !/(?<![\p{L}])(?:du|det|den|dem)(?![\p{L}])/u.test(asked))
      return asked.replace(/^(?:noen|noe|nokon|noko) /u, '');
  }
  return undefined;
}

/** An alternative of the question that asks about contraception ("bruker du prevensjon"). */
const contraceptionAlternativePattern =
  /(?<![\p{L}])(?:prevensjon|prevensjonsmiddel|beskyttelse)/iu;

/** A contraceptive method named in an answer ("hormonspiral", "p-piller", "p-stav", "kondom"). */
const contraceptiveMethodPattern =
  /(?<![\p{L}])(?:(?:hormon|kobber)?spiral(?:en)?|p-?(?:pille|piller|pilla|pillene|stav|staven|sprøyte|sprøyta|sprøyten|ring|ringen|plaster)|minipille(?:r|n|ne)?|kondom(?:er)?|nuvaring|jaydess|kyleena|mirena|nexplanon|depo-provera|sterilisert)(?![\p{L}])/iu;

/** Whether the answer names a contraceptive method, said as a no or not ("Nei. Eg har spiral."). */
function namesContraceptive(answer: string): boolean {
  return contraceptiveMethodPattern.test(answer);
}

/** "Ja, i går, men ikke i dag": a yes that is over by now; the group is what the note keeps. */
const yesUntilPattern =
  /^(?:ja|jo|jada)[,.!]?\s+((?:[^.!?,]{1,30},?\s+)?men ikke (?:i dag|nå|lenger|siden|etterpå|de siste dagene|siste døgnet)(?![\p{L}])[^.!?]*)/iu;

/** "Ikke noe annet.", "Ellers ingenting.", "Aldri prøvd noe sånt.": a no to what else was asked. */
const restDeniedPattern =
  /^(?:men |og )?(?:ikke noe (?:annet|anna|mer|sånt)|ellers ingenting|ingenting annet|ingen andre|aldri (?:prøvd|brukt|tatt) noe(?: sånt| annet)?)(?![\p{L}])/iu;

/**
 * "Drikker du mer enn før, eller bruker du andre rusmidler?" — "Litt øl i helgene. Ikke noe
 * annet.": the first part is answered in words and a later no denies the last part ("Bruker ikke
 * andre rusmidler."); `undefined` when the answer has no such no or the question one part.
 */
export function statementForDeniedLastPart(question: string, answer: string): string | undefined {
  // A no that opens the answer ("Nei, ikke noe sånt.") is read with the whole question.
  if (answerPolarity(answer) === 'no') return undefined;
  const later = answer
    .trim()
    .split(/(?<=[.!?])\s+|,\s*/u)
    .slice(1)
    .map((part) => part.trim());
  if (!later.some((part) => restDeniedPattern.test(part))) return undefined;
  const parts = question
    .trim()
    .replace(/[?—]+\s*$/u, '')
    .split(
      /,?\s+eller\s+(?=(?:har|er|bruker|tar|drikker|røyker|snuser|kjenner|føler|blir|får|merker)\s+du(?![\p{L}]))/u,
    );
  const last = parts[parts.length - 1];
  if (parts.length < 2 || last === undefined) return undefined;
  return statementFromAnswer(`${capitalize(last)}?`, 'no', 'Nei.');
}

/**
 * The turned answer in a note's terms ("Ingen tanker om å ta livet" → "Ingen suicidale tanker"); the
 * second half of the suicide screening ("…, eller har du lagt planer / tenkt ut hvordan?") denied
 * with the first is written as one line: "Ingen suicidale tanker eller planer."
 */
function toClinicalAnswer(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return toClinicalWording(text).replace(
    /(Ingen suicidale tanker)\. (?:Har ikke (?:lagt (?:noen )?planer|planlagt|tenkt ut hvordan)|Ingen planer)(?:pas\.|[^.])*\./u,
    '$1 eller planer.',
  );
}

/** "Stråler det ut i armen?", nynorsk "Stråla det ut …": the places a pain radiates to. */
const radiationQuestion =
  /^(?:stråler|strålte|stråla|strålar|har det strålt|har det stråla|har smerten strålt|har smerta stråla) (?:det |smerten |smertene |smerta )?(?:ut )?(.+)$/u;

/**
 * "Stråla det ut i armen eller kjeven?" — "Nei, berre i armen.": one statement for the place the
 * answer keeps and the place the no denies ("Utstråling i armen, ikke i kjeven."), or undefined.
 */
export function narrowedRadiation(question: string, answer: string): string | undefined {
  const places = radiationQuestion.exec(cleanQuestion(question))?.[1];
  if (places === undefined) return undefined;
  const [first, other, ...more] = places.split(/,\s*(?:eller\s+)?|\s+eller\s+/u);
  if (first === undefined || other === undefined || more.length > 0) return undefined;
  const kept =
    /^(?:nei|næ)[,.!]?\s+(?:bare|berre|kun)\s+((?:i|til|ned i|opp i) [\p{L}]+)[.!]?$/iu.exec(
      answer.trim(),
    )?.[1];
  const preposition = /^((?:i|til|ned i|opp i) )[\p{L}]+$/u.exec(first.trim())?.[1];
  if (kept === undefined || preposition === undefined) return undefined;
  if (kept.toLowerCase() !== first.trim().toLowerCase()) return undefined;
  if (!/^[\p{L}]+$/u.test(other.trim())) return undefined;
  return `Utstråling ${first.trim()}, ikke ${preposition}${other.trim()}.`;
}

function turnAround(text: string, polarity: Polarity): string | undefined {
  // "Er det epilepsi i familien?", "Har nokon i familien hatt blodpropp?" — "Nei." → "Ingen
  // epilepsi i familien."; a yes names the relative in the answer itself.
  const family = familyQuestion(text);
  if (family !== undefined) return polarity === 'no' ? `Ingen ${family} i familien.` : undefined;
  // "Stråler det ut i armen eller kjeven?" — "Nei." → "Ingen utstråling i armen eller kjeven."
  const radiation = radiationQuestion.exec(text);
  if (radiation?.[1] !== undefined)
    return polarity === 'no' ? `Ingen utstråling ${radiation[1]}.` : `Utstråling ${radiation[1]}.`;
  // A negative statement asked as a question: "Du har ikke hatt feber?" — "Nei." confirms it
  // ("Har ikke hatt feber."); "jo" contradicts it and "ja" is ambiguous, so neither is turned.
  const negativeDeclarative =
    /^(?:(?:stemmer det|er det riktig|så) at )?du ([\p{L}]+) ((?:ikke|aldri|ingen)(?: .+)?)$/u.exec(
      text,
    );
  if (negativeDeclarative?.[1] !== undefined && negativeDeclarative[2] !== undefined)
    return polarity === 'no'
      ? capitalize(`${negativeDeclarative[1]} ${negativeDeclarative[2]}.`)
      : undefined;
  // "Du nevnte sist at moren din har bipolar lidelse?" — "Ja." → "Mor har bipolar lidelse."
  const toldBefore =
    /^du (?:nevnte|sa|fortalte)(?: sist| tidligere| forrige gang| at)*? at (.+)$/u.exec(text)?.[1];
  if (toldBefore !== undefined)
    return polarity === 'yes'
      ? capitalize(
          `${toldBefore
            .replace(/^(?:moren|mora|mor) (?:din|di)(?![\p{L}])/u, 'mor')
            .replace(/^(?:faren|far) (?:din|di)(?![\p{L}])/u, 'far')
            .replace(/^(søster|bror)(?:en)? (?:din|di)(?![\p{L}])/u, '$1')}.`,
        )
      : undefined;
  // A statement asked as a question: "Du bruker fortsatt Selo-Zok?" — "Ja." → "Bruker fortsatt Selo-Zok."
  const declarative = /^du ([\p{L}]+) (.+)$/u.exec(text);
  if (
    declarative?.[1] !== undefined &&
    declarative[2] !== undefined &&
    !nonQuestionVerbs.has(declarative[1])
  ) {
    return polarity === 'yes'
      ? capitalize(`${declarative[1]} ${declarative[2]}.`)
      : capitalize(`${declarative[1]} ikke ${declarative[2]}.`);
  }
  let match = /^(?:har|hadde) du (?:noen gang |fortsatt |i det siste |nylig )?(.+)$/u.exec(text);
  if (match?.[1] !== undefined) {
    const rest = match[1];
    const nominal =
      /^(?:(hatt|merket|fått|kjent deg|følt deg|kjent|vært plaget med|opplevd|lagt merke til|kjent på|sett|observert) )?(?:(noe|noen|mye) )?(.+)$/u.exec(
        rest,
      );
    const verb = nominal?.[1];
    const quantifier = nominal?.[2];
    const object = nominal?.[3] ?? rest;
    const firstWord = object.split(' ')[0] ?? '';
    // "Har du merket at du tisser mindre?" — "Nei." → "Har ikke merket at pas. tisser mindre."
    if ((verb === 'merket' || verb === 'lagt merke til') && /^at /u.test(object))
      return polarity === 'no' ? `Har ikke ${verb} ${object}.` : `Har ${verb} ${object}.`;
    if (verb === undefined && quantifier === undefined && participles.has(firstWord)) {
      // "Har du gått ned i vekt eller hatt nattesvette?" — "Nei." → "Ingen vekttap eller nattesvette."
      if (polarity === 'no' && / eller (?:hatt|fått|merket) /u.test(object)) {
        const listed = negateItems(object);
        if (listed !== undefined) return listed;
      }
      return polarity === 'no' ? `Har ikke ${object}.` : `Har ${object}.`;
    }
    if (polarity === 'no') return negateItems(object);
    return capitalize(`har ${verb === undefined ? '' : `${verb} `}${object}.`);
  }
  // "Har avføringen vært svart?" — "Nei." → "Avføringen har ikke vært svart."
  match = /^(har|er|var) ([\p{L}]+(?:en|et|a)) (.+)$/u.exec(text);
  const quality = /^vært ([\p{L}]+)$/u.exec(match?.[3] ?? '')?.[1];
  if (match?.[2] !== undefined && match[2] !== 'den' && quality !== undefined && polarity === 'no')
    return `Ikke ${quality} ${match[2].replace(/(?:en|et|a)$/u, '')}.`;
  if (
    match?.[1] !== undefined &&
    match[2] !== undefined &&
    match[3] !== undefined &&
    match[2] !== 'det'
  )
    return polarity === 'no'
      ? capitalize(`${match[2]} ${match[1]} ikke ${match[3]}.`)
      : capitalize(`${match[2]} ${match[1]} ${match[3]}.`);
  // "Har det rent noe ut av øret?" — "Nei." → "Det har ikke rent noe ut av øret."
  match = /^har det (.+)$/u.exec(text);
  if (match?.[1] !== undefined)
    return polarity === 'no' ? `Det har ikke ${match[1]}.` : `Det har ${match[1]}.`;
  // "Er dette den verste hodepinen du har hatt?" — "Nei." → "Ikke den verste hodepinen …".
  match = /^er (?:dette|det) (den|det|de) (.+)$/u.exec(text);
  if (match?.[1] !== undefined && match[2] !== undefined)
    return polarity === 'no'
      ? `Ikke ${match[1]} ${match[2]}.`
      : capitalize(`${match[1]} ${match[2]}.`);
  match =
    /^(?:er det mulig at du er|kan det være at du er|kan du være|kan du ha blitt|er du|var du|blir du|ble du) (.+)$/u.exec(
      text,
    );
  if (match?.[1] !== undefined) {
    return polarity === 'no' ? `Ikke ${match[1]}.` : `Er ${match[1]}.`;
  }
  match = /^er det (?:noen|noe) (.+)$/u.exec(text);
  if (match?.[1] !== undefined) return polarity === 'no' ? `Ingen ${match[1]}.` : undefined;
  // "…, eller er det tungt å puste?" — "Nei." → "Ikke tungt å puste."
  match = /^er det (tungt|vanskelig|vondt|tungvint) å (.+)$/u.exec(text);
  if (match?.[1] !== undefined && match[2] !== undefined)
    return polarity === 'no' ? `Ikke ${match[1]} å ${match[2]}.` : undefined;
  // "Klør det?" — "Ja, veldig." → "Klør."; "Svir det?" — "Nei." → "Svir ikke."
  match = /^(klør|svir|verker) det$/u.exec(text);
  if (match?.[1] !== undefined)
    return polarity === 'no' ? capitalize(`${match[1]} ikke.`) : capitalize(`${match[1]}.`);
  match = /^gjør det vondt (.+)$/u.exec(text);
  if (match?.[1] !== undefined)
    return polarity === 'no' ? `Ikke vondt ${match[1]}.` : `Vondt ${match[1]}.`;
  match = /^([\p{L}]+) du(?: (noe|noen)(?= |$))?(.*)$/u.exec(text);
  if (match?.[1] !== undefined) {
    const verb = match[1];
    // "Hører du dårligere?" asks about hearing; "Hører du?" does not.
    const asksHearing =
      verb === 'hører' && /^\s*(?:dårlig|dårligere|noe dårligere)(?![\p{L}])/u.test(match[3] ?? '');
    if ((nonQuestionVerbs.has(verb) && !asksHearing) || verb === 'er' || verb === 'det')
      return undefined;
    const quantifier = match[2];
    // "Bruker du noen medisiner, noe blodfortynnende?" — "Nei.": one no to a list ("Bruker ingen
    // medisiner eller blodfortynnende."), never "ingen medisiner, noe blodfortynnende".
    const rest = (match[3] ?? '')
      .trim()
      .replace(
        /,\s*(?:eller\s+)?(?:noe|noen)\s+(?=[\p{L}])/gu,
        polarity === 'no' ? ' eller ' : ', ',
      );
    if (polarity === 'no') {
      if (quantifier === 'noen' && rest.length > 0)
        return capitalize(`${verb} ingen ${rest}`.trim() + '.');
      return capitalize(`${verb} ikke ${rest}`.trim() + '.');
    }
    return capitalize(
      `${verb} ${quantifier === undefined || rest.length === 0 ? '' : `${quantifier} `}${rest}`.trim() +
        '.',
    );
  }
  if (
    /(?<![\p{L}])(?:du|det|jeg|vi)(?![\p{L}])/u.test(text) &&
    (polarity === 'yes' || !/,| eller /u.test(text))
  )
    return undefined;
  // "Føles det trangt …?" starts with a verb: not a list of things to deny.
  // "Kom den plutselig, som et smell, eller gradvis?" asks how it began, not a list of things.
  if (
    /^(?:føles|kjennes|er|gjør|blir|ser|virker|går|kan|vil|skal|var|ble|kom|kommer|kjem|startet|starta|begynte|begynner)\s/u.test(
      text,
    )
  )
    return undefined;
  // A question without a verb: "Noen brystsmerter eller hjertebank?", "Høyre fot?"
  if (text.split(' ').length > 12) return undefined;
  if (polarity === 'no') return negateItems(text);
  return capitalize(text.replace(/^(?:noen|noe) /u, '') + '.');
}
