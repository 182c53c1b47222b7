import type { WordToken } from '../language/fold.js';
import { readNonverbalAnswer } from './nonverbal-answer.js';

/** Dialect negators that deny before or after their verb ("eg har kje", "kji kasta opp", "ikkji vore", "ittje det", solørsk and østfoldsk "je klarer inte", gudbrandsdalsk "int vondt i brystet"). */
const dialectNegators = ['kje', 'kkje', 'kji', 'ikkji', 'ittje', 'ittj', 'inte', 'int'] as const;

/** Words that deny what follows them in the same clause. */
const negators = new Set([
  // bokmål
  'ingen',
  'ikke',
  'ikkje',
  'uten',
  'utan',
  'aldri',
  'ingenting',
  'intet',
  'inget',
  'inga',
  'benekter',
  'benektet',
  'avkrefter',
  // Clinical shorthand: "Neger brystsmerter", "negerer kvalme".
  'neger',
  'negerer',
  'neg',
  'negativ',
  'negative',
  'verken',
  'hverken',
  // nynorsk and dialect
  'ingi',
  'ingjen',
  'inkje',
  'ikkj',
  'ikk',
  'itj',
  'itte',
  'ente',
  'innkje',
  'aldrig',
  // Swedish-influenced speech ("Nej, inte något sånt")
  'inte',
  'ingenteng',
  'ingenting',
  'ingenving',
  // dialect, and the verb and the negator said as one word ("hakke", "ække"; "ha'kje" is read by
  // `isContractedNegator`)
  ...dialectNegators,
  'hakke',
  'aekke',
  'nekter',
  'fri',
  // a habit or a drug given up ("sluttet å røyke", "slutta med Ibux")
  'sluttet',
  'slutta',
  'sluttat',
]);
/** After a comma, these start a new clause ("Ingen blødninger, får lett blåmerker"). */
const clauseOpeners = new Set([
  'har',
  'er',
  'far',
  'gar',
  'bruker',
  'tar',
  'kan',
  'skal',
  'var',
  'ble',
  'fikk',
  'hadde',
  'pas',
  'han',
  'hun',
  'det',
  'jeg',
  'du',
  'vi',
  'men',
  'tales',
  'taler',
  'klarer',
  'spiser',
  'drikker',
  'sover',
  'kjenner',
  'merker',
  'ho',
  'hu',
  'eg',
  'me',
  'ble',
  'blei',
  'vart',
  // ", og" starts a new clause ("uten smerter, og beinlengden er lik"); lists have no comma before "og"
  'og',
  // a degree starts a finding that is present ("ikke dyspné, lett nakkestivhet")
  'lett',
  'noe',
  // … and so does a small amount ("Ingen hodepine, litt trykk i brystet"; nynorsk "noko")
  'litt',
  'noko',
  'uttalt',
  'tydelig',
  'moderat',
  'betydelig',
  // a reason ("ikkje Ibux, for eg har magesår")
  'for',
  'fordi',
]);

/** Who a postposed denial is said of, right before its verb ("æ" is "jeg" in trøndersk and nordnorsk). */
const subjectPronoun = /^(?:jeg|eg|je|ae|jae|du|han|hun|ho|hu|pas|pasienten|barnet|gutten|jenta)$/u;

/** Negators that may follow the verb they deny ("Røyker ikke", "besvimte ikkje", "hosta itj"). */
const postposedNegators = new Set([
  'ikke',
  'ikkje',
  'ikkj',
  'ikk',
  'itj',
  'itte',
  'inkje',
  'ente',
  ...dialectNegators,
]);

/**
 * Whether the word at `at` opens its sentence as a noun in the definite form ("Øynene", "Såret",
 * "Kneet"): the subject of the verb after it.
 */
function isSentenceOpeningSubject(
  text: string,
  tokens: readonly { folded: string; start: number; end: number }[],
  at: number,
): boolean {
  const word = tokens[at];
  if (word === undefined || !/^\p{L}{3,}(?:en|et|a|ene|ane|na|i)$/u.test(word.folded)) return false;
  if (auxiliaries.has(word.folded)) return false;
  const previous = tokens[at - 1];
  return previous === undefined || /[.!?;:]/.test(text.slice(previous.end, word.start));
}

