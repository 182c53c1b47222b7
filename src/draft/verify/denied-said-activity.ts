import type { Speaker } from '../../core/index.js';
import { foldWord, type WordToken } from '../language/fold.js';
import { isContentWord, stemFolded } from '../language/stem.js';
import { perTranscript } from './per-transcript.js';
import type { TranscriptIndex, TranscriptUnit } from './transcript-index.js';

/**
 * Denials after a verb, folded: bokmål, nynorsk, trøndersk, sunnmørsk, solørsk and østfoldsk
 * ("Trener ikke", "hostar itj", "je røyker inte").
 */
const negators = new Set([
  'ikke',
  'ikkje',
  'ikkj',
  'ikk',
  'ikkji',
  'itj',
  'ittj',
  'ittje',
  'itte',
  'inkje',
  'ente',
  'kje',
  'kkje',
  'kji',
  'inte',
  'int',
  'aldri',
]);
/**
 * Spoken denials anywhere in a clause ("ingen trening", "æ ha'kje"), besides `negators`. A «nei»
 * in the verb's own clause ("nei jeg trener ikke så mye" without commas) keeps the note's denial;
 * a «nei» said as its own answer ("Nei, du kan trene") is a clause of its own and denies nothing.
 */
const spokenDenials = new Set(['ingen', 'inga', 'ingenting', 'ingenteng', 'nei']);

