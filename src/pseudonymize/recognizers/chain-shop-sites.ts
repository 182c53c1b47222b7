import { nynorskFunctionWords } from '../gazetteers/nynorsk-function-words.js';
import { lowerAt, tokenAt, isSpaceBetween, type Token } from '../tokenize.js';
import type { Candidate } from '../types.js';
import type { TokenAnalysis } from './token-analysis.js';

/** Chains and gyms whose branches are named by the chain and the site: "kiwi storo", "sats bislett". */
const chains = new Set([
  'rema',
  'kiwi',
  'meny',
  'spar',
  'joker',
  'bunnpris',
  'extra',
  'obs',
  'prix',
  'sats',
  'elixia',
  'evo',
  'clas',
  'coop',
  'europris',
  'vitusapotek',
  'boots',
  'elkjøp',
  'biltema',
  'jernia',
  'byggmakker',
  'xxl',
]);

/** Words said after a site that belong to the branch's name: "rema alta sentrum". */
const siteTails = new Set(['sentrum', 'senter', 'storsenter', 'torg', 'stasjon']);

/** The part of a chain's name said before its site: "coop extra moa", "coop prix …". */
const chainFormats = new Set(['extra', 'prix', 'mega', 'obs', 'marked']);

/**
 * "vi handler på kiwi storo", "jeg trener på sats bislett", "hun jobber på rema lade", "coop extra
 * moa", "clas ohlson": a chain or gym already found as a shop or workplace runs on over the
 * lower-case site said right after it, a known place or a word no list knows ("ohlson").
 * Ordinary words after the chain ("på kiwi etterpå", "på rema nå") end the name.
 */
export function joinChainShopSites(
  words: TokenAnalysis,
  text: string,
  tokens: readonly Token[],
  out: Candidate[],
): void {
  const shops: Candidate[] = [];
  for (const candidate of out)
    if (candidate.type === 'WORKPLACE' || candidate.type === 'ORGANIZATION') shops.push(candidate);
  // Most texts name no shop: the token index below is built only for those that do.
  if (shops.length === 0) return;
  const tokenStartingAt = new Map<number, number>();
  for (let index = 0; index < tokens.length; index++) {
    const token = tokenAt(tokens, index);
    if (token !== undefined) tokenStartingAt.set(token.start, index);
  }
  for (const shop of shops) {
    const first = tokenStartingAt.get(shop.start);
    const chain = first === undefined ? undefined : tokenAt(tokens, first);
    if (first === undefined || chain === undefined || !chains.has(chain.lower)) continue;
    let last = first;
    while (last < first + 2 && chainFormats.has(lowerAt(tokens, last + 1))) last++;
    const site = tokenAt(tokens, last + 1);
    const before = tokenAt(tokens, last);
    if (site === undefined || before === undefined || site.kind !== 'word') continue;
    if (site.end <= shop.end || !isSpaceBetween(text, before.end, site.start)) continue;
    if (!isSite(words, site)) continue;
    const tail = tokenAt(tokens, last + 2);
    const withTail =
      tail !== undefined && siteTails.has(tail.lower) && isSpaceBetween(text, site.end, tail.start);
    out.push({ ...shop, end: withTail ? tail.end : site.end });
  }
}

/** A lower-case place, surname (farm names: "hovden") or unknown word of three letters or more that is no function word. */
function isSite(words: TokenAnalysis, site: Token): boolean {
  if (site.capitalised || site.allCaps || site.lower.length < 3) return false;
  if (nynorskFunctionWords.has(site.lower)) return false;
  const analysis = words.analyseToken(site);
  if (analysis.nonIdentifying || analysis.term || analysis.region) return false;
  return analysis.place || analysis.surname || !analysis.common;
}
