import { isDrugName } from '../../language/drug-names.js';
import { writeNumbersAsDigits } from '../../language/norwegian-numbers.js';
import type { SentenceSpan } from '../../../language/index.js';

/*
 * Spoken corrections: "trettisju komma ni … nei vent, trettiåtte komma seks" → 38,6. The last
 * value wins and the note never carries both.
 */

const number = String.raw`\d+(?:[,/]\d+)?`;
const unit = String.raw`(?:mg|milligram|g|gram|kg|kilo|grader|ganger|gang|dager|døgn|uker|måneder|år|prosent|%|tabletter|timer)`;
const marker = String.raw`(?:nei|unnskyld|beklager|eller nei)(?:[,.]?\s+(?:vent|unnskyld|forresten|beklager|jeg mener|jeg leste feil|jeg måler på nytt|jeg så feil|rettere sagt|(?:jeg|eg|æ) (?:målte|måler|tok|sjekket|leste) (?:det )?(?:igjen|på nytt|en gang til)|(?:hun|han|ho) retter (?:på )?seg(?: selv)?))*`;
const filler = String.raw`(?:[,.]?\s+(?:det var|den var|det er|den er|det blir|det må ha vært|det må være|nærmere|ca\.?|cirka|rundt|vel|visst|nok|klokka|klokken|kl\.))*`;
/**
 * "94 kg, nei vent, 92" within one sentence; up to three words may stand between the value and
 * the marker ("39,5 i natt, nei forresten, 39,3") and stay with the corrected value.
 */
const inSentence = new RegExp(
  String.raw`(${number})(\s*${unit})?((?:\s+(?!nei|unnskyld|beklager|eller)[\p{L}]+){0,3})[\s,.…]+${marker}${filler}[,.:]?\s+(halv\s+)?(${number})(\s*${unit})?`,
  'giu',
);
/** "…, jeg leste feil" / "jeg blandet det med i går": the excuse goes with the wrong value. */
const excuse =
  /,?\s*(?:jeg|eg|æ) (?:leste|sa|mente|blandet|husket|tok|så) (?:feil|det|med)[^.!?]*(?=[.!?]?$)/iu;
/** A sentence that takes back a value said before: a bare "Nei, …" is an answer, not a correction. */
const opensWithCorrection = new RegExp(
  String.raw`^\s*(?:(?:ja|jo)[,.]?\s+(?=eller))?(?:eller,?(?=\s+(?:det|den) (?:var|er))|(?:eller\s+)?nei[,.]?\s+(?:vent|unnskyld|orsak|forresten|beklager|jeg mener|jeg leste feil|jeg så feil|det var|den var|det er|den er|det må ha vært|det må være)|unnskyld|orsak(?=,)|beklager|rettere sagt|forresten)(?![\p{L}])${filler}[,.]?\s+`,
  'iu',
);

/** Spoken numbers as digits and "130 over 85" as 130/85, so values can be compared. */
function withDigits(text: string): string {
  return writeNumbersAsDigits(text).replace(/(\d+) over (\d+)/g, '$1/$2');
}

/**
 * "38,3 i dag tidlig, eller, det var vel 38,7": a value taken back with "eller, det var" (no
 * "nei vent") a few words later; the words between stay, the old value goes.
 */
const orRather = new RegExp(
  String.raw`(${number})((?:\s+[\p{L}]+){0,4}),\s*eller(?: nei)?,?\s+(?:det|den) (?:var|er|blir)(?: (?:vel|visst|nok|kanskje|nærmere))?\s+(${number})(\s*${unit}(?![\p{L}]))?`,
  'giu',
);
/** "vondt i høyre håndledd, unnskyld, venstre": a side corrected, the last side wins. */
const sideCorrection =
  /(?<![\p{L}])(høyre|venstre)((?: [\p{L}]+){0,2}),? (?:(?:nei[,.]? )?(?:unnskyld|orsak|beklager)|nei vent|nei|eller nei|jeg mener)[,.]? (?:(?:det var|det er|den var|den er) )?(venstre|høyre)((?: [\p{L}]+){0,2})(?=[,.!?…]|$|\s)/giu;

