import { textAt, lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import { lineCue } from '../word-record.js';

function isEmailLocalChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 46 ||
    code === 95 ||
    code === 45 ||
    code === 43 ||
    code === 0xe6 ||
    code === 0xf8 ||
    code === 0xe5 ||
    code === 0xc6 ||
    code === 0xd8 ||
    code === 0xc5
  );
}

function isDomainChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 46 ||
    code === 45 ||
    code === 0xe6 ||
    code === 0xf8 ||
    code === 0xe5 ||
    code === 0xc6 ||
    code === 0xd8 ||
    code === 0xc5
  );
}

/**
 * E-mail addresses, found from each "@" outwards so the scan is linear (a pattern starting with
 * `[\w.]+` would retry at every position of a long word and go quadratic).
 */
export function recognizeEmails(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  let at = text.indexOf('@');
  let minimumStart = 0;
  while (at >= 0) {
    let start = at;
    while (start > minimumStart && isEmailLocalChar(text.charCodeAt(start - 1)) && at - start < 128)
      start--;
    while (start < at && text.charCodeAt(start) === 46) start++;
    let end = at + 1;
    while (end < text.length && isDomainChar(text.charCodeAt(end)) && end - at < 256) end++;
    while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45))
      end--;
    const domain = text.slice(at + 1, end);
    if (start < at && domain.includes('.') && !domain.startsWith('.')) {
      candidates.push({ start, end, type: 'EMAIL', confidence: 0.98 });
      minimumStart = end;
    }
    at = text.indexOf('@', Math.max(at + 1, end));
  }
  return candidates;
}

const emailStopWords = new Set([
  'er',
  'var',
  'blir',
  'det',
  'den',
  'adressen',
  'e-post',
  'e-posten',
  'epost',
  'mail',
  'mailen',
  'e-postadresse',
  'e-postadressen',
  'nye',
  'gamle',
  'min',
  'mi',
  'mitt',
  'hans',
  'hennes',
  'på',
  'til',
  'og',
  'så',
  'ja',
  'nei',
  'altså',
]);
const topLevelWords = new Set([
  'pl',
  'lt',
  'fi',
  'is',
  'nl',
  'fr',
  'es',
  'it',
  'ch',
  'at',
  'us',
  'no',
  'com',
  'net',
  'org',
  'se',
  'dk',
  'eu',
  'nu',
  'io',
  'de',
  'uk',
  'info',
]);
const dotWords = new Set(['punktum', 'prikk', 'dot', 'dott', 'dått', 'dåt', 'punkt']);
const atWords = new Set([
  'krøllalfa',
  'alfakrøll',
  'krøll-alfa',
  'alfa-krøll',
  'krølla',
  'krøllalfaen',
  'snabel-a',
  'snabela',
  // "kari at-tegn gmail …", "krølltegn": the sign named by its kind.
  'at-tegn',
  'at-tegnet',
  'krølltegn',
  'krølltegnet',
  'alfategn',
  'alfategnet',
]);
/**
 * Words that stand for "@" only before a spelled-out domain: "på", "at", and "krøll" or "alfa"
 * said alone ("k punktum nordmann krøll gmail punktum com").
 */
const atBeforeDomain = new Set(['på', 'at', 'krøll', 'alfa']);

/** "krøll alfa" and "alfa krøll" said as two words: the index of the second, or -1. */
function twoWordAt(tokens: readonly Token[], index: number): number {
  const first = tokenAt(tokens, index)?.lower;
  const second = tokenAt(tokens, index + 1)?.lower;
  return (first === 'krøll' && second === 'alfa') ||
    (first === 'alfa' && second === 'krøll') ||
    (first === 'snabel' && second === 'a')
    ? index + 1
    : -1;
}

/** A "." or "_" written inside a spoken address, touching both words ("jonas.berg at gmail"). */
function isJoiningPunct(tokens: readonly Token[], index: number): boolean {
  const token = tokenAt(tokens, index);
  const before = tokenAt(tokens, index - 1);
  const after = tokenAt(tokens, index + 1);
  return (
    token !== undefined &&
    (token.text === '.' || token.text === '_') &&
    before?.end === token.start &&
    after?.start === token.end
  );
}

/** Mail providers: "trine lie på gmail" is an address even without "punktum com". */
const mailProviders = new Set([
  'gmail',
  'hotmail',
  'outlook',
  'yahoo',
  'icloud',
  'online',
  'live',
  'msn',
  'lyse',
  'altibox',
  'getmail',
  'protonmail',
  'proton',
  'me',
]);

