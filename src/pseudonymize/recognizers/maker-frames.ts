import { medicalCompanies } from '../gazetteers/medical-terms.js';
import { getSharedLexicon } from '../lexicon.js';
import { lowerAt, tokenAt, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';

import { findTokenIndex } from './clinical-non-dates.js';

/**
 * Stems of nouns for devices, aids and products, as the last part of a compound ("Rullatoren",
 * "varmeputa", "Trygghetsalarm", "Varslingssystem"), before an inflection ending: the capitalised
 * word after "<one of these> fra" is the maker, not a place.
 */
const deviceHeads = [
  'rullator',
  'put',
  'seng',
  'madrass',
  'alarm',
  'system',
  'apparat',
  'pump',
  'fukter',
  'mask',
  'sond',
  'kateter',
  'utstyr',
  'hjelpemidl',
  'hjelpemiddel',
  'skinn',
  'ortos',
  'protes',
  'stol',
  'løfter',
  'måler',
  'monitor',
  'sensor',
  'plaster',
  'bandasj',
  'strømp',
  'inhalator',
  'respirator',
  'klokk',
  'kalender',
  'produkt',
];

/** Endings of the inflected forms of the heads above: "-en", "-a", "-et", "-er", "-ene" … */
const deviceWord = new RegExp(
  `^\\p{L}*(?:${deviceHeads.join('|')})(?:e|en|a|et|er|ene|ane|ar|ne)?$`,
  'u',
);

const makers: ReadonlySet<string> = new Set(
  medicalCompanies.split(/\s+/u).filter((word) => word.length > 0),
);

/** True when the gazetteer knows the candidate as a place: such a word is never dropped here. */
function isKnownPlace(text: string, candidate: Candidate): boolean {
  return getSharedLexicon().places.has(text.slice(candidate.start, candidate.end).toLowerCase());
}

/**
 * "Rullatoren fra Dolomite", "varmeputa fra Beurer", "Sengen fra Hill-Rom": a device or aid and
 * "fra" right before a listed maker, so the capitalised word is the maker, not a place. "Pasienten
 * fra Molde", "datteren fra Bergen" have no device word; "respirator fra Kirkenes", "rullatoren fra
 * Sortland" name no listed maker: places, all of them (a privacy leak otherwise, s34k).
 */
function followsDeviceFrom(tokens: readonly Token[], index: number): boolean {
  if (lowerAt(tokens, index - 1) !== 'fra' && lowerAt(tokens, index - 1) !== 'frå') return false;
  if (!makers.has(lowerAt(tokens, index))) return false;
  const head = tokenAt(tokens, index - 2);
  return head?.kind === 'word' && deviceWord.test(head.lower);
}

/**
 * "på Hamilton C6", "Evita V800": a capitalised word followed by a model code (a capital letter
 * or two and digits), which makes it a make and model, not a place. Road numbers ("Bjerkvik E10",
 * "Vinstra E6", "Rv4", "Fv17") are no model code, and "Ås B2" stays a place as every word the
 * gazetteer lists does (s34k).
 */
function precedesModelCode(text: string, candidate: Candidate): boolean {
  const code = /^ ([A-Z]{1,2}|Rv|Fv)\d{1,4}[a-z]?(?![\p{L}\p{N}-])/u.exec(
    text.slice(candidate.end, candidate.end + 10),
  );
  return code !== null && !/^(?:E|Rv|Fv)$/u.test(code[1] ?? '');
}

/**
 * A LOCATION candidate that is the maker or model of a device, by the words around it (issue 10,
 * false detections in identifier-free clinical text). A word with a capital inside it
 * ("KlinikkNett") was tried as software and dropped: firm names are written so too, and a
 * held-out figure fell.
 */
export function isMakerOrModelName(
  text: string,
  tokens: readonly Token[],
  candidate: Candidate,
): boolean {
  if (candidate.type !== 'LOCATION' || isKnownPlace(text, candidate)) return false;
  if (precedesModelCode(text, candidate)) return true;
  const index = findTokenIndex(tokens, candidate.start, 'start');
  return index > 1 && followsDeviceFrom(tokens, index);
}
