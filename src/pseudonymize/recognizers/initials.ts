import { personTitles } from '../gazetteers/person-titles.js';
import { signatureWordsFor } from '../gazetteers/signature-words.js';
import { textAt, lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';

/**
 * Initials used for a person: dotted ("A.K.", "T. H.", "K.M.L.") anywhere, and bare capitals
 * ("GA", "KML") after a signature word ("Sign. GA", "signert KML", "Mvh TH").
 */
const dottedInitials = /\p{Lu}\.[ \t]?\p{Lu}\.(?:[ \t]?\p{Lu}\.)?(?![\p{L}\p{N}])/uy;
const letterOrDigitOrDot = /[\p{L}\p{N}.]/u;
/** A word (with its dot) right before initials: "spl. ", "overlege ". */
const roleBefore = /(?<![\p{L}\p{N}])(\p{L}+)\.?[ \t]+$/u;
/** Dotted capitals that are abbreviations, not a person: "P.S.", "O.K.", "A.S.". */
const notInitials = new Set(['P.S.', 'O.K.', 'A.S.', 'U.S.', 'E.U.', 'B.C.', 'A.D.']);
/** Words that sign a note before the writer's initials: "Sign. GA", "Mvh /tk". */
const signatureWords = signatureWordsFor('initials');
/** Verbs of writing and signing that take "av" before the initials: "diktert av TH". */
const byVerbs = new Set([
  'skrevet',
  'diktert',
  'signert',
  'godkjent',
  'vurdert',
  'undersøkt',
  'utført',
  'kontrasignert',
  'journalført',
  'attestert',
  'notert',
  'ført',
  'tilsett',
  'sett',
  'informert',
  'kontrollert',
  'behandlet',
  'operert',
  // Who changed a list or an order: "oppdatert av MBJ", "seponert av TH".
  'oppdatert',
  'endret',
  'revidert',
  'ordinert',
  'seponert',
  'gjennomgått',
]);
/**
 * Roles written before initials: "LIS IK", "spl. MKO", "Vakthavende lege: ØS", "nevrolog (PKS)".
 * Asked with the person titles.
 */
const roleWords = new Set([
  ...personTitles,
  'lis',
  'spl',
  'ovl',
  'bakvakt',
  'forvakt',
  'mellomvakt',
  'vakthavende',
  'nevrolog',
  'kardiolog',
  'anestesilege',
  'kirurg',
  'ortoped',
  'psykiater',
  'radiolog',
  'barnelege',
  'hjelpepleier',
  'helsefagarbeider',
  'miljøarbeider',
  'tolk',
]);
/** A shift named as its nurse or doctor: "nattevakt (ES)", "kveldsvakta ØS", "dagvakten: KL". */
const shiftRole = /^(?:natte?|kvelds?|dag|helge?|morgen|vikar)vakt(?:a|en)?$/u;

/** A role before or after initials: a listed role or title, or a shift ("nattevakt"). */
function isRoleWord(lower: string): boolean {
  return roleWords.has(lower) || shiftRole.test(lower);
}

/**
 * True when the lower-case word before initials makes them a person's: a role or title
 * ("vaktlege", "LIS"), a shift ("nattevakt") or a signature word ("sign", "mvh").
 */
export function isInitialsCueWord(lower: string): boolean {
  return isRoleWord(lower) || signatureWords.has(lower);
}

/** Words of talking before "med" and initials: "drøftet med TH". */
const conferWords = new Set([
  'drøftet',
  'drøfta',
  'avtalt',
  'snakket',
  'snakka',
  'diskutert',
  'konferert',
]);
/** Words that open a list of recipients: "kopi: SEB, OTL", "cc LK". */
const copyWords = new Set(['kopi', 'cc', 'kopimottaker', 'kopimottakere']);
/** Capitals that are clinical abbreviations, never someone's initials. */
const clinicalAbbreviations = new Set([
  'GT',
  'MCV',
  'LD',
  'MR',
  'CT',
  'EKG',
  'EEG',
  'EMG',
  'CRP',
  'INR',
  'HB',
  'NAV',
  'DPS',
  'BUP',
  'AMK',
  'LIS',
  'ØNH',
  'PCI',
  'TSH',
  'SR',
  'ALAT',
  'ASAT',
  'GGT',
  'ALP',
  'CK',
  'BT',
  'RTG',
  'UL',
  'AKS',
  'LV',
  'TUG',
  'BMI',
  'ADL',
  'HLR',
  'IOP',
  'PPT',
  'KAD',
  // Utskrivningsklar pasient: "UTP ble meldt".
  'UTP',
  'NB',
  'PO',
  'IV',
  'SC',
  'IM',
  'BV',
  'GCS',
  'VAS',
  'NRS',
  'EWS',
  'RR',
  'HR',
  'DM',
  'MS',
  'ALS',
  'KOL',
  'UVI',
  'ØRE',
  'AHUS',
  'OUS',
  'UNN',
  'SUS',
  'HUS',
  'AS',
  'SA',
  'HF',
  'IKS',
  'KF',
  // Bodies that approve, register or pay, never anyone's initials (s33d).
  'REK',
  'SLV',
  'FHI',
  'MSIS',
  'NPR',
  'KUHR',
  'UDI',
]);

/**
 * Bodies whose letters may also be someone's initials ("ført av NEM"): a body only after
 * "godkjent av", "meldt til" and the like ("Protokollen er godkjent av DMP").
 */
const ambiguousBodies = new Set(['DMP', 'DSA', 'NPE', 'HOD', 'NEM', 'RHF', 'NVE']);
const bodyCue =
  /^(?:godkjent|godkjend|vurdert|innvilget|avslått|behandlet|meldt|meldes|melde|sendt|søkt|søknad|rapportert|klage|klaget|henvendelse)$/u;

/** "godkjent av NEM", "meldt til NPE": capitals that name a body that approves or registers. */
function isBodyAfterCue(tokens: readonly Token[], index: number): boolean {
  const token = tokenAt(tokens, index);
  if (token === undefined || !ambiguousBodies.has(token.text)) return false;
  return (
    /^(?:av|til|fra|hos)$/u.test(lowerAt(tokens, index - 1)) &&
    bodyCue.test(lowerAt(tokens, index - 2))
  );
}

/** True for capitals that are a clinical abbreviation, never someone's initials ("EKG", "NAV"). */
export function isClinicalAbbreviation(capitals: string): boolean {
  return clinicalAbbreviations.has(capitals);
}

/** The amount before "/L" of a laboratory unit: "mmol/", "µg/", "U/", "mIE/", "10^9/". */
const perLitreAmount = /(?:mol|[µunpmk]?g|U|IE|E|\d)\/$/u;

/**
 * "Kortisol 250–690 nmol/L. Østradiol lav": the litre of a laboratory unit ending a sentence is
 * not an initial before the next sentence's first word ("v/L. Østby" keeps its initial).
 */
export function isPerLitreUnit(text: string, start: number): boolean {
  return (
    text.charAt(start) === 'L' && perLitreAmount.test(text.slice(Math.max(0, start - 5), start))
  );
}

/** "Skrevet av ", "vurdert av ": a verb of writing or signing and "av" right before. */
const byVerbBefore = /(?<![\p{L}\p{N}])(\p{L}+)[ \t]+av[ \t]+$/u;

function isAfterByVerb(before: string): boolean {
  const verb = byVerbBefore.exec(before)?.[1];
  return verb !== undefined && byVerbs.has(verb.toLowerCase());
}

/**
 * "Skrevet av A. S.", "spl. A.S.": of the company and abbreviation forms only "A.S." signs a note,
 * and not before a capitalised word ("Utført av A.S. Bygg" is the firm; "Godkjent av E.U." the
 * union) (r40b).
 */
function isSignedAS(
  text: string,
  match: RegExpExecArray,
  withRole: number,
  before: string,
): boolean {
  if (withRole === 0 && !isAfterByVerb(before)) return false;
  const after = text.slice(match.index + match[0].length, match.index + match[0].length + 3);
  return !/^[ \t]*\p{Lu}/u.test(after);
}

/** Initials of persons (PERSON, subtype "initials"). */
export function recognizeInitials(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  // Only where a dot follows a single letter: a sticky match there, not a scan of every character.
  for (let dot = text.indexOf('.', 1); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    const start = dot - 1;
    if (start > 0 && letterOrDigitOrDot.test(text.charAt(start - 1))) continue;
    if (isPerLitreUnit(text, start)) continue;
    dottedInitials.lastIndex = start;
    const match = dottedInitials.exec(text);
    if (match === null) continue;
    // "spl. M. S.": a role before the initials joins them, so the whole beats "spl. M".
    const before = text.slice(Math.max(0, start - 24), start);
    const role = roleBefore.exec(before);
    const withRole =
      role !== null && roleWords.has(role[1]?.toLowerCase() ?? '') ? role[0].length : 0;
    // "A.S." is a company form, but "Skrevet av A. S." and "spl. A.S." sign a note (s40b).
    const dotted = match[0].replaceAll(/[ \t]/gu, '');
    if (
      notInitials.has(dotted) &&
      !(dotted === 'A.S.' && isSignedAS(text, match, withRole, before))
    )
      continue;
    out.push({
      start: start - withRole,
      end: start + match[0].length,
      type: 'PERSON',
      subtype: 'initials',
      // Above a single capital read as a name after a relation ("mor, R.S."): the whole beats "R".
      confidence: withRole > 0 ? 0.9 : 0.85,
    });
    dot = start + match[0].length - 1;
  }
  let lastInitials = -1;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    const spoken = spokenInitialsAt(tokens, index);
    if (spoken !== undefined) {
      out.push({ ...spoken, type: 'PERSON', subtype: 'initials', confidence: 0.75 });
      index++;
      continue;
    }
    if (
      token !== undefined &&
      (isLowerCaseSignature(tokens, index) || isLowerCaseInitialsAfterBy(tokens, index))
    ) {
      out.push({
        start: token.start,
        end: token.end,
        type: 'PERSON',
        subtype: 'initials',
        confidence: 0.75,
      });
      continue;
    }
    if (
      token === undefined ||
      !token.allCaps ||
      token.text.length > 3 ||
      clinicalAbbreviations.has(token.text) ||
      isBodyAfterCue(tokens, index)
    )
      continue;
    let back = index - 1;
    while (back >= 0 && (textAt(tokens, back) === '.' || textAt(tokens, back) === ':')) back--;
    const cue = tokenAt(tokens, back);
    // "IJ/mn" opening a line: the author's and the typist's initials of a dictation.
    const typist = typistAfterSlash(text, tokens, index);
    // "Sign. TH", "diktert av TH", and the typist after a slash: "TH/kt".
    const signed =
      cue !== undefined &&
      cue.kind === 'word' &&
      (signatureWords.has(cue.lower) ||
        (cue.lower === 'av' && byVerbs.has(lowerAt(tokens, back - 1))));
    if (
      !signed &&
      typist === undefined &&
      !(isInitialsContext(text, tokens, index, back, lastInitials) && endsInitials(tokens, index))
    )
      continue;
    lastInitials = index;
    out.push({
      start: token.start,
      end: typist?.end ?? token.end,
      type: 'PERSON',
      subtype: 'initials',
      confidence: 0.8,
    });
  }
  return out;
}

