/*
 * The answers of a suicide screening that the general reading of a yes or a no gets wrong
 * (session 39g, dev h465, h469, h476):
 *
 * - "Har du tanker om å ta livet ditt, eller planer om det?" — "Planer? Nei. Men jeg har tenkt at
 *   det hadde vært greit å bare ikke våkne opp igjen.": the no denies plans, never the thoughts the
 *   same answer tells. Turned as a plain no it became "Ingen suicidale tanker." beside a passive
 *   death wish: a denial the patient never gave (a safety error). The note keeps the death wish as
 *   said and denies only the plans, and only when the answer denies them.
 * - "Har du tenkt på hvordan, eller gjort noen forberedelser?" — "Nei, sånn er jeg ikke.": after the
 *   screening this asks for plans, though it names no clinical word, and its no is "Ingen
 *   suicidplaner." (it was left out as talk).
 */
import { isDeathWish, saysNoLonger } from './suicide-talk.js';

const b = '(?<![\\p{L}])';
const e = '(?![\\p{L}])';

/** "Har du tanker om å ta livet ditt?", "… tenkt på sjølvmord?": the screening question. */
const suicideAsked = new RegExp(
  `${b}(?:ta livet|ta (?:ditt|sitt) eget liv|selvmord|sjølvmord|suicid)`,
  'iu',
);

/** "Har du tenkt på hvordan …", "… lagt noen plan", "… gjort noen forberedelser": plans asked. */
const plansAsked = new RegExp(
  `${b}(?:tenkt (?:på|ut) (?:hvordan|korleis|koss|åssen|håssen)|(?:lagt|lage|laga) (?:noen |nokon |en |ein )?planer?|planar|planer|plan|forberedelser|forberedelse|forberedt|førebudd|førebu|førebuing|førebuingar)${e}`,
  'iu',
);

/** "Planer? Nei.": plans asked back and denied, words the note does not keep as said. */
const plansEchoedNo = new RegExp(`${b}(?:planer|planar|plan)\\?\\s*(?:nei|næ|nope)${e}`, 'iu');

/** "Planer? Nei.", "Nei, ingen planer.", "eg har ingen planar": plans denied in the answer's words. */
const plansDenied = new RegExp(
  `${b}(?:(?:planer|planar|plan)\\?\\s*(?:nei|næ|nope)${e}|(?:ingen|inga|ikke noen|ikkje nokon|itj nån|ingen konkrete) (?:planer|planar|plan)${e}|(?:har|hadde) (?:ikke|ikkje|itj) (?:lagt )?(?:noen |nokon )?(?:planer|planar|plan)${e})`,
  'iu',
);

/** A no that opens the answer: "Nei.", "Nei, sånn er jeg ikke.", "Næ, aldri." */
const openingNo = /^\s*(?:nei|næ|neida|nope|nei da)(?![\p{L}])/iu;

/**
 * A no that denies plans and nothing else: "Nei.", "Nei, aldri.", "Nei, sånn er jeg ikke.",
 * "Nei, eg har ingen planar." Never a partial no ("Nei, ikke nå, men …", "Nei, ikke lenger.") nor
 * one with more to it ("Nei, men jeg har kjøpt et tau."): those deny no plan (review r39g).
 */
const plainPlanNo = new RegExp(
  `^\\s*(?:nei|næ|neida|nope|nei da)(?:[,.!]?\\s*(?:aldri|sånn er (?:jeg|eg|æ) (?:ikke|ikkje|itj)|(?:det|dét) (?:har|gjør) (?:jeg|eg|æ) (?:ikke|ikkje|itj)|(?:ikke|ikkje|itj) i det hele tatt|absolutt (?:ikke|ikkje|itj)|(?:jeg |eg |æ )?(?:har )?(?:ingen|inga) (?:planer|planar|plan)(?:,? (?:og )?(?:jeg|eg|æ) har (?:ikke|ikkje|itj) tenkt å (?:gjøre|gjere|gjera) (?:noe|noko|nåkka|det))?))?\\s*[.!]?\\s*$`,
  'iu',
);

/**
 * A later sentence that only tells why not: "Eg kunne aldri gjort det mot ungane.", "Æ vil ha
 * ungan tilbake."
 */
const protectiveSentence = new RegExp(
  [
    `^\\s*(?:jeg|eg|æ) (?:kunne|ville|vil|kan|skal) (?:aldri|ikke|ikkje|itj) (?:ha )?(?:gjort|gjøre|gjere|gjera|gjørr) (?:det|noe sånt|noko slikt)${e}[^,;:]*[.!]?\\s*$`,
    `^\\s*(?:jeg|eg|æ) (?:vil|ville) (?:ha|se) (?:barna|borna|ungan|ungane|ungene|ungen|barnet|familien|kona) (?:mine |mi |min )?(?:tilbake|igjen|att|vokse opp)[.!]?\\s*$`,
  ].join('|'),
  'iu',
);