/** True when a spoken domain ("online punktum no", "gmail punktum com") starts at `from`. */
function isSpokenDomainAt(tokens: readonly Token[], from: number): boolean {
  const first = tokenAt(tokens, from);
  if (first === undefined || first.kind !== 'word' || emailStopWords.has(first.lower)) return false;
  if (mailProviders.has(first.lower) && first.lower !== 'me' && first.lower !== 'live') return true;
  for (let index = from + 1; index < tokens.length && index - from <= 5; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind === 'punct') return false;
    if (dotWords.has(token.lower)) return topLevelWords.has(lowerAt(tokens, index + 1));
  }
  return false;
}

/**
 * Lines `recognizeSpokenEmails` can match: an at-word, a word of a two-word at ("krøll alfa"), or
 * the provider or spoken dot a domain after "på"/"at" needs.
 */
export const spokenEmailCue = lineCue(
  atWords,
  ['krøll', 'alfa', 'snabel'],
  mailProviders,
  dotWords,
);

/** Words that name what follows them: "heter", "kontoen", "brukernavnet" before a spoken "@". */
const handleFrameWords = new Set([
  'heter',
  'heiter',
  'kalles',
  'konto',
  'kontoen',
  'brukernavn',
  'brukernavnet',
  'brukarnamn',
  'brukarnamnet',
  'profil',
  'profilen',
  'profilnavn',
  'profilnavnet',
  'som',
  ',',
  ':',
]);

/** Verbs that name what follows them, never part of a spoken address. */
const namingVerbs = new Set(['heter', 'heiter', 'het', 'hette', 'kalles']);

/** Subject pronouns between an inverted naming verb and the spoken "@": "heter han snabel-a …". */
const subjectPronouns = new Set([
  'han',
  'hun',
  'ho',
  'hen',
  'jeg',
  'eg',
  'æ',
  'du',
  'vi',
  'me',
  'de',
  'dei',
]);

/**
 * Function words no one said as a whole user name: "skriv til snabel-a i journalen", "han heter
 * snabel-a med på discord". A name that goes on after one ("med_tor_99") is still a handle.
 */
const handleFunctionWords = new Set([
  'i',
  'med',
  'på',
  'og',
  'til',
  'te',
  'for',
  'av',
  'om',
  'fra',
  'frå',
  'hos',
  'ved',
  'mot',
  'etter',
  'under',
  'over',
  'uten',
  'utan',
  'eller',
  'men',
  'som',
  'at',
  'å',
  'en',
  'ei',
  'et',
  'eit',
  'den',
  'det',
  'de',
  'dei',
  'seg',
  'han',
  'hun',
  'ho',
  'ham',
  'er',
  'var',
  'ikke',
  'ikkje',
  'inn',
  'ut',
  'opp',
  'ned',
  'så',
  'da',
  'nå',
  'no',
  'der',
  'her',
  'også',
  'jeg',
  'eg',
  'du',
  'vi',
  'me',
  'meg',
  'deg',
  'oss',
]);

/** Joiners said as words inside a user name: "gamer punktum jonas", "lille understrek my". */
const spokenHandleJoiners = new Set(['punktum', 'understrek', 'underscore', 'bindestrek']);

/**
 * The index of the last token of a user name that starts at `index` ("livetmedlupus",
 * "gamer_tor_99", "kari.h"): a word or number that is no provider or stop word, and the words,
 * numbers, "_", "." and "-" written right against it; -1 when none starts there.
 */
function handleEndAfter(tokens: readonly Token[], index: number): number {
  const start = tokenAt(tokens, index);
  if (
    start === undefined ||
    (start.kind !== 'word' && start.kind !== 'number') ||
    mailProviders.has(start.lower) ||
    emailStopWords.has(start.lower) ||
    atBeforeDomain.has(start.lower)
  )
    return -1;
  let last = index;
  for (;;) {
    const joiner = tokenAt(tokens, last + 1);
    const next = tokenAt(tokens, last + 2);
    const current = tokenAt(tokens, last);
    // "gamer punktum jonas", "lille understrek my": a joiner said as a word between parts.
    if (
      joiner !== undefined &&
      next !== undefined &&
      joiner.kind === 'word' &&
      spokenHandleJoiners.has(joiner.lower) &&
      (next.kind === 'word' || next.kind === 'number') &&
      !handleFunctionWords.has(next.lower) &&
      !mailProviders.has(next.lower) &&
      !emailStopWords.has(next.lower)
    ) {
      last += 2;
      continue;
    }
    if (
      joiner === undefined ||
      next === undefined ||
      current === undefined ||
      joiner.start !== current.end ||
      (joiner.text !== '_' && joiner.text !== '.' && joiner.text !== '-') ||
      next.start !== joiner.end ||
      (next.kind !== 'word' && next.kind !== 'number')
    )
      return last === index && handleFunctionWords.has(start.lower) ? -1 : last;
    last += 2;
  }
}