/**
 * Contexts where bare capitals are a person without a signature word: after a role ("LIS IK",
 * "Vakthavende lege: ØS", "nevrolog (PKS)"), after "drøftet med", after "kopi:" and the next ones
 * in its list, before a role in brackets ("TH (bakvakt)"), and after a slash that opens a line's
 * last word ("… kone. /HBL").
 */
function isInitialsContext(
  text: string,
  tokens: readonly Token[],
  index: number,
  back: number,
  lastInitials: number,
): boolean {
  const token = tokenAt(tokens, index);
  const cue = tokenAt(tokens, back);
  if (token === undefined) return false;
  if (cue?.kind === 'word') {
    if (isRoleWord(cue.lower) || copyWords.has(cue.lower)) return true;
    if (cue.lower === 'med' && conferWords.has(lowerAt(tokens, back - 1))) return true;
  }
  const previous = tokenAt(tokens, index - 1);
  // "nevrolog (PKS)": initials in brackets right after a role.
  if (previous?.text === '(' && isRoleWord(lowerAt(tokens, index - 2))) return true;
  // "kopi: SEB, OTL", "vurdert av LIA og OPT": the next initials of a list.
  if ((previous?.text === ',' || previous?.lower === 'og') && lastInitials === index - 2)
    return true;
  // "TH (bakvakt)", "AGH (LIS1)": a role in brackets after the initials.
  if (
    textAt(tokens, index + 1) === '(' &&
    isRoleWord(lowerAt(tokens, index + 2).replace(/\d+$/u, ''))
  )
    return true;
  // "Overlapp gitt til TSN": the nurse a shift is handed over to.
  if (cue?.lower === 'til' && handoverWords.has(lowerAt(tokens, back - 1))) return true;
  // "/HBL", "-EBH" ending a note: a slash or dash after a space or at a line start, the initials
  // last on the line.
  if (
    (previous?.text === '/' || previous?.text === '-') &&
    previous.end === token.start &&
    (previous.start === 0 || /\s/u.test(text.charAt(previous.start - 1))) &&
    /^[ \t]*(?:\n|$)/u.test(text.slice(token.end))
  )
    return true;
  return false;
}