/** A verb and its negator said as one word ("ha'kje", "æ'kje", "ska'kje", "e'kje"). */
function isContractedNegator(folded: string): boolean {
  // (Most words hold no apostrophe: no pattern run for them.)
  return folded.includes("'") && /^\p{L}{1,4}'(?:kje|kkje|kke|kji)$/u.test(folded);
}
/** Words before a postposed negator that are no finding of their own ("har ikke", "er ikke"). */
const auxiliaries = new Set(
  'har er var ble blei vart kan skal vil ma bor fikk hadde gjor gjer det den dette jeg eg du han hun ho hu vi me de dei og men tal taler tale tolte tolde klarer klara klarte klarde orker orka orket greier greide liker likte far'.split(
    ' ',
  ),
);

/** After "sluttet", these start the time it was given up, which is not denied. */
const stopTimeWords = new Set(['i', 'for', 'da', 'siden', 'sidan', 'som', 'nar', 'etter', 'pa']);

/** Words that end a negation's reach. */
const scopeBreakers = new Set([
  // punctuation said aloud in a dictation ("ingen perforasjon punktum nytt avsnitt nesen er tett")
  'punktum',
  'kolon',
  'semikolon',
  'sporsmalstegn',
  'utropstegn',
  'avsnitt',
  'men',
  'bortsett',
  'unntatt',
  'derimot',
  'utenom',
  'hos',
  // a reason is not denied ("ikke Ibux på grunn av magesår")
  'grunn',
  'grunnet',
  'pga',
  'fordi',
  // what must happen first is not denied ("ikke bilkjøring før svimmelheten har gitt seg"; "før"
  // itself is read from the word's text, since it folds to "for")
  'inntil',
]);

/** Words that close a list a denial reaches across ("ingen feber, hoste eller dyspné"). */
const listClosers = new Set(['eller', 'og', 'verken', 'hverken', 'heller']);

/**
 * After a comma, a denial reaches on only when the list goes on to an "eller" or "og" in the same
 * sentence ("Ingen feber, hoste eller dyspné"); without one, the comma starts a new statement
 * ("uten belegg, frie lunger, nakkestiv": the stiff neck is present).
 */
/** More "(" than ")" before `end`: a bracket opened there is still open (counted, not split). */
export function hasOpenBracketBefore(text: string, end: number): boolean {
  let open = 0;
  const last = Math.min(end, text.length);
  for (let index = 0; index < last; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 40) open += 1;
    else if (code === 41) open -= 1;
  }
  return open > 0;
}

function listGoesOn(text: string, tokens: readonly WordToken[], from: number): boolean {
  // A list in brackets ("ingen blødninger (neseblod, hematuri, melena)") goes on to its end.
  if (hasOpenBracketBefore(text, tokens[from]?.start ?? 0)) return true;
  for (let index = from; index < tokens.length; index += 1) {
    const token = tokens[index];
    const previous = tokens[index - 1];
    if (token === undefined) break;
    if (previous !== undefined && /[.!?;:]/.test(text.slice(previous.end, token.start))) break;
    if (listClosers.has(token.folded)) return true;
  }
  return false;
}

/**
 * A denied topic put first ("Diaré har hun ikke hatt", "Feber har eg ikkje"): the words before a
 * verb, a subject pronoun and a postposed negator at the start of a clause (at most three).
 */
const frontedVerbs = new Set(
  // (Dialect and nynorsk forms too: trøndersk and nordnorsk "e" and "va" for "er" and "var",
  // "Tung i pusten e æ itj", "Kvalm va æ itj".)
  // ("tåle"/"tåler", folded "tale"/"taler": "Ibux tåler æ ikkje", "Voltaren tåle eg ikkje".)
  'har hadde er var kjenner kjente merker merka merket bruker brukte tar tok e va ha fekk fikk vart ble blei kjenne merke bruke tek tale taler talte'.split(
    ' ',
  ),
);
/** True when the words up to `at` (at least five) have no punctuation between them. */
function isUnpunctuatedRun(text: string, tokens: readonly WordToken[], at: number): boolean {
  if (at < 4) return false;
  const start = tokens[at - 4]?.end ?? 0;
  const end = tokens[at]?.start ?? 0;
  return !/[.!?;:,]/.test(text.slice(start, end));
}

const frontedSubjects = new Set(
  'jeg eg je æ ae du han hun ho hu vi me de dei barnet gutten jenta pasienten'.split(' '),
);