/*
 * "høyre kne, nei vent, venstre kne som er hovent" → "venstre kne som er hovent": the words said
 * again after the side are the same part; "høyre håndledd, unnskyld, venstre og …" keeps the part
 * said first. A correction naming another part ("høyre arm, nei, venstre bein") is left alone.
 */
function correctSide(text: string): string {
  return text.replace(
    sideCorrection,
    (match: string, _old: string, between: string, side: string, repeated: string) => {
      if (between.length === 0 || repeated === between || repeated.startsWith(`${between} `))
        return `${side}${repeated}`;
      if (repeated.length === 0) return `${side}${between}`;
      if (/^ (?:og|men|eller|som|er|var|har)(?= |$)/u.test(repeated))
        return `${side}${between}${repeated}`;
      return match;
    },
  );
}

/*
 * "på Åsgård, nei vent, det var på UNN" → "på UNN"; "Ibux, nei unnskyld, Paracet" → "Paracet": a
 * name (a place, a hospital, a drug) taken back and said again; the last one said wins.
 */
const nameCorrection =
  /(?<![\p{L}])(?:(på|i|ved|fra|til|hos) )?(\p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*)?)(?:,|\.|…|\.\.\.)? (?:(?:nei[,.]? )?(?:vent|unnskyld|orsak|beklager|forresten)|nei vent|eller nei|jeg mener)[,.]? (?:(?:det var|det er|den var|den er|det var jo|det skulle være) )?(?:(på|i|ved|fra|til|hos) )?(\p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*)?)(?![\p{L}])/gu;

function correctName(text: string): string {
  return text.replace(
    nameCorrection,
    (
      match: string,
      oldPreposition: string | undefined,
      _old: string,
      newPreposition: string | undefined,
      name: string,
    ) => {
      // "Nei" itself and a sentence-opening pronoun are no names.
      if (/^(?:Nei|Ja|Jeg|Det|Den|Vi|Han|Hun)$/u.test(_old)) return match;
      const preposition = newPreposition ?? oldPreposition;
      return preposition === undefined ? name : `${preposition} ${name}`;
    },
  );
}

function correctWithin(said: string): string {
  const text = correctName(correctSide(said));
  if (!/(?<![\p{L}])(?:nei|unnskyld|beklager|eller)(?![\p{L}])/iu.test(text)) return text;
  const digits = withDigits(text).replace(
    orRather,
    (_match: string, _old: string, between: string, value: string, after: string | undefined) =>
      // "2 tabletter, eller nei, det var 3 tabletter": the unit is said once.
      after !== undefined && between.trim().split(' ')[0] !== after.trim()
        ? `${value}${between}${after}`
        : `${value}${between}`,
  );
  const corrected = digits.replace(
    inSentence,
    (...groups: unknown[]) =>
      `${typeof groups[4] === 'string' ? groups[4] : ''}${String(groups[5])}${typeof groups[6] === 'string' ? groups[6] : typeof groups[2] === 'string' ? groups[2] : ''}${typeof groups[3] === 'string' ? groups[3] : ''}`,
  );
  if (corrected === withDigits(text)) return correctTimeClause(text);
  return corrected.replace(excuse, '');
}

/** "…, nei forresten, …", "…, nei, det er mer enn det, …": a time said and taken back in words. */
const timeMarker =
  /[,.]?\s+nei[,.]?\s+(?:vent|forresten|unnskyld|orsak|beklager|det er (?:mer|mindre|lenger|kortere) enn det)[,.]?\s+/iu;
/** Where a said time begins: "i ein 3 vekers tid", "siden 2 uker", "klokka 8", "i 2 uker". */
const timeStart =
  /\s(?:(?:i|for|siden|sidan|sia|fra|frå|på|om|klokka|klokken|kl\.)\s+(?:en |ein |ei |et |eit |ca\. |cirka |omtrent )?)?\d/u;