/** Words of handing a shift or a report over before "til" and the initials: "gitt til TSN". */
const handoverWords = new Set(['gitt', 'overlevert', 'overlapp', 'rapport', 'rapportert']);

/** True when no measurement follows the capitals ("TUG 14 s" is a test and its result). */
function endsInitials(tokens: readonly Token[], index: number): boolean {
  const next = tokenAt(tokens, index + 1);
  return next === undefined || (next.kind !== 'number' && next.text !== '%' && next.text !== '=');
}

/**
 * The typist's initials in a dictation signature ("TH/kt", "OLS/KB"): two or three letters right
 * after a slash that follows the author's capitals, lower-case or not. Undefined when absent.
 */
function typistAfterSlash(
  text: string,
  tokens: readonly Token[],
  index: number,
): Token | undefined {
  const slash = tokenAt(tokens, index + 1);
  const typist = tokenAt(tokens, index + 2);
  const author = tokenAt(tokens, index);
  if (author === undefined || slash === undefined || typist === undefined) return undefined;
  if (slash.text !== '/' || slash.start !== author.end || typist.start !== slash.end)
    return undefined;
  if (typist.kind !== 'word' || typist.text.length < 2 || typist.text.length > 3) return undefined;
  // "L4/L5", "C5/C6": spinal levels; initials hold no digit.
  if (/\p{N}/u.test(author.text) || /\p{N}/u.test(typist.text)) return undefined;
  // "TH/kt" or "TH/KB", but not two abbreviations ("PCI/CABG" is longer, "EKG/CT" is listed).
  if (!typist.allCaps && typist.text !== typist.lower) return undefined;
  if (clinicalAbbreviations.has(typist.text.toUpperCase())) return undefined;
  // "200 IE/kg", "5 mg/kg": a dose per unit.
  if (doseUnits.has(typist.lower) || doseUnits.has(author.lower)) return undefined;
  const after = text.charAt(typist.end);
  return after === '' || /[\s.,;)]/u.test(after) ? typist : undefined;
}

