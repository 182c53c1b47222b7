import { textAt, lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { tokenIndexStartingAt } from './token-analysis.js';

/** Nouns and words of many people: the age said after them is a group's, no one person's. */
const groupWord =
  /^(?:pasienter|pasientar|personer|personar|folk|mange|alle|eldre|sjåfører|sjåførar|bilførere|bilførarar|førere|førarar|kvinner|kvinnor|menn|barn|ungdom|ungdommer|ungdomar|unge|voksne|vaksne|gutter|jenter|de|dei|fleste|pårørende)$/u;

/** Words of a legal or clinical age limit: "Aldersgrensen er 18 år", "Myndighetsalder 18 år". */
const limitWord =
  /^(?:aldersgrense\p{L}*|aldersgrenser|myndighetsalder\p{L}*|myndigheitsalder\p{L}*|grense|grensen|grensa|samtykkealder\p{L}*|screeningalder\p{L}*)$/u;

/** Nouns that years measure the length of: "10 års risiko", "5 års oppfølging". */
const durationNoun =
  /^(?:\p{L}*risiko|\p{L}*oppfølging|\p{L}*overlevelse|\p{L}*overleving|intervall\p{L}*|erfaring|\p{L}*varighet|mellomrom|garanti|observasjon|karantene|botid|ansiennitet)$/u;

/**
 * Ages that describe a group or a rule rather than a person (ANNOTATION.md: "A person's age"):
 * "pasienter i 80-årene", "Aldersgrensen er 18 år", "Femåringer får vaksine", "Ungdom i alderen
 * 13–16 år". The person's own age stays ("Pasienten er i 80-årene", "Seksåringen var med").
 */
export function isGroupAge(text: string, tokens: readonly Token[], candidate: Candidate): boolean {
  if (candidate.type !== 'AGE') return false;
  const value = text.slice(candidate.start, candidate.end).toLowerCase();
  // "Femåringer", "toåringar", "femåringene": children of an age, plural.
  if (/åring(?:er|ar|ene|ane)$/u.test(value)) return true;
  const index = tokenIndexStartingAt(tokens, candidate.start);
  if (index < 0) return false;
  // "i alderen 13–16 år": the upper end of a range of ages.
  const before = tokens.slice(Math.max(0, index - 4), index).map((token) => token.lower);
  if (
    before.includes('alderen') &&
    tokenAt(tokens, index - 1) !== undefined &&
    /^[-–]$/u.test(textAt(tokens, index - 1)) &&
    tokenAt(tokens, index - 2)?.kind === 'number'
  )
    return true;
  // "for barn 6–12 år", "Dosering for barn 1–5 år": the upper end of a range of ages right after
  // a plural group (not "Barna er 6–12 år", where the children are the subject).
  if (
    /^[-–]$/u.test(textAt(tokens, index - 1)) &&
    tokenAt(tokens, index - 2)?.kind === 'number' &&
    groupWord.test(lowerAt(tokens, index - 3))
  )
    return true;
  if (before.some((word) => limitWord.test(word))) return true;
  // "10 års risiko", "5 års oppfølging": years as the length of what the noun after them names.
  if (/^\d+ års$/u.test(value) && durationNoun.test(lowerAt(tokens, index + 2))) return true;
  // "fristen er tre år": years as the length of a time limit, not anyone's age.
  if (
    /^(?:er|var|blir|vert)$/u.test(lowerAt(tokens, index - 1)) &&
    timeLimitSubject.test(lowerAt(tokens, index - 2))
  )
    return true;
  const sentence = sentenceBefore(tokens, index);
  // "halvparten av dem som er 80 år", "De som blir 85 år": a relative clause on the pronoun of a
  // plural group, not one person ("Pasienten, som er 80 år," stays), in a sentence with no person
  // word. Only the pronoun: a group noun is as often the patient's own ("Har to barn som er 2 og
  // 4 år", "Gift, tre barn som er 5, 8 og 12 år" — found by the session-36 review). From 90 up an
  // age is a direct identifier and always stays.
  if (
    /^(?:er|blir|vert|var)$/u.test(lowerAt(tokens, index - 1)) &&
    lowerAt(tokens, index - 2) === 'som' &&
    /^(?:dem|de|dei)$/u.test(lowerAt(tokens, index - 3)) &&
    (ageValue(value) ?? 90) < 90 &&
    !sentence.some((word) => personWord.test(word))
  )
    return true;
  // "Prediktiv testing av barn gjøres ikke før fylte 18 år", "alle sjåfører … førerkort etter
  // fylte 75 år": the age at which a rule starts, in a sentence about many people (a plural group,
  // not a rule word alone: "Søker helseattest for førerkort, fylte 83 år" is the patient's) and no
  // one person. An age of 90 or more is a direct identifier and always stays.
  if (
    /^fylt[e]?$/u.test(lowerAt(tokens, index - 1)) &&
    (ageValue(value) ?? 0) < 90 &&
    sentence.some((word) => groupWord.test(word)) &&
    !sentence.some((word) => personWord.test(word))
  )
    return true;
  if (!/årene$|åra$|årane$/u.test(value)) return false;
  const decadeAt = decadePrepositionIndex(tokens, index);
  if (decadeAt < 0) return false;
  // "pasienter i 80-årene": a decade of life after a plural group.
  if (groupWord.test(lowerAt(tokens, decadeAt - 1))) return true;
  // "kommer tarmkreft ofte i 40- og 50-årene": how often a disease comes in a decade, said of no
  // one person ("Hun var ofte syk i 50-årene" stays).
  // Only when a disease or a group is the subject: "Fikk bronkitt ofte i 30-årene" is the patient's.
  return (
    sentence.some((word) => groupWord.test(word) || onsetVerb.test(word)) &&
    frequencyBefore.test(
      tokens
        .slice(Math.max(0, decadeAt - 2), decadeAt)
        .map((token) => token.lower)
        .join(' '),
    ) &&
    !sentence.some((word) => personWord.test(word))
  );
}

/** Subjects that years measure as a length: "fristen er tre år", "Gyldighetstiden er fem år". */
const timeLimitSubject =
  /^(?:\p{L}*fristen|\p{L}*fristar|\p{L}*frista|\p{L}*tiden|\p{L}*tida|\p{L}*perioden|\p{L}*perioda|\p{L}*varigheten|\p{L}*intervallet|gyldigheten|garantien|\p{L}*garantien)$/u;

/** Verbs of a disease that comes or is seen, said of no one: "kommer ofte i 50-årene". */
const onsetVerb =
  /^(?:kommer|kjem|oppstår|debuterer|opptrer|forekommer|rammer|ses|sees|diagnostiseres|utvikles|begynner|byrjar|starter)$/u;

/** The number of years in an age such as "75 år", "93": undefined when it is not in digits. */
function ageValue(value: string): number | undefined {
  const digits = /^(\d+)/u.exec(value);
  return digits === null ? undefined : Number(digits[1]);
}

/** Words of one person in a sentence: then an age in it is that person's. */
const personWord =
  /^(?:han|hun|ho|hen|ham|henne|meg|deg|seg|pasient|pasienten|pasientens|barnet|barnets|gutten|jenta|sønnen|datteren|dottera|mannen|kona|kvinnen|moren|faren|mor|far|hans|hennes|hennar|jeg|eg|du|vi)$/u;

/** Frequency words before a decade: "ofte i 50-årene", "som regel i 60-årene". */
const frequencyBefore =
  /(?:^|\s)(?:ofte|oftest|oftast|gjerne|vanligvis|vanlegvis|typisk|sjelden|sjeldan|som regel)$/u;

/** The words of the sentence before a token, lower case. */
function sentenceBefore(tokens: readonly Token[], index: number): string[] {
  const words: string[] = [];
  for (let at = index - 1; at >= 0; at--) {
    const word = lowerAt(tokens, at);
    if (/^[.!?]$/u.test(word)) break;
    words.push(word);
  }
  return words;
}

/** The "i" before a decade, also across a coordination: "i 40- og 50-årene"; -1 when none. */
function decadePrepositionIndex(tokens: readonly Token[], index: number): number {
  if (lowerAt(tokens, index - 1) === 'i') return index - 1;
  // "i 40- og 50-årene": "i", a number with a hyphen, "og"/"eller", then the decade.
  for (let at = index - 1; at >= Math.max(0, index - 5); at--) {
    const word = lowerAt(tokens, at);
    if (word === 'i') return at;
    if (!/^(?:og|eller|el|[-–]|\d+-?|,)$/u.test(word)) return -1;
  }
  return -1;
}
