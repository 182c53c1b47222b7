import type { Candidate } from '../types.js';

/**
 * "serienummer PJN 418822 H", "serienr. NG2214889H", "S/N: 2318-0442-77", "SN 88120447": the code
 * after a serial-number cue. Groups of capitals and digits, joined by a space or a hyphen; a last
 * group of one to three capitals ("… 418822 H") belongs to the code.
 */
const cuedSerial =
  /(?<![\p{L}\p{N}])(?:[Ss]erie(?:nummer(?:et)?|nr\.?)|[Ss]\/[Nn]|SN)(?:\s?:|\s(?:er|var))?\s((?:\p{Lu}{1,4}[ -]?)?\d[\dA-Z]*(?:[ -]\d[\dA-Z]*)*(?: \p{Lu}{1,3}(?![\p{L}\p{N}]))?)(?![\p{L}\p{N}])/dgu;

/**
 * "kallesignal LNVQ", "kallesignalet LCJH3", "call sign LMXT": a ship's radio call sign after its
 * cue, two to seven capitals and digits starting with a capital.
 */
const cuedCallSign =
  /(?<![\p{L}\p{N}])(?:[Kk]allesignal(?:et)?|[Cc]all ?sign)(?:\s?:|\s(?:er|var))?\s(\p{Lu}(?:\p{Lu}|\d){1,6})(?![\p{L}\p{N}])/dgu;

const serialHint = /serie|s\/n|SN|kallesignal|call ?sign/iu;

/**
 * Device serial numbers (pacemakers, insulin pumps, hearing aids) and ship call signs after their
 * cue word, as OTHER: each points at one person through a register (the device register, the
 * ship register). Without the cue the same codes are lab codes or abbreviations, so nothing here
 * fires without it. A serial needs four digits or more.
 */
export function recognizeDeviceSerials(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!serialHint.test(text)) return out;
  for (const match of text.matchAll(cuedSerial)) {
    const span = match.indices?.[1];
    const code = match[1];
    if (span === undefined || code === undefined) continue;
    if (code.replace(/\D/gu, '').length < 4) continue;
    out.push({
      start: span[0],
      end: span[1],
      type: 'OTHER',
      subtype: 'serienummer',
      confidence: 0.96,
    });
  }
  for (const match of text.matchAll(cuedCallSign)) {
    const span = match.indices?.[1];
    if (span === undefined) continue;
    out.push({
      start: span[0],
      end: span[1],
      type: 'OTHER',
      subtype: 'kallesignal',
      confidence: 0.95,
    });
  }
  return out;
}