/** Units of a dose per unit ("IE/kg", "mg/kg", "ml/t"): never an author's or typist's initials. */
const doseUnits = new Set(['ie', 'e', 'mg', 'kg', 'ml', 'dl', 'min', 'mmol', 'µg', 'mcg', 'døgn']);

/** Short words after an abbreviated signature cue that are answers, not initials. */
const notLowerInitials = new Set(['ok', 'ja', 'nei', 'se', 'jf', 'obs', 'nb', 'ikke']);
/** Short pronouns and words after "skrevet av", "sett av": no one's initials. */
const shortWordsAfterBy = new Set([
  ...notLowerInitials,
  'meg',
  'deg',
  'seg',
  'oss',
  'dem',
  'han',
  'hun',
  'ho',
  'ham',
  'de',
  'dei',
  'en',
  'ei',
  'et',
  'ein',
  'eit',
  'to',
  'tre',
  'lis',
  'spl',
  'lege',
  'alle',
  'mor',
  'far',
  'nav',
  'bup',
  'dps',
  'amk',
  'dr',
  'hr',
  'fr',
]);

/** Single letters that are words, never half of a pair of spoken initials. */
const letterWords = new Set(['i', 'å', 'e', 'o', 'u']);

/**
 * "det var a k som sa det", "fastlegen heter a k noe": two initials said as single lower-case
 * letters after "heter" or "det er/var", before "som", "noe" or the end of the phrase.
 */