function markFrontedTopic(
  text: string,
  tokens: readonly WordToken[],
  negator: number,
  result: boolean[],
  contracted?: number,
): void {
  // Contracted ("Røyke ha'kje æ"): the verb and negator come first, then the subject.
  const subject = tokens[contracted === undefined ? negator - 1 : contracted + 1];
  const verb = tokens[contracted ?? negator - 2];
  if (subject === undefined || verb === undefined) return;
  if (!frontedSubjects.has(subject.folded)) return;
  if (contracted === undefined && !frontedVerbs.has(verb.folded)) return;
  let first = negator - 2;
  while (first > 0) {
    const previous = tokens[first - 1];
    const current = tokens[first];
    if (previous === undefined || current === undefined) break;
    if (/[.!?;:,]/.test(text.slice(previous.end, current.start))) break;
    first -= 1;
  }
  let topicLength = negator - 2 - first;
  // An unpunctuated run-on ("tre gonga om dagen Ibux tåler æ ikkje"): the word right before the
  // verb is the topic; what came before it belongs to the clause before.
  if (topicLength > 3 && isUnpunctuatedRun(text, tokens, negator - 3)) {
    first = negator - 3;
    topicLength = 1;
  }
  if (topicLength < 1 || topicLength > 3) return;
  for (let index = first; index < negator - 2; index += 1) result[index] = true;
}

/** The word that opens the clause of a topic denied after it ("men utflod, næ"). */
const topicOpeners = new Set(['men']);

/**
 * A topic named and then denied by a "nei" or "næ" standing alone after a comma, at the end of its
 * sentence or clause ("Litt blod, men utflod, næ."): marks the topic's words (at most three, back to
 * the start of their clause) as denied.
 */
function markToppedDenial(
  text: string,
  tokens: readonly WordToken[],
  negator: number,
  result: boolean[],
): void {
  const previous = tokens[negator - 1];
  const token = tokens[negator];
  const next = tokens[negator + 1];
  if (previous === undefined || token === undefined) return;
  if (!/^\s*,\s*$/.test(text.slice(previous.end, token.start))) return;
  if (next !== undefined && !/[.!?;:,]/.test(text.slice(token.end, next.start))) return;
  const topic: number[] = [];
  for (let index = negator - 1; index >= 0 && topic.length <= 3; index -= 1) {
    const current = tokens[index];
    if (current === undefined) return;
    // The topic follows a "men" ("litt blod, men utflod, næ") or opens the sentence ("Tung pust,
    // nei."); after a comma alone it may be one more item of what is said present.
    if (topicOpeners.has(current.folded)) break;
    topic.push(index);
    const before = tokens[index - 1];
    if (before === undefined) break;
    if (/[.!?;:,]/.test(text.slice(before.end, current.start))) {
      if (!/[.!?;:]/.test(text.slice(before.end, current.start))) return;
      break;
    }
  }
  if (topic.length === 0 || topic.length > 3) return;
  for (const index of topic) result[index] = true;
}

/** A result called negative after what was tested ("blod negativ", "Blodkulturene var negative"). */
const negativeResultWords = new Set(['negativ', 'negative', 'negativt', 'neg']);
/** Verdicts said after what they rule out ("Fraktur utelukket", "Graviditet usannsynlig"). */
const ruledOutWords = new Set(['utelukket', 'utelukka', 'usannsynlig', 'usannsynleg']);
/** Verbs between a test and its result ("var negativ", "ble negative"). */
const resultCopulas = new Set(['var', 'er', 'ble', 'blei', 'vart', 'e', 'va', 'kom']);
/** Words that end the tested thing going back ("nitritt positiv, blod negativ"). */
const resultBoundaries = new Set(['positiv', 'positive', 'positivt', 'pos', 'og', 'men', 'med']);

/**
 * A negative result said after what was tested ("protein negativ", "Blodkulturene var
 * negative"): the words of the tested thing before it (at most three, back to a punctuation mark,
 * an "og" or a positive result) are denied, as "negativ" before them would deny them.
 */