/** E-mail addresses spelled out in speech: "hege punktum nordvik, krøllalfa, kvamme regnskap … punktum no". */
export function recognizeSpokenEmails(tokens: readonly Token[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word') continue;
    // "på" and "at" are the at-sign only when a spelled-out domain follows: "trine understrek lie
    // på online punktum no".
    const secondAtWord = twoWordAt(tokens, index);
    if (
      !atWords.has(token.lower) &&
      secondAtWord < 0 &&
      !(atBeforeDomain.has(token.lower) && isSpokenDomainAt(tokens, index + 1))
    )
      continue;
    let first = index;
    for (let back = index - 1; back >= 0 && index - back <= 10; back--) {
      const candidate = tokenAt(tokens, back);
      if (candidate === undefined) break;
      if (candidate.kind === 'punct') {
        if (
          candidate.text === ',' ||
          candidate.text === '-' ||
          candidate.text === '_' ||
          isJoiningPunct(tokens, back)
        )
          continue;
        break;
      }
      if (emailStopWords.has(candidate.lower) && !dotWords.has(candidate.lower)) break;
      // "han heter snabel-a …", "på discord heter han snabel-a …": the naming verb and its
      // subject pronoun are never part of the address.
      if (namingVerbs.has(candidate.lower)) break;
      if (subjectPronouns.has(candidate.lower) && namingVerbs.has(lowerAt(tokens, back - 1))) break;
      first = back;
      if (candidate.sentenceStart && !isJoiningPunct(tokens, back - 1)) break;
    }
    let last = Math.max(index, secondAtWord);
    for (let forward = last + 1; forward < tokens.length && forward - index <= 16; forward++) {
      const candidate = tokenAt(tokens, forward);
      if (candidate === undefined) break;
      if (
        candidate.kind === 'punct' &&
        candidate.text !== ',' &&
        candidate.text !== '-' &&
        !isJoiningPunct(tokens, forward)
      )
        break;
      if (dotWords.has(candidate.lower) && topLevelWords.has(lowerAt(tokens, forward + 1))) {
        last = forward + 1;
        break;
      }
      // "gmail, punktum, com": dictated with a pause, a comma between the dot and the domain.
      if (
        dotWords.has(candidate.lower) &&
        textAt(tokens, forward + 1) === ',' &&
        topLevelWords.has(lowerAt(tokens, forward + 2))
      ) {
        last = forward + 2;
        break;
      }
    }
    // "trine lie på gmail": the provider ends the address when no "punktum com" follows.
    if (last === index && first < index && mailProviders.has(lowerAt(tokens, index + 1)))
      last = index + 1;
    // "han heter snabel-a gamer_tor_99 på discord": a spoken "@" with a user name after it and no
    // domain is a social-media handle. Without a naming word right before the "@", the words
    // before it may still be a local part, so the e-mail span only grows over the name.
    if (last === index && atWords.has(token.lower)) {
      const handleEnd = handleEndAfter(tokens, index + 1);
      const handleLast = tokenAt(tokens, handleEnd);
      if (handleLast !== undefined) {
        if (first === index || handleFrameWords.has(lowerAt(tokens, index - 1))) {
          candidates.push({
            start: token.start,
            end: handleLast.end,
            type: 'OTHER',
            subtype: 'handle',
            confidence: 0.9,
          });
          continue;
        }
        last = handleEnd;
      }
    }
    const firstToken = tokenAt(tokens, first);
    const lastToken = tokenAt(tokens, last);
    if (firstToken !== undefined && lastToken !== undefined && (first < index || last > index)) {
      candidates.push({
        start: firstToken.start,
        end: lastToken.end,
        type: 'EMAIL',
        subtype: 'spoken',
        confidence: 0.99,
      });
    }
  }
  return candidates;
}