function spokenInitialsAt(
  tokens: readonly Token[],
  index: number,
): { start: number; end: number } | undefined {
  const first = tokenAt(tokens, index);
  const second = tokenAt(tokens, index + 1);
  if (first === undefined || second === undefined) return undefined;
  const isLetter = (token: Token): boolean =>
    token.kind === 'word' &&
    token.text.length === 1 &&
    token.text === token.lower &&
    !letterWords.has(token.lower);
  if (!isLetter(first) || !isLetter(second)) return undefined;
  const previous = lowerAt(tokens, index - 1);
  const presented =
    previous === 'heter' ||
    previous === 'heiter' ||
    ((previous === 'er' || previous === 'var') && lowerAt(tokens, index - 2) === 'det');
  const next = tokenAt(tokens, index + 2);
  const ends =
    next === undefined || next.kind === 'punct' || next.lower === 'som' || next.lower === 'noe';
  return presented && ends ? { start: first.start, end: second.end } : undefined;
}

/** "skrevet av ts.": two or three lower-case letters after a verb of writing and "av", then an end. */
function isLowerCaseInitialsAfterBy(tokens: readonly Token[], index: number): boolean {
  const token = tokenAt(tokens, index);
  if (token === undefined || token.kind !== 'word' || token.text !== token.lower) return false;
  if (token.text.length < 2 || token.text.length > 3 || shortWordsAfterBy.has(token.lower))
    return false;
  if (lowerAt(tokens, index - 1) !== 'av' || !byVerbs.has(lowerAt(tokens, index - 2))) return false;
  const next = tokenAt(tokens, index + 1);
  return next === undefined || (next.kind === 'punct' && next.text !== '-');
}

/**
 * Lower-case initials after a signature cue and its colon: "Dikt.: jhb / skr.: tgv", "Sign: tmk".
 * Only two or three letters that end the line or stand before a slash.
 */
function isLowerCaseSignature(tokens: readonly Token[], index: number): boolean {
  const token = tokenAt(tokens, index);
  if (token === undefined || token.kind !== 'word' || token.text !== token.lower) return false;
  if (token.text.length < 2 || token.text.length > 3 || notLowerInitials.has(token.lower))
    return false;
  if (textAt(tokens, index - 1) !== ':') return false;
  // "Dikt.: jhb" with the cue's dot, "Sign: tmk", "Skrevet: ab" without.
  const cue =
    textAt(tokens, index - 2) === '.' ? tokenAt(tokens, index - 3) : tokenAt(tokens, index - 2);
  if (cue === undefined || !signatureWords.has(cue.lower)) return false;
  const next = tokenAt(tokens, index + 1);
  return next === undefined || next.text === '/' || next.text === ',' || next.start > token.end + 1;
}