function markNegativeResult(
  text: string,
  tokens: readonly WordToken[],
  negator: number,
  result: boolean[],
): void {
  let index = negator - 1;
  if (resultCopulas.has(tokens[index]?.folded ?? '')) index -= 1;
  let marked = 0;
  while (index >= 0 && marked < 3) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (token === undefined || next === undefined) return;
    if (/[.!?;:,()]/.test(text.slice(token.end, next.start))) return;
    if (resultBoundaries.has(token.folded) || /^\d/u.test(token.folded)) return;
    result[index] = true;
    marked += 1;
    index -= 1;
  }
}

/** True when the text between two offsets is exactly one space. */
function isOneSpace(text: string, from: number, to: number): boolean {
  return to === from + 1 && text.charCodeAt(from) === 32;
}

/** "nei" as said, folded ("næ", "næi"). */
const noWords = new Set(['nei', 'nae', 'naei']);

/** Speech verbs (folded) whose "nei til"/"nei på" is a no to what follows ("sier nei til"). */
const speechVerb = /^(?:sier|sa|svarer|svarte|svarar|seier)$/u;

/**
 * Marks each word of a sentence as negated or not. A negation ("ingen", "ikke", "uten", …)
 * reaches to the end of its clause and across a comma-separated list ("Ingen kvalme, oppkast
 * eller diaré"), but stops at "men" and at the end of the sentence. `text` is the sentence the
 * tokens came from, used to see punctuation between words.
 */