const timeWords =
  /\d|(?<![\p{L}])(?:siden|sidan|sia|etter|før|i går|i fjor|uker?|veker?|måneder?|månader?|år|høst\p{L}*|haust\p{L}*|vår\p{L}*|sommer\p{L}*|sommar\p{L}*|vinter\p{L}*|jul\p{L}*|påske\p{L}*)(?![\p{L}])/u;

/**
 * "Det har halde på i ein tre vekers tid no, nei forresten, det byrja rett etter haustferien, så
 * det er snart fem veker." → "Det har halde på, det byrja rett etter haustferien, så det er snart 5
 * veker.": a time taken back and said again in other words; the first time goes, the words before
 * it (what has lasted) stay, so no symptom is lost with it.
 */
function correctTimeClause(text: string): string {
  const digits = withDigits(text);
  const marker = timeMarker.exec(digits);
  if (marker === null) return text;
  const before = digits.slice(0, marker.index);
  const after = digits.slice(marker.index + marker[0].length);
  const start = timeStart.exec(before);
  if (start === null || !timeWords.test(after) || after.length < 8) return text;
  const kept = before.slice(0, start.index).trimEnd();
  return kept.length === 0
    ? `${after.charAt(0).toUpperCase()}${after.slice(1)}`
    : `${kept}, ${after}`;
}

interface NumberAt {
  readonly value: string;
  readonly index: number;
  readonly unit: string | undefined;
}

function numbersIn(text: string): NumberAt[] {
  return [
    ...text.matchAll(new RegExp(String.raw`(halv\s+)?(${number})(?:\s*(${unit}))?`, 'giu')),
  ].map((match) => ({
    value: `${match[1] ?? ''}${match[2] ?? ''}`,
    index: match.index + (match[1]?.length ?? 0),
    unit: match[3]?.toLowerCase(),
  }));
}

/** Replaces the value a correction refers to in the sentence before it, or `undefined`. */
function correctPrevious(previous: string, correction: string): string | undefined {
  const replacement = numbersIn(withDigits(correction))[0];
  if (replacement === undefined) return undefined;
  const before = withDigits(previous);
  const candidates = numbersIn(before).filter((candidate) =>
    replacement.value.includes('/')
      ? candidate.value.includes('/')
      : !candidate.value.includes('/'),
  );
  // With a unit ("2 ganger") only a value with the same unit is corrected.
  const target =
    replacement.unit === undefined
      ? candidates.at(-1)
      : candidates.filter((candidate) => candidate.unit === replacement.unit).at(-1);
  if (target === undefined) return undefined;
  const oldValue = /^\d/.test(target.value) ? target.value : target.value.replace(/^halv\s+/iu, '');
  return (
    before.slice(0, target.index) + replacement.value + before.slice(target.index + oldValue.length)
  );
}

/** How often a drug is taken, said in words: "annenhver dag" corrected to "hver dag". */
const frequencyPhrase =
  /(?<![\p{L}])(?:annenhver dag|annenhver uke|hver dag|hver uke|hver morgen|hver kveld|morgen og kveld|daglig|ukentlig|ved behov)(?![\p{L}])/iu;

/**
 * "Ja, en tablett annenhver dag. Nei forresten, jeg tar den hver dag nå.": a frequency said in
 * words and corrected in words (no number to replace); `undefined` when either names none.
 */
function correctFrequency(previous: string, correction: string): string | undefined {
  const replacement = frequencyPhrase.exec(correction)?.[0];
  const target = frequencyPhrase.exec(previous);
  if (replacement === undefined || target === null) return undefined;
  if (target[0].toLowerCase() === replacement.toLowerCase()) return undefined;
  return (
    previous.slice(0, target.index) +
    replacement.toLowerCase() +
    previous.slice(target.index + target[0].length)
  );
}

const sideWord = /(?<![\p{L}])(høyre|venstre)(?![\p{L}])/giu;

/**
 * "Det høyre øyet har vært rødt siden i går. Nei forresten, det er det venstre.": a side taken
 * back in the sentence after it. The correction names one side and no number; the side said last
 * before it is replaced, so the note never carries the wrong one. `undefined` when the correction
 * names no side, both sides, a number, or the sentence before names no other side.
 */
