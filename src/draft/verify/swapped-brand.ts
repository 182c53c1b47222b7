import type { DrugMention } from '../language/drug-names.js';
import type { WordToken } from '../language/fold.js';
import type { TranscriptIndex } from './transcript-index.js';

/** The folded words of a drug mention ("paralgin forte"). */
function mentionName(tokens: readonly WordToken[], mention: DrugMention): string {
  return tokens
    .filter((token) => token.start >= mention.start && token.end <= mention.end)
    .map((token) => token.folded)
    .join(' ');
}

/**
 * True when two folded names are the same name, inflected or not ("kyleena", "kyleenaen"), or with
 * another word after a hyphen ("nexium-tabletter", "nexium-tablettane").
 */
function sameName(left: string, right: string): boolean {
  if (left === right || left.startsWith(right) || right.startsWith(left)) return true;
  const leftName = beforeHyphen(left);
  const rightName = beforeHyphen(right);
  return (leftName !== left || rightName !== right) && sameName(leftName, rightName);
}

/** The name before a hyphen ("nexium" of "nexium-tabletter"); the name itself when none. */
function beforeHyphen(name: string): string {
  const hyphen = name.indexOf('-');
  return hyphen >= 3 ? name.slice(0, hyphen) : name;
}

/**
 * A brand the sentence names where the conversation named the same substance only by other brands
 * (issue 11): "Hormonspiral (Mirena)" where "Kyleena" was said — another product of the same
 * substance, with another dose. A generic name in the sentence, or a generic said in the
 * conversation, leaves the sentence alone. Returns the mention, or undefined.
 */
export function findSwappedBrand(options: {
  readonly tokens: readonly WordToken[];
  readonly mentions: readonly DrugMention[];
  readonly index: TranscriptIndex;
}): DrugMention | undefined {
  const { tokens, mentions, index } = options;
  for (const mention of mentions) {
    const name = mentionName(tokens, mention);
    if (name === '' || sameName(name, mention.substance)) continue;
    const spoken: string[] = [];
    for (const unitIndex of index.unitsWithSubstance(mention.substance)) {
      const unit = index.units[unitIndex];
      if (unit === undefined) continue;
      for (const said of unit.claims.drugMentions)
        if (said.substance === mention.substance) spoken.push(mentionName(unit.tokens, said));
    }
    if (spoken.length === 0 || spoken.some((said) => said === '')) continue;
    if (spoken.some((said) => sameName(said, name) || sameName(said, mention.substance))) continue;
    return mention;
  }
  return undefined;
}