/**
 * The suicidal topic a plan question must name, or leave unnamed: "hvordan du ville gjort det",
 * "planer om å ta livet ditt", "gjøre noe med deg selv".
 */
const suicidalTopic = new RegExp(
  `${b}(?:ta livet(?: ditt| av deg)?|ta ditt eget liv|(?:gjøre|gjort|gjere|gjera) (?:noe|noko|nåkka) med deg (?:selv|sjølv)|skade deg(?: selv| sjølv)?|selvmord|sjølvmord|suicid)${e}`,
  'giu',
);

/** Words around the plan words that name nothing else: "Har du … eller lagt noen plan for det?" */
const planGlue = new RegExp(
  `${b}(?:har|du|eller|og|noen|noe|noko|nokon|nåkka|en|ein|eventuelt|konkrete|for|om|å|det|dét|til|gjort|gjøre|gjere|gjera|lagt|laga|kunne|skulle|ville|vil|skal|så)${e}`,
  'giu',
);

/**
 * Whether the question asks for suicide plans: every sentence that names plans or how names
 * nothing but the suicidal topic ("Har du tenkt på hvordan?", "… hvordan du ville gjort det?"),
 * never another thing ("… hvordan du skal si det til kona?", "planer for jula") (review r39g).
 */
function asksSuicidePlans(question: string): boolean {
  const asking = question.split(/(?<=[.!?])\s+/u).filter((sentence) => plansAsked.test(sentence));
  if (asking.length === 0) return false;
  const global = new RegExp(plansAsked.source, 'giu');
  return asking.every(
    (sentence) =>
      sentence
        .replace(global, ' ')
        .replace(suicidalTopic, ' ')
        .replace(planGlue, ' ')
        .replace(/[\s,.!?]+/gu, '') === '',
  );
}

/** What the note says for a screening answer the rule reads, and whether its first sentence is said. */
export interface SuicideScreeningAnswer {
  /** "Ingen suicidplaner." when the answer denies plans; `undefined` when the note denies nothing. */
  readonly statement: string | undefined;
  /** The first sentence of the answer is said by the statement (a bare or plain no). */
  readonly coversFirst: boolean;
  /** The statement follows what the answer tells ("Har tenkt at … Ingen suicidplaner."). */
  readonly afterTalk: boolean;
}

/** Whether the clinician's question is the suicide screening question. */
export function isSuicideQuestion(question: string): boolean {
  return suicideAsked.test(question);
}

/**
 * How the note reads an answer in a suicide screening, or `undefined` when the general reading
 * holds: `answer` is the whole turn as said, `first` its first sentence after a question back
 * ("Planer?"), and `screeningAsked` whether the screening question came earlier in the
 * consultation (a plan question after it asks for suicide plans).
 */
export function readSuicideScreeningAnswer(options: {
  readonly question: string;
  readonly answer: string;
  readonly first: string;
  readonly sentences: readonly string[];
  readonly screeningAsked: boolean;
  /** The general reading turns the question's yes or no into a statement (it names something clinical). */
  readonly readAsAsked: boolean;
}): SuicideScreeningAnswer | undefined {
  const { question, answer, first, sentences, screeningAsked, readAsAsked } = options;
  // "Nei, ikke lenger. Før tenkte jeg at …": the no holds now and the past wish is read as said.
  const talks = !saysNoLonger(answer) && sentences.some((sentence) => isDeathWish(sentence));
  const deniesPlans = plansDenied.test(answer);
  if (isSuicideQuestion(question)) {
    // Only an answer that tells a death wish or thoughts is read here; a plain no stays a no.
    if (!talks) return undefined;
    const bare = /^\s*(?:nei|næ|neida)\s*[.!]?\s*$/iu.test(first);
    return {
      // A denial in the patient's own words ("Har ingen planer.") is kept as said, not twice.
      statement: plansEchoedNo.test(answer) ? 'Ingen suicidplaner.' : undefined,
      coversFirst: bare,
      afterTalk: true,
    };
  }
  if (!screeningAsked || !asksSuicidePlans(question) || talks) return undefined;
  // "Har du lagt planer, eller gjort noe for å skade deg?" is read as asked; only a question the
  // general reading leaves out ("… tenkt på hvordan, eller gjort noen forberedelser?").
  if (readAsAsked) return undefined;
  if (!openingNo.test(first) && !deniesPlans) return undefined;
  // Only a plain no, and nothing after it but why not; anything else keeps the general reading.
  if (!plainPlanNo.test(first)) return undefined;
  if (!sentences.slice(1).every((sentence) => protectiveSentence.test(sentence))) return undefined;
  return { statement: 'Ingen suicidplaner.', coversFirst: true, afterTalk: false };
}