// Each pattern begins with a negative look-behind for its own first character class, so a match
// is attempted once per word, not at every character of it (linear on adversarial input).
const urlPattern = /(?<![\p{L}\d/.])(?:https?:\/\/|www\.)[^\s<>"'«»()[\]{}]{1,2000}/giu;
const domainPattern =
  /(?<![\p{L}\d@.-])[a-z0-9æøå][a-z0-9æøå-]{0,62}(?:\.[a-z0-9æøå-]{1,63}){0,4}\.(?:no|com|net|org|io|eu)(?![\p{L}\d@-])(?:\/[^\s<>"'«»()]{0,2000})?/giu;
const ipv4Pattern =
  /(?<![\d.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?!\d|\.\d)/gu;
const ipv6Pattern = /(?<![\p{L}\d:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\p{L}\d:])/giu;

function collect(
  pattern: RegExp,
  text: string,
  make: (match: RegExpExecArray) => Candidate | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const candidate = make(match);
    if (candidate !== undefined) out.push(candidate);
  }
  return out;
}

/**
 * Runs `pattern` only on windows around the hits of a cheap anchor pattern (which starts with a
 * literal, so V8 scans for it fast), and maps the offsets back.
 */
function collectAround(
  anchor: RegExp,
  pattern: RegExp,
  text: string,
  before: number,
  after: number,
  make: (match: RegExpExecArray, offset: number) => Candidate | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  anchor.lastIndex = 0;
  let windowEnd = -1;
  for (let hit = anchor.exec(text); hit !== null; hit = anchor.exec(text)) {
    if (hit.index < windowEnd) continue;
    const from = Math.max(0, hit.index - before);
    const to = Math.min(text.length, hit.index + hit[0].length + after);
    windowEnd = to;
    const window = text.slice(from, to);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(window); match !== null; match = pattern.exec(window)) {
      const candidate = make(match, from);
      if (candidate === undefined) continue;
      const key = `${candidate.start}:${candidate.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(candidate);
    }
  }
  return out;
}

/** Labels of product and code numbers that look like registration plates. */
const productCodeLabels =
  /^(?:batch|batchnr|batchnummer|lot|lotnr|lotnummer|lot-nr|parti|partinr|partinummer|serienr|serienummer|modell|varenr|varenummer|artikkel|artikkelnr|kode|prosedyrekode|takst|takstkode)$/u;

const clinicalPrefixes = new Set(['HB', 'CT', 'MR', 'BT', 'UL', 'CK', 'PT', 'SR', 'EF', 'HR']);

/** Norwegian registration plates: two capital letters and four or five digits ("EK 12345", "AB12345"). */
export function recognizePlates(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token === undefined || token.kind !== 'word' || !token.allCaps) continue;
    // "Batch FK8891", "Lot EW0172", "2AB1234": a product batch or a code, not a vehicle.
    const before = tokenAt(tokens, index - 1);
    const beforeLabel = before?.text === ':' ? tokenAt(tokens, index - 2) : before;
    if (before !== undefined && before.end === token.start && before.kind !== 'punct') continue;
    if (beforeLabel !== undefined && productCodeLabels.test(beforeLabel.lower)) continue;
    const joined = /^([A-ZÆØÅ]{2})-?(\d{4,5})$/u.exec(token.text);
    if (joined !== null) {
      if (!clinicalPrefixes.has(joined[1] ?? ''))
        out.push({
          start: token.start,
          end: token.end,
          type: 'OTHER',
          subtype: 'kjennemerke',
          confidence: 0.8,
        });
      continue;
    }
    if (token.text.length !== 2 || clinicalPrefixes.has(token.text)) continue;
    // "EV 44 912": the five digits written in two groups.
    const pair = tokenAt(tokens, index + 1);
    const triple = tokenAt(tokens, index + 2);
    if (
      pair?.kind === 'number' &&
      pair.text.length === 2 &&
      triple?.kind === 'number' &&
      triple.text.length === 3 &&
      isSpaceBetween(text, token.end, pair.start) &&
      isSpaceBetween(text, pair.end, triple.start) &&
      tokenAt(tokens, index + 3)?.kind !== 'number'
    ) {
      out.push({
        start: token.start,
        end: triple.end,
        type: 'OTHER',
        subtype: 'kjennemerke',
        confidence: 0.8,
      });
      continue;
    }
    let next = tokenAt(tokens, index + 1);
    let end = token.end;
    if (next?.text === '-' && next.start === token.end) {
      end = next.end;
      next = tokenAt(tokens, index + 2);
    }
    if (
      next !== undefined &&
      next.kind === 'number' &&
      (next.text.length === 4 || next.text.length === 5) &&
      next.start - end <= 1
    ) {
      const after = tokenAt(tokens, index + (end === token.end ? 2 : 3));
      if (after === undefined || after.kind !== 'number' || after.start > next.end + 1) {
        out.push({
          start: token.start,
          end: next.end,
          type: 'OTHER',
          subtype: 'kjennemerke',
          confidence: 0.8,
        });
      }
    }
  }
  return out;
}

const handlePattern = /(?<![\p{L}\d@._/-])@[\p{L}\d_][\p{L}\d_.]{1,29}(?<!\.)/gu;

/** Social-media handles: "@tirilmathilde" (not the "@" inside an e-mail address). */
export function recognizeHandles(text: string): Candidate[] {
  if (!text.includes('@')) return [];
  return collect(handlePattern, text, (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    type: 'OTHER',
    subtype: 'handle',
    confidence: 0.85,
  }));
}

/** URLs, bare domains and IP addresses. Each pattern runs only when a cheap test says it may match. */
/**
 * Public health, government and reference sites a note or a letter to the patient points to
 * ("les mer på helsenorge.no"): they point at no person. A subdomain counts too ("sml.snl.no").
 */
const publicSites = new Set([
  'helsenorge.no',
  'helsedirektoratet.no',
  'fhi.no',
  'nhi.no',
  'felleskatalogen.no',
  'legemiddelverket.no',
  'dmp.no',
  'nav.no',
  'lovdata.no',
  'legevakthandboken.no',
  'helsebiblioteket.no',
  'snl.no',
  'regjeringen.no',
  'ung.no',
  'helsetilsynet.no',
  'pasientreiser.no',
  'helfo.no',
  'giftinformasjonen.no',
  'kreftforeningen.no',
  'diabetes.no',
  'lhl.no',
  'rustelefonen.no',
  'mentalhelse.no',
  'who.int',
  'ecdc.europa.eu',
  'legeforeningen.no',
  'oslo-universitetssykehus.no',
  'helse-bergen.no',
  'stolav.no',
  'unn.no',
  // Warnings, weather and road services of the state (s33d).
  'varsom.no',
  'yr.no',
  'nve.no',
  'met.no',
  'dsb.no',
  'vegvesen.no',
  'sikkerhverdag.no',
]);

/** A link to a public site's page, with no digits or query in its path that could name a person. */
function isPublicSiteLink(url: string): boolean {
  const bare = url.replace(/^(?:https?:\/\/)?(?:www\.)?/iu, '').toLowerCase();
  const slash = bare.indexOf('/');
  const host = slash < 0 ? bare : bare.slice(0, slash);
  const path = slash < 0 ? '' : bare.slice(slash);
  if (/[\d?=@#]/u.test(path)) return false;
  const labels = host.split('.');
  for (let from = 0; from + 2 <= labels.length; from++)
    if (publicSites.has(labels.slice(from).join('.'))) return true;
  return false;
}

/** Section and version numbers with four parts ("punkt 1.2.3.4", "v2.14.0.3") are no IP address. */
const sectionBefore =
  /(?:punkt|pkt|versjon|ver|kapittel|kap|avsnitt|seksjon|tabell|figur|paragraf|§|v)\.?\s{0,2}$/iu;

export function recognizeNetwork(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (
    text.includes('http') ||
    text.includes('www.') ||
    text.includes('WWW.') ||
    text.includes('HTTP')
  ) {
    out.push(
      ...collect(urlPattern, text, (match) => {
        let end = match.index + match[0].length;
        while (end > match.index && /[.,;:!?]/u.test(text.charAt(end - 1))) end--;
        if (isPublicSiteLink(text.slice(match.index, end))) return undefined;
        return { start: match.index, end, type: 'OTHER', subtype: 'URL', confidence: 0.95 };
      }),
    );
  }
  out.push(
    ...collectAround(
      /\.(?:no|com|net|org|io|eu)(?![\p{L}\d])/giu,
      domainPattern,
      text,
      330,
      2100,
      (match, offset) => {
        const start = offset + match.index;
        let end = start + match[0].length;
        while (end > start && /[.,;:!?]/u.test(text.charAt(end - 1))) end--;
        if (isPublicSiteLink(text.slice(start, end))) return undefined;
        return { start, end, type: 'OTHER', subtype: 'URL', confidence: 0.8 };
      },
    ),
  );
  out.push(
    ...collectAround(/\.\d{1,3}\.\d{1,3}\./gu, ipv4Pattern, text, 5, 12, (match, offset) =>
      sectionBefore.test(text.slice(Math.max(0, offset + match.index - 12), offset + match.index))
        ? undefined
        : {
            start: offset + match.index,
            end: offset + match.index + match[0].length,
            type: 'OTHER',
            subtype: 'IP',
            confidence: 0.9,
          },
    ),
  );
  if (/[0-9a-f]:[0-9a-f]{1,4}:[0-9a-f]{1,4}:/iu.test(text)) {
    out.push(
      ...collect(ipv6Pattern, text, (match) => ({
        start: match.index,
        end: match.index + match[0].length,
        type: 'OTHER',
        subtype: 'IP',
        confidence: 0.9,
      })),
    );
  }
  return out;
}