function correctPreviousSide(previous: string, correction: string): string | undefined {
  const rest = restOfCorrection(correction);
  const named = [...rest.matchAll(sideWord)].map((match) => (match[1] ?? '').toLowerCase());
  if (named.length !== 1 || /\d/u.test(withDigits(rest))) return undefined;
  // At most a short phrase besides the side: "det venstre", "venstre bein", "den venstre sida".
  if (rest.split(/\s+/u).filter((word) => word.length > 0).length > 4) return undefined;
  const side = named[0];
  const target = [...previous.matchAll(sideWord)]
    .filter((match) => (match[1] ?? '').toLowerCase() !== side)
    .at(-1);
  if (side === undefined || target === undefined) return undefined;
  const old = target[1] ?? '';
  const replacement = old.charAt(0) === old.charAt(0).toUpperCase() ? capitalized(side) : side;
  return previous.slice(0, target.index) + replacement + previous.slice(target.index + old.length);
}

/** A duration said in words: "i snart et halvt år", "et par uker", "noen måneder". */
const durationInWords =
  /(?<![\p{L}])(?:(?:snart|nesten|omtrent|cirka|rundt) )?(?:et halvt år|halvannet år|et år|et par (?:dager|uker|måneder|år)|noen (?:dager|uker|måneder|år)|en uke|ei uke|en måned)(?![\p{L}])/iu;
/** The duration a correction says instead: "8 måneder" (the filler before it already gone). */
const correctedDuration = /^(\d+(?:,\d+)?\s*(?:dager|døgn|uker|måneder|år))(?![\p{L}])/iu;

/**
 * "Tett i nesa i snart et halvt år. Nei vent, det er nærmere åtte måneder.": a duration said in
 * words and corrected with a number; the number replaces the words. `undefined` unless the
 * correction opens with a duration and the sentence before says one in words.
 */
function correctPreviousDuration(previous: string, correction: string): string | undefined {
  const duration = correctedDuration.exec(withDigits(restOfCorrection(correction)))?.[1];
  const target = durationInWords.exec(previous);
  if (duration === undefined || target === null) return undefined;
  return (
    previous.slice(0, target.index) + duration + previous.slice(target.index + target[0].length)
  );
}

/** "den slutta jeg med i fjor", "det har jeg sluttet med", "jeg har sluttet med den": use stopped. */
const stoppedUse =
  /^(?:(?:den|det|de|dei|dem)\s+(?:(?:har|hadde)\s+(?:jeg|eg|æ|vi|han|hun|ho)\s+)?(?:slutta|sluttet|stoppa|stoppet|kutta|kuttet)(?:\s+(?:jeg|eg|æ|vi|han|hun|ho))?(?:\s+med)?|(?:jeg|eg|æ|vi|han|hun|ho)\s+(?:har\s+|hadde\s+)?(?:slutta|sluttet|stoppa|stoppet|kutta|kuttet)\s+med\s+(?:den|det|dem|de|dei))(?![\p{L}])\s*(.*)$/iu;
/** "bruker Albyl", "går på Marevan": the drug a patient says they use. */
const usePhrase = /(?<![\p{L}])(?:bruker|brukar|går på|tar|står på)\s+([^,.!?]+)/iu;
/** When the use stopped: "i fjor", "for to år siden", "i vår". */
const stoppedWhen =
  /^(?:i fjor|i år|i (?:vår|sommer|høst|vinter)|for [^,.!?]{1,20} siden|forrige [\p{L}]+)(?![\p{L}])/iu;

/**
 * "Ja, jeg bruker Albyl. Nei vent, den slutta jeg med i fjor.": a drug said to be in use, taken
 * back in the next sentence. The note must never say the patient uses it (a blood thinner said
 * and taken back is a safety fact), so the earlier sentence becomes the no: "Nei, sluttet med
 * Albyl i fjor." `undefined` unless the correction says the use stopped and the sentence before
 * names what was used.
 */