export function negatedWords(text: string, tokens: readonly WordToken[]): boolean[] {
  const result: boolean[] = tokens.map(() => false);
  let active = false;
  let stoppedAt = false;
  let reach = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) continue;
    const previous = tokens[index - 1];
    // Words one space apart (most of them) have no punctuation between them.
    const spaced = previous !== undefined && isOneSpace(text, previous.end, token.start);
    if (previous !== undefined && !spaced) {
      const between = text.slice(previous.end, token.start);
      const isAbbreviation =
        /^(?:pas|ca|ev|evt|bl|kl|dr|f|mht|ho|ve)$/.test(previous.folded) && /^\.\s*$/.test(between);
      if (/[.!?;:]/.test(between) && !isAbbreviation) active = false;
      if (
        /,/.test(between) &&
        (reach > 8 || clauseOpeners.has(token.folded) || !listGoesOn(text, tokens, index))
      )
        active = false;
    }
    // "Feber nei, men …" (a reply naming the part it denies): the word before a second-word "nei".
    if (index === 1 && previous !== undefined && noWords.has(token.folded)) result[0] = true;
    // "… men utflod, næ." (a topic named, then denied after a comma): the words of that topic.
    if (index > 1 && previous !== undefined && noWords.has(token.folded))
      markToppedDenial(text, tokens, index, result);
    // "Fraktur utelukket" denies the fracture; "ikke utelukket" leaves it open.
    if (
      ruledOutWords.has(token.folded) &&
      !negators.has(previous?.folded ?? '') &&
      !postposedNegators.has(previous?.folded ?? '')
    )
      markNegativeResult(text, tokens, index, result);
    if (
      scopeBreakers.has(token.folded) ||
      // "Ingenting anna enn Eliquis": what follows the exception is said, not denied.
      (token.folded === 'enn' && /^(?:anna|annet|andre)$/u.test(previous?.folded ?? '')) ||
      (token.text.length === 3 && token.text.toLowerCase() === 'før')
    ) {
      active = false;
      continue;
    }
    // "fri for smerter" denies; "nakken er fri" only says so.
    const isNegator =
      ((negators.has(token.folded) || isContractedNegator(token.folded)) &&
        (token.folded !== 'fri' || /^(?:for|fra|av)$/.test(tokens[index + 1]?.folded ?? ''))) ||
      // "Han sier nei til blod i oppkast", "svarte nei på feber": a no to what follows.
      (index > 0 &&
        noWords.has(token.folded) &&
        speechVerb.test(previous?.folded ?? '') &&
        /^(?:til|pa)$/u.test(tokens[index + 1]?.folded ?? '') &&
        isOneSpace(text, token.end, tokens[index + 1]?.start ?? token.end));
    // "sluttet helt i fjor høst", "slutta da eg vart gravid": a habit given up is denied, not the
    // time it was given up.
    if (active && stoppedAt && stopTimeWords.has(token.folded)) {
      active = false;
      continue;
    }
    if (isNegator) {
      stoppedAt = /^slutt/u.test(token.folded);
      // "Røyker ikke", "Besvimte ikkje": the verb right before the negator is denied too, when it
      // opens its clause (or follows a subject pronoun), so a finding named by it is stated absent.
      // (A reflexive between verb and negator is passed over: "det låser seg ikkje".)
      const reflexive = /^(?:seg|meg|deg)$/u.test(tokens[index - 1]?.folded ?? '');
      const verbAt = reflexive ? index - 2 : index - 1;
      const before = tokens[verbAt];
      const after = tokens[index + 1]?.folded ?? '';
      if (
        before !== undefined &&
        postposedNegators.has(token.folded) &&
        // "Feber, ikke sår hals": a comma between them makes the negator open a new clause.
        isOneSpace(text, before.end, tokens[verbAt + 1]?.start ?? token.start) &&
        isOneSpace(text, tokens[index - 1]?.end ?? 0, token.start) &&
        !auxiliaries.has(before.folded) &&
        // (Dialects say the present in -e after a pronoun: "æ røyke itj", "eg hoste ikkje".)
        (/(?:er|ar|te|de|dde|et|a)$/u.test(before.folded) ||
          (/e$/u.test(before.folded) && subjectPronoun.test(tokens[verbAt - 1]?.folded ?? '')) ||
          // A strong verb's present after its subject ("det svir ikkje", "det blør ikke"),
          // also a noun subject opening the sentence ("Øynene klør ikkje", "Såret blør ikke").
          (/r$/u.test(before.folded) &&
            (/^(?:det|da|dae|de)$/u.test(tokens[verbAt - 1]?.folded ?? '') ||
              isSentenceOpeningSubject(text, tokens, verbAt - 1))) ||
          // … and in dialect in -e ("det hovne ikkje opp", "det svie itj").
          (/^\p{L}{3,}e$/u.test(before.folded) &&
            /^(?:det|da|dae)$/u.test(tokens[verbAt - 1]?.folded ?? '')) ||
          // The subject left out after "men" ("Eg snuse, men røyke ikkje").
          (/e$/u.test(before.folded) && tokens[verbAt - 1]?.folded === 'men')) &&
        // "sovner ikke før to", "hoster ikke bare om natta": not a denial of the verb.
        !/^(?:for|bare|berre|alltid|helt|sa)$/u.test(after) &&
        // "Feber ikke målt", "BT ikkje kontrollert": what was not measured, not a denial.
        !/^(?:malt|undersokt|sjekket|sjekka|tatt|vurdert|kjent|spurt|kontrollert|registrert|testet|testa|gjort|avklart|nevnt|undersøkt|målt)$/u.test(
          after,
        )
      ) {
        const beforeThat = tokens[verbAt - 1];
        const opensClause =
          beforeThat === undefined ||
          // (A comma too: "Snuser, røyker ikke".)
          /[.!?;:,]/.test(text.slice(beforeThat.end, before.start)) ||
          subjectPronoun.test(beforeThat.folded) ||
          /^(?:det|da|dae|de|men)$/u.test(beforeThat.folded) ||
          (/r$/u.test(before.folded) && isSentenceOpeningSubject(text, tokens, verbAt - 1));
        if (opensClause) result[verbAt] = true;
      }
      if (postposedNegators.has(token.folded)) markFrontedTopic(text, tokens, index, result);
      if (negativeResultWords.has(token.folded)) markNegativeResult(text, tokens, index, result);
      // "Røyke ha'kje æ gjort", "Tungpusten ække æ": a topic put before a verb said with its negator.
      if (/^(?:hakke|aekke)$/u.test(token.folded) || isContractedNegator(token.folded))
        markFrontedTopic(text, tokens, index + 2, result, index);
      active = true;
      reach = 0;
      continue;
    }
    if (active) {
      result[index] = true;
      reach += 1;
      if (reach > 12) active = false;
    }
  }
  return result;
}

/**
 * Words that deny a finding by themselves ("afebril", "feberfri", "smertefri"): the finding they
 * name is stated absent.
 */
export function isInherentlyNegative(folded: string): boolean {
  // Cheap test first: almost no word ends so.
  if (!folded.endsWith('fri') && !folded.endsWith('frie') && !folded.endsWith('fritt'))
    return folded === 'afebril';
  return (
    /^(?:afebril|\p{L}{3,}fri(?:e|tt)?)$/u.test(folded) &&
    // "pyelonefritt", "glomerulonefritt": an inflammation of the kidney, not "free of".
    !folded.endsWith('nefritt') &&
    !/^(?:gluten|laktose|sukker|alkohol|rey)/u.test(folded)
  );
}