/** Whether a spoken word denies its clause. */
function isSpokenDenial(folded: string): boolean {
  return (
    negators.has(folded) ||
    spokenDenials.has(folded) ||
    (folded.includes("'") && /'(?:kje|kkje|kke|kji)$/u.test(folded))
  );
}

/** Subjects a note puts before its verb ("Han drikk ikkje", "Du hoster ikke"). */
const writtenSubjects = new Set(['du', 'han', 'hun', 'ho', 'pasienten', 'pas']);

/** The patient speaking of themself. */
const firstPerson = new Set(['jeg', 'eg', 'æ', 'je', 'æg'].map(foldWord));
/** A relative or nurse speaking of the patient. */
const thirdPerson = new Set(['han', 'hun', 'ho', 'hu', 'hon'].map(foldWord));

/**
 * Verbs that say nothing of an activity by themselves, or that other checks read: auxiliaries and
 * modals, and taking, using and tolerating drugs (the drug checks), feeling and knowing.
 */
const notActivities = new Set(
  [
    'har',
    'hadde',
    'er',
    'var',
    'kan',
    'vil',
    'skal',
    'må',
    'bør',
    'får',
    'blir',
    'vert',
    'tar',
    'bruker',
    'brukar',
    'tåler',
    'tolererer',
    'går',
    'kommer',
    'kjem',
    'gjør',
    'vet',
    'veit',
    'tror',
    'trur',
    'føler',
    'kjenner',
    'merker',
    'husker',
    'ønsker',
    'trenger',
    'treng',
    'klarer',
    'klarar',
    'orker',
    'sier',
    'seier',
  ].map(foldWord),
);

/** Whether a folded word may be a verb the note denies (a content word, not an auxiliary). */
function mayBeActivity(folded: string): boolean {
  return folded.length >= 4 && isContentWord(folded) && !notActivities.has(folded);
}

/** A written denial: the verb, and the stems of the words after the denial in its clause. */
interface WrittenDenial {
  readonly verb: WordToken;
  /** "Klør ikkje om natta" → natt: what the conversation must have said of the activity too. */
  readonly qualifiers: readonly string[];
}

/** The stems of the content words of a clause (words of three letters or more). */
function contentStems(tokens: readonly WordToken[]): string[] {
  return tokens
    .filter((token) => token.folded.length >= 3 && isContentWord(token.folded))
    .map((token) => stemFolded(token.folded));
}

/**
 * The activity verb a written sentence denies, as its token, when the sentence opens with it
 * ("Trener ikke.", "Han drikk ikkje.", "Klør ikkje om natta.") and no other denial follows, with
 * the words that narrow the denial in its clause ("om natta", "alkohol", "i ukedagene").
 */
function deniedVerbOf(tokens: readonly WordToken[]): WrittenDenial | undefined {
  const start = writtenSubjects.has(tokens[0]?.folded ?? '') ? 1 : 0;
  const verb = tokens[start];
  if (verb === undefined || !mayBeActivity(verb.folded)) return undefined;
  const negator = tokens[start + 1];
  if (negator === undefined || !negators.has(negator.folded)) return undefined;
  // "Astma, ikke brukt Ventoline": a noun before a comma is no verb denied.
  if (negator.start - verb.end > 1) return undefined;
  // "Trener ikke, men går tur" is still read; a second denial is left alone.
  if (tokens.slice(start + 2).some((token) => negators.has(token.folded))) return undefined;
  const rest = clausesOf(tokens.slice(start + 1))[0] ?? [];
  return { verb, qualifiers: contentStems(rest.slice(1)) };
}

/** The subjects by which a speaker states the patient's own doing. */
function subjectsOf(speaker: Speaker): ReadonlySet<string> | undefined {
  if (speaker === 'pasient') return firstPerson;
  if (speaker === 'pårørende' || speaker === 'sykepleier') return thirdPerson;
  return undefined;
}

/** The unit's clauses: split at "men", "og" and punctuation (a gap of more than one character). */
function clausesOf(tokens: readonly WordToken[]): WordToken[][] {
  const clauses: WordToken[][] = [[]];
  tokens.forEach((token, position) => {
    const previous = tokens[position - 1];
    const splits =
      token.folded === 'men' ||
      token.folded === 'og' ||
      (previous !== undefined && token.start - previous.end > 1);
    if (splits) clauses.push([]);
    clauses.at(-1)?.push(token);
  });
  return clauses.filter((clause) => clause.length > 0);
}

/** What the conversation says of each verb (folded): said done by the patient, said not done. */
interface SaidVerbs {
  /** Per verb said done: the stems of each saying's clause and the unit's undenied clauses after it. */
  readonly affirmed: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly denied: ReadonlySet<string>;
}

/**
 * Drinks that are not alcohol: "jeg drikker mye kaffe" says nothing against "Drikker ikke.", which
 * a note writes of alcohol.
 */
const softDrink = /^(?:kaff|te$|teen$|vann|vatn|brus|melk|mjolk|saft|juice|jus$|cola|energidrikk)/u;

function readUnit(
  unit: TranscriptUnit,
  affirmed: Map<string, (readonly string[])[]>,
  denied: Set<string>,
): void {
  const subjects = subjectsOf(unit.speaker);
  const clauses = clausesOf(unit.tokens);
  const negatedClauses = clauses.map((clause) =>
    clause.some((token) => isSpokenDenial(token.folded)),
  );
  clauses.forEach((clause, clauseIndex) => {
    const negated = negatedClauses[clauseIndex] === true;
    clause.forEach((token, position) => {
      if (!mayBeActivity(token.folded)) return;
      // Any denial of the verb anywhere, by anyone, keeps the note's denial.
      if (negated) {
        denied.add(token.folded);
        return;
      }
      if (subjects === undefined || unit.isQuestion || unit.isHypothetical) return;
      // The speaker's subject right before or after the verb ("jeg trener", "nå hoster han").
      const subject = [clause[position - 1], clause[position + 1]].some(
        (neighbour) => neighbour !== undefined && subjects.has(neighbour.folded),
      );
      if (!subject || clause.some((word) => softDrink.test(word.folded))) return;
      // What the saying covers: its clause and the undenied clauses after it ("Ho klør seg heile
      // tida, særleg om natta") up to a «men» or a denial ("men ikkje om natta").
      const reach: string[] = [];
      for (const [offset, later] of clauses.slice(clauseIndex).entries()) {
        // "jeg sover, men våkner hver natt": what follows «men» or a denial is not the saying.
        if (offset > 0 && (later[0]?.folded === 'men' || negatedClauses[clauseIndex + offset]))
          break;
        reach.push(...contentStems(later));
      }
      const known = affirmed.get(token.folded) ?? [];
      known.push(reach);
      affirmed.set(token.folded, known);
    });
  });
}

const saidVerbs = perTranscript((index): SaidVerbs => {
  const affirmed = new Map<string, (readonly string[])[]>();
  const denied = new Set<string>();
  for (const unit of index.units) {
    if (unit.claims.aboutOther.some((about) => about)) continue;
    readUnit(unit, affirmed, denied);
  }
  return { affirmed, denied };
});

/**
 * An activity the note denies ("Trener ikke.", "Drikker ikke.", "Klør ikkje om natta.") that the
 * patient said they do ("Jeg trener styrke tre ganger i uka"), or a relative or nurse said the
 * patient does ("men hun drikker"), and that nobody denied: the verb as written, or undefined.
 * A clinician's «nei» to the patient's own question ("Må jeg slutte med det?" "Nei") is no denial
 * of the activity, so only the patient's, a relative's or a nurse's statements count as said.
 */
export function findDeniedSaidActivity(options: {
  readonly tokens: readonly WordToken[];
  readonly index: TranscriptIndex;
}): string | undefined {
  const written = deniedVerbOf(options.tokens);
  if (written === undefined) return undefined;
  const { verb, qualifiers } = written;
  const said = saidVerbs(options.index);
  if (said.denied.has(verb.folded)) return undefined;
  // "Drikker ikke alkohol", "Sover ikke gjennom natten": the saying must speak of that too.
  const sayings = said.affirmed.get(verb.folded) ?? [];
  if (!sayings.some((reach) => qualifiers.every((stem) => reach.includes(stem)))) return undefined;
  return verb.text;
}

/** Whether a folded word is a denial this finder reads (the check's cue). */
export function isActivityDenial(folded: string): boolean {
  return negators.has(folded);
}