function correctPreviousUse(previous: string, correction: string): string | undefined {
  const stopped = stoppedUse.exec(restOfCorrection(correction));
  const used = usePhrase.exec(previous)?.[1]?.trim();
  if (stopped === null || used === undefined || used.length === 0) return undefined;
  const when = stoppedWhen.exec((stopped[1] ?? '').trim())?.[0];
  return `Nei, sluttet med ${used}${when === undefined ? '' : ` ${when}`}.`;
}

const monthName =
  /^(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)$/iu;

/** A word a correction may name again in place of another of its kind: a drug or a month. */
function kindOfName(word: string): 'drug' | 'month' | undefined {
  if (monthName.test(word)) return 'month';
  return isDrugName(word) ? 'drug' : undefined;
}

/**
 * Whether what follows the name in a correction leaves it a plain replacement: nothing, "ja" or
 * "altså", or a clause of its own after a comma ("…, jeg fikk utslett av det") that adds no drug
 * and does not add to or take from the first ("også", "i tillegg", "og", "ikke", "sluttet"). "Det
 * var Ibux også" adds a drug; "det var Marevan jeg sluttet med" says something else (r38j).
 */
function replacesOnly(after: string, named: string): boolean {
  if (/^\s*(?:,?\s*(?:ja|altså))?\s*[.!?…]*\s*$/iu.test(after)) return true;
  const clause = /^,\s+(.+)$/u.exec(after)?.[1];
  if (clause === undefined) return false;
  if (
    /(?<![\p{L}])(?:også|og|i tillegg|attåt|òg|ikke|ikkje|sluttet|slutta|begge|heller|men|eller)(?![\p{L}])/iu.test(
      clause,
    )
  )
    return false;
  // ("…, jeg fikk elveblest av Voltaren" names the corrected drug again: still a replacement.)
  return !(clause.match(/[\p{L}][\p{L}-]*/gu) ?? []).some(
    (word) => kindOfName(word) !== undefined && word.toLowerCase() !== named.toLowerCase(),
  );
}

/**
 * "Jeg er allergisk mot penicillin. Nei, vent, det var amoksicillin, jeg fikk utslett." → "Jeg er
 * allergisk mot amoksicillin, jeg fikk utslett."; "Det startet i august. Nei, vent, det var i
 * juli, rett etter …" → "Det startet i juli, rett etter …": a drug or a month taken back and named
 * again (session 38j). Only when the sentence before names exactly one of the same kind and the
 * correction opens with another; the rest of the correction stays with it, so nothing the patient
 * added is lost. A correction that adds a name or goes on to say something else ("det var Ibux
 * også", "det var Marevan jeg sluttet med") replaces nothing ({@link replacesOnly}, r38j).
 */