/**
 * "Ikke ofte, men det hender": a denial of how often or how much, then "men" and a yes. Only
 * "men (det) hender/skjer", a closing "men litt" and "men av og til" say yes; "men" followed by
 * anything else ("Ikke særlig, men er litt sliten") speaks of something else and leaves the no.
 */
const limitedYes =
  /^(?:ikke|ikkje|ikkji|ikkj|itj|itte|ittj|inte|inkje) (?:så |so |saa )?(?:ofte|mye|mykje|my|veldig|særlig|serleg|hver dag|kvar dag|daglig|dagleg|alltid|heile tida|hele tiden)[,.]? men (?:(?:det )?(?:hender|hendar|hende|skjer)(?![\p{L}])|litt(?=\s*(?:[.,!?;]|$))|av og til(?![\p{L}]))/u;

/**
 * "Nei, bare litt om morgenen", "Nei, berre når eg går i bakkar": a no limited to a little or to
 * some times, which says the thing asked about is there, only less. Only "bare"/"berre"/"kun" with
 * "litt" at the end of the clause, a frequency ("av og til", "sjelden") or a time or occasion
 * ("når", "om", "etter"); "Nei, bare litt i ryggen" and "Nei, bare ved ribbeina" speak of another
 * place and stay a no.
 */
const limitedNo =
  /^(?:nei|næ|nai|neida|nei da|nei då),?\s+(?:bare|berre|berra|bærre|bære|kun)\s+(?:(?:litt|lite|ørlite|ørlitt)(?=\s*(?:[.,!;]|$))|(?:(?:litt|lite|ørlite|ørlitt)\s+)?(?:når|nar|om|etter|av og til|innimellom|iblant|i blant|nå og da|no og då|sjelden)(?![\p{L}]))/u;

/**
 * "Nei, bare litt.", "Nei, berre av og til": a no limited only in degree or frequency, with nothing
 * after it but the end of the sentence — a limited yes even to a question naming a condition.
 */
const degreeOnlyNo =
  /^(?:nei|næ|nai|neida|nei da|nei då),?\s+(?:bare|berre|berra|bærre|bære|kun)\s+(?:(?:litt|lite|ørlite|ørlitt)|(?:(?:litt|lite|ørlite|ørlitt)\s+)?(?:av og til|innimellom|iblant|i blant|nå og da|no og då|sjelden))\s*(?:[.!]+\s*)?$/u;

/**
 * A question that asks about a complaint under a condition or at a time ("Er du tungpustet i
 * hvile?", "Får du vondt når du går?", "Har du hodepine om morgenen?", "nattlige smerter",
 * "morgenstivhet", "ved anstrengelse", "etter maten"). "Nattesvette" names a complaint, not a time.
 */
const conditionInQuestion =
  /(?<![\p{L}])(?:når|nar|hvis|viss|dersom|om (?:natta|natten|nettene|netter|morgenen|morgonen|morgonen|morgenene|kvelden|kveldane|kveldene|dagen|dagtid|helga|helgen|vinteren|sommeren)|på (?:natta|natten|kvelden|morgenen|morgonen|dagtid)|i (?:hvile|kvile|ro|trapper|trappa|trappen|trapp|bakker|bakkar|motbakke|motbakker|motbakkar)|ved \p{L}+|etter \p{L}+|under \p{L}+|natt(?!esvet|asvet)\p{L}*|morgen\p{L}+|morgon\p{L}+|kveld\p{L}+|\p{L}*(?:hvile|kvile|anstreng|aktivitet|belastning)\p{L}*)(?![\p{L}])/u;

/**
 * Whether a reply is a no limited to a little or to some times ({@link limitedNo}), so a limited
 * yes. When the question itself names a condition or a time (`question`: "Er du tungpustet i
 * hvile?"), a reply naming another one ("Nei, bare når jeg går i trapper") is a no to the question
 * asked, and only a limit of degree or frequency ("Nei, bare litt") stays a limited yes.
 */
export function isLimitedNo(reply: string, question = ''): boolean {
  const text = reply.trim().toLowerCase();
  if (!limitedNo.test(text)) return false;
  return !conditionInQuestion.test(question.toLowerCase()) || degreeOnlyNo.test(text);
}

/** The two conditions of a no limited to another condition than the one asked about. */
export interface ConditionLimitedDenial {
  /** The condition the question names ("i hvile"), under which the finding was denied. */
  readonly asked: string;
  /** The condition the reply names ("jeg går i trapper"), under which the finding is there. */
  readonly said: string;
}

/**
 * The conditions of a no limited to another condition than the one asked about: "Blir du
 * tungpusten i hvile?" "Nei, bare når jeg går i trapper" → asked "i hvile", said "jeg går i
 * trapper". The finding was denied under the asked condition and said present under the other.
 * Undefined for any other reply.
 */
export function deniedOnlyUnderCondition(
  reply: string,
  question: string,
): ConditionLimitedDenial | undefined {
  const text = reply.trim().toLowerCase();
  const limit = limitedNo.exec(text);
  if (limit === null || degreeOnlyNo.test(text)) return undefined;
  const asked = question.toLowerCase();
  const match = conditionInQuestion.exec(asked);
  if (match === null) return undefined;
  return {
    // "når du går": the condition is what follows the conjunction.
    asked: /^(?:når|nar|hvis|viss|dersom)$/u.test(match[0]) ? asked.slice(match.index) : match[0],
    said: text.slice(limit[0].length),
  };
}

/** How an answer to a yes/no question begins. */
export type AnswerPolarity = 'yes' | 'no' | 'unclear';

/**
 * The thing asked about, then a denial ("Nakke ikkje, bare skulder"). (Module level: `tsx` compiles a literal with `\p{…}` outside a class
 * into a `new RegExp` where it stands, so inside a function it was built on every call; issue 11.)
 */
const ellipticDenial = /^\p{L}{3,} (?:ikke|ikkje|ikkj|ikkji|itj|itte|ittje|inte|inkje)(?:[,.!]|$)/u;

/**
 * Reads the start of a reply to a yes/no question, in bokmål, nynorsk and dialect: "Nei.",
 * "Nei da", "Næh", "Nope", "Ikkje no", "Aldri" → no; "Ja", "Jo", "Jada", "Mhm", "Jepp", "Ja, litt" →
 * yes; anything else unclear.
 */