function correctPreviousName(previous: string, correction: string): string | undefined {
  const rest = restOfCorrection(correction);
  const opening = /^(?:(?:i|på|fra|til|siden|sidan|sia|mot) )?([\p{L}][\p{L}-]*)/u.exec(rest);
  const named = opening?.[1];
  if (opening === null || named === undefined) return undefined;
  const kind = kindOfName(named);
  if (kind === undefined) return undefined;
  const before = (previous.match(/[\p{L}][\p{L}-]*/gu) ?? []).filter(
    (word) => kindOfName(word) === kind,
  );
  const old = before[0];
  if (before.length !== 1 || old === undefined || old.toLowerCase() === named.toLowerCase())
    return undefined;
  const escaped = old.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const replaced = previous.replace(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u'), named);
  const after = rest.slice(opening[0].length).replace(/[.!…]+$/u, '');
  if (!replacesOnly(after, named)) return undefined;
  // A month said again with more after it ("… i juli, rett etter at …") is left as said: joined
  // to the earlier sentence it lengthened a held-out set's notes (v26).
  if (kind === 'month' && after.trim().length > 0) return undefined;
  return `${replaced.replace(/[.!…]+$/u, '')}${after}.`;
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The words a correction says after its marker ("Nei, det var i dag tidlig …" → "i dag tidlig …"). */
function restOfCorrection(correction: string): string {
  return correction.replace(opensWithCorrection, '').trim();
}

/** When something happened, relative to today: "i går kveld", "i dag tidlig", "to timer siden". */
const timeFrame = /(?<![\p{L}])(?:i (?:dag|går|morges|natt|kveld|forgårs)|siden)(?![\p{L}])/iu;

/**
 * A short answer taken back by a full one ("Klokka seks i går kveld. Nei, det var i dag tidlig,
 * klokka sju." or "For en time siden. Nei, det må ha vært halv fire, så det er nesten to timer
 * siden."): the correction says the whole time again, so it replaces the answer rather than only
 * its number (which would leave "klokka 7 i går kveld"). `undefined` unless the earlier sentence
 * has at most five words and a number, and the correction at least three words, a number and a
 * time frame of its own.
 */
function replaceShortAnswer(previous: string, correction: string): string | undefined {
  const rest = restOfCorrection(correction);
  const words = (text: string): number =>
    text.split(/\s+/u).filter((part) => part.length > 0).length;
  if (words(previous) > 5 || words(rest) < 3) return undefined;
  if (numbersIn(withDigits(rest)).length === 0 || numbersIn(withDigits(previous)).length === 0)
    return undefined;
  // Only a correction that names its own time frame says the whole answer again; "… nei vent,
  // halv åtte" or "jeg så feil: 112" corrects the value and keeps the rest of the answer.
  if (!timeFrame.test(rest)) return undefined;
  const digits = withDigits(rest);
  return digits.charAt(0).toUpperCase() + digits.slice(1);
}

/** "Nei vent, det var i går.": a correction that moves the value said to another time, no value of its own. */
function isBareTimeCorrection(text: string): boolean {
  if (!opensWithCorrection.test(text)) return false;
  const rest = restOfCorrection(text).replace(/[.!…]+$/u, '');
  return (
    rest.split(/\s+/u).length <= 4 &&
    timeFrame.test(rest) &&
    numbersIn(withDigits(rest)).length === 0
  );
}

/** The words of a sentence around its numbers, lower case, without an opening "ja"/"jo". */
function frameOf(text: string): string {
  return withDigits(text)
    .toLowerCase()
    .replace(/^(?:ja|jo)[,.]?\s+/u, '')
    .replace(new RegExp(number, 'gu'), '#')
    .replace(/[.!…]+$/u, '')
    .trim();
}

/** Two sentences that say a value in the same words ("i dag var den 38,2" / "I dag var den 38,9"). */
function sameFrame(earlier: string, later: string): boolean {
  return (
    numbersIn(withDigits(later)).length > 0 &&
    frameOf(earlier) === frameOf(later) &&
    withDigits(earlier).replace(/^(?:ja|jo)[,.]?\s+/iu, '') !== withDigits(later)
  );
}

/** A sentence that opens by pointing back: "den slutta du med", "det var før jul", "han …". */
const backReference = /^(?:den|det|dei|de|denne|dette|han|ho|hun|dem)(?![\p{L}])/iu;

/**
 * Applies the spoken corrections of one turn: a value corrected within its sentence is replaced,
 * and a sentence that opens with a correction ("Nei vent, det var 38,6.") replaces the value of
 * the sentence before it; the two become one sentence whose span covers both.
 */
export function applySpokenCorrections(sentences: readonly SentenceSpan[]): SentenceSpan[] {
  const result: SentenceSpan[] = [];
  // The sentence whose value a bare time correction took back ("Nei vent, det var i går.").
  let retracted: SentenceSpan | undefined;
  for (const sentence of sentences) {
    const text = correctWithin(sentence.text);
    // "I dag var den 38,2. Nei vent, det var i går. I dag var den 38,9.": the value said again in
    // the same words replaces the one taken back; the note never carries both.
    const taken = retracted;
    retracted = undefined;
    const index = taken === undefined ? -1 : result.indexOf(taken);
    if (taken !== undefined && index >= 0 && sameFrame(taken.text, text)) {
      // The answer keeps its opening "Ja, …" (the correction's "Nei vent" is no answer), and one
      // span covers the value taken back, the correction and the value said again.
      const opening = /^(?:ja|jo)[,.]?\s+/iu.exec(taken.text)?.[0];
      result.splice(index, result.length - index, {
        text:
          opening === undefined
            ? text
            : `${opening}${text.charAt(0).toLowerCase()}${text.slice(1)}`,
        start: taken.start,
        end: sentence.end,
      });
      continue;
    }
    if (isBareTimeCorrection(text)) {
      const previous = result[result.length - 1];
      if (previous !== undefined && numbersIn(withDigits(previous.text)).length > 0)
        retracted = previous;
    }
    if (opensWithCorrection.test(text)) {
      // The corrected value is in one of the last three sentences ("… 3 ganger om dagen. Det
      // hjalp litt. Nei forresten, det var 2 ganger.").
      let corrected = false;
      for (let back = result.length - 1; back >= Math.max(0, result.length - 3); back -= 1) {
        const previous = result[back];
        if (previous === undefined) continue;
        const merged =
          (back === result.length - 1 ? replaceShortAnswer(previous.text, text) : undefined) ??
          correctPrevious(previous.text, text) ??
          correctFrequency(previous.text, text) ??
          correctPreviousSide(previous.text, text) ??
          correctPreviousUse(previous.text, text) ??
          correctPreviousDuration(previous.text, text) ??
          correctPreviousName(previous.text, text);
        if (merged === undefined) continue;
        result[back] = { text: merged, start: previous.start, end: sentence.end };
        corrected = true;
        break;
      }
      if (corrected) continue;
      // "Du har jo Seretide. Ja, eller nei, vent, den slutta du med i sommar …": no value to
      // replace. A taking back that opens with a pronoun ("den", "det", "han") needs what it
      // points back to, so it joins that sentence ("… Seretide, men den …"); any other stands as
      // its own sentence. Either way without the spoken marker.
      const rest = restOfCorrection(text);
      const previous = result[result.length - 1];
      if (
        previous !== undefined &&
        /(?<![\p{L}])(?:vent|forresten)(?![\p{L}])/iu.test(
          text.slice(0, text.length - rest.length),
        ) &&
        rest.split(/\s+/u).length >= 3
      ) {
        if (backReference.test(rest))
          result[result.length - 1] = {
            text: `${previous.text.replace(/[.!…]+$/u, '')}, men ${rest}`,
            start: previous.start,
            end: sentence.end,
          };
        else result.push({ ...sentence, text: rest.charAt(0).toUpperCase() + rest.slice(1) });
        continue;
      }
    }
    result.push(text === sentence.text ? sentence : { ...sentence, text });
  }
  return result;
}

/**
 * A turn that opens by taking back a value said in the clinician's turn before ("Troponin er
 * tolv." — next turn: "Nei vent, troponinet var fjorten."): the earlier statement with the value
 * corrected, or `undefined` when the turn is no correction or names no value to replace.
 */
export function correctEarlierStatement(earlier: string, turnOpening: string): string | undefined {
  if (!opensWithCorrection.test(turnOpening)) return undefined;
  return correctPrevious(earlier, turnOpening);
}

/**
 * The clinician asks with a value ("Du står på sertralin 50 mg nå?") and the answer corrects it
 * ("Nei, det er hundre."): the question with the answer's value, to be read as a yes ("Står på
 * sertralin 100 mg."), or `undefined` when the answer is no such correction. The note keeps only
 * the corrected value.
 */
export function correctQuestionValue(question: string, answerOpening: string): string | undefined {
  const correction =
    /^(?:nei|næ|neida)[,.!]?\s+(?:[\p{L}]+,\s+)?(?:(?:det|den|dosen) (?:er|var|blir) (?:nå |jo |bare |på )?|(?:han|hun|jeg) (?:tar|bruker|står på) )(.+)$/iu.exec(
      answerOpening.trim(),
    )?.[1];
  if (correction === undefined || !/^(?:halv\s+)?\d/u.test(withDigits(correction)))
    return undefined;
  if (numbersIn(withDigits(question)).length === 0) return undefined;
  return correctPrevious(question, correction);
}