export function readAnswer(reply: string): AnswerPolarity {
  // "(rister på hodet)" and "Mm-m." are a no, "(nikker)" a yes; "Mm-m" is no "mm".
  const start = readNonverbalAnswer(reply).trim().toLowerCase();
  // "Ikke ofte, men det hender", "Ikkje så mykje, men litt": a limit on how often or how much,
  // then that it does happen, is a yes (checked before the "ikke" that opens it reads as a no).
  if (limitedYes.test(start)) return 'yes';
  if (
    /^(?:nei|nej|neida|nei da|nei då|næ|næh|nææ|næi|nai|nope|nepp|niks|nix|ikke|ikkje|ikkje no|ikkji|itj|itte|ittje|ittj|ikkj|inte|int|kji|kje|kkje|ente|inkje|ingen|inga|ingi|ingenting|ittno|ittnå|aldri|aldrig|overhodet ikke|absolutt ikke|slett ikke|ikke i det hele tatt|sluttet|slutta|har sluttet|har slutta|(?:jeg|eg|æ|je) (?:har )?(?:sluttet|slutta)|verken eller|hverken eller|verken|hverken|ikke noe sånt|ikkje noko slikt)(?![\p{L}])/u.test(
      start,
    )
  )
    return 'no';
  // "Det har eg aldri hatt", "Det stemmer ikke", "Slapp for det": a reply that would begin as a yes
  // but denies.
  if (
    /^(?:(?:det )?(?:har|gjør|gjer|er|var|e) (?:jeg|eg|æ|je) (?:aldri|ikke|ikkje|ikkji|ikkj|itj|itte|ittje|ittj|inte|int|kje|kji|inkje|ente)|(?:det )?(?:hakke|ække|ha'kje|e'kje|æ'kje) (?:jeg|eg|æ|je)|(?:det )?stemmer (?:ikke|ikkje|itj|itte|inte|inkje|ente|dårlig)|slapp(?: heldigvis)? for det|slepp(?: heldigvis)? for det)(?![\p{L}])/u.test(
      start,
    )
  )
    return 'no';
  // "Nja, ikkje egentleg", "Tja, ikke noe særlig": a hedge that ends in a denial.
  if (
    /^(?:nja|tja|nja da|mja),? (?:ikke|ikkje|itj|itte|inte|inkje|ente)(?: (?:egentlig|egentleg|eigentleg|noe|noko|særlig|serleg|so mykje|så mye))?(?![\p{L}])/u.test(
      start,
    )
  )
    return 'no';
  // "Nakke ikkje, bare skulder": the thing asked about, then a denial, is a "nei" (an elliptic
  // reply in dialect and in learners' Norwegian).
  if (ellipticDenial.test(start)) return 'no';
  if (
    /^(?:ja|jo|jada|joda|jaha|jepp|japp|jau|jaa|jojo|javisst|mhm|mm|ja da|ja då|jo da|jo då|absolutt|definitivt|stemmer|det stemmer|det har jeg|det har eg|det gjør jeg|det gjer eg|litt|ja litt|ein del|en del)(?![\p{L}])/u.test(
      start,
    )
  )
    return 'yes';
  return 'unclear';
}

/** Words one of which every correction {@link findCorrection} reads contains (issue 11). */
const correctionWords = /nei|unnskyld|mener|meiner|rettelse|beklager|feil|eller|forresten/iu;

/**
 * Where a speaker takes back what they just said and corrects it ("høyre, nei vent, venstre";
 * "tre dager, eller nei, fire"; "unnskyld, jeg mener"): the index in `text` where the correction
 * starts, or -1. What came before it in the same turn is retracted where the correction says
 * something of the same kind. With `withDenial`, a no taken back counts also after "aldri" or
 * "ikke" (see {@link findReversedNo}).
 */
export function findCorrection(text: string, withDenial = false): number {
  // (A word every correction contains, same flags: most turns have none and skip the pattern.)
  const match = !correctionWords.test(text)
    ? null
    : /(?:^|[\s,.;—–-])(?:nei vent|nei,? vent|nei forresten|eller nei|unnskyld,? jeg mener|jeg mener|eg meiner|nei,? det var|rettelse|beklager,? jeg mente|nei,? jeg mente|jeg tar feil|nei,? feil|eller,? jo|jo,? forresten|ja,? forresten|jau,? forresten)(?![\p{L}])/iu.exec(
        text,
      );
  if (match !== null) return match.index;
  return findReversedNo(text, withDenial);
}

const reversedNo =
  /^\s*(?:nei|næ|nai|neida|neidå)(?:\s*[.!…]+\s*(?:eller,?\s+)?|,?\s+eller,?\s+|(?:\s*[.!…]+\s*|,?\s+)(?:nei,?\s+)?vent[,.!…]*\s+)(jo|jau|joda|jodå|jaudå|jovisst|ja,? (?:forresten|vent|faktisk))(?![\p{L}])/iu;
const reversedDenial =
  /^\s*(?:nei|næ|nai|neida|neidå)(?:,?\s+(?:aldri|ikke|ikkje|itj|inkje|ente))?(?:\s*[.!…]+\s*(?:eller,?\s+)?|,?\s+eller,?\s+|(?:\s*[.!…]+\s*|,?\s+)(?:nei,?\s+)?vent[,.!…]*\s+)(jo|jau|joda|jodå|jaudå|jovisst|ja,? (?:forresten|vent|faktisk))(?![\p{L}])/iu;

/**
 * A reply that opens with a bare "nei" and then takes it back with a yes ("Nei. Jo, vent, eg var
 * litt svimmel"; "Nei. Jau, e vart litt andpusten"; "Nei, eller jo, litt"; "Nei. Nei vent, jo, litt
 * når eg hostar"): the index where the
 * yes starts, or -1. The opening "nei" is then no answer to the question; what follows says what
 * is so. A "nei, jo" run together is a hedge ("Nei, jo, det går greit"), not a yes. With
 * `withDenial`, also after "aldri" or "ikke" ("Nei, aldri. Jo, vent, …"): the caller reads that
 * as a yes only where what follows affirms it ("Nei, aldri. Jo, vent, det var broren min" is a no).
 */
export function findReversedNo(text: string, withDenial = false): number {
  const match = (withDenial ? reversedDenial : reversedNo).exec(text);
  const yes = match?.[1];
  return match === null || yes === undefined ? -1 : match.index + match[0].length - yes.length;
}
