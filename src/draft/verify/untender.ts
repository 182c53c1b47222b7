import type { WordToken } from '../language/fold.js';
import type { Claims } from './read-claims.js';
import { perTranscript } from './per-transcript.js';
import type { TranscriptIndex } from './transcript-index.js';

/** Words (lower case) that call a part tender. */
const tenderWord =
  /^(?:øm|ømt|ømme|ømhet|ømheten|bankøm\p{L}*|trykkøm\p{L}*|palpasjonsøm\p{L}*|slippøm\p{L}*)$/u;
/** Words (lower case) that call a part not tender: "uøm" is a denied "øm". */
const untenderWord = /^(?:uøm|uømt|uømme)$/u;

/** Words (folded) of advice and conditions, where a tenderness is not a finding (not "om": "øm" folds so). */
const conditionalWord =
  /^(?:hvis|dersom|viss|kontakt|kontakte|informert|informeres|oppsok\p{L}*|tegn|forverring)$/u;

/** What a sentence says of tenderness, and the lexicon concepts of the parts it names. */
interface TenderStatement {
  readonly tender: boolean;
  readonly untender: boolean;
  readonly parts: ReadonlySet<string>;
}

function readTenderness(tokens: readonly WordToken[], claims: Claims): TenderStatement {
  let tender = false;
  let untender = false;
  const parts = new Set<string>();
  tokens.forEach((token, position) => {
    const lower = token.text.toLowerCase();
    if (untenderWord.test(lower)) untender = true;
    else if (tenderWord.test(lower)) {
      if (claims.negated[position] === true) untender = true;
      else tender = true;
    } else for (const key of claims.keys[position] ?? []) if (key.startsWith('c')) parts.add(key);
  });
  return { tender, untender, parts };
}

function sharesPart(first: ReadonlySet<string>, second: ReadonlySet<string>): boolean {
  for (const part of first) if (second.has(part)) return true;
  return false;
}

/** What the conversation's statements say of tenderness, read once per transcript. */
const spokenTenderness = perTranscript((index): readonly TenderStatement[] =>
  index.units.flatMap((unit) => {
    if (unit.isQuestion || unit.isHypothetical) return [];
    // (Every tenderness word holds "øm": a unit without one says neither, and is done here.)
    if (!unit.tokens.some((token) => token.text.toLowerCase().includes('øm'))) return [];
    const spoken = readTenderness(unit.tokens, unit.claims);
    // (A statement saying neither changes nothing below.)
    return spoken.tender || spoken.untender ? [spoken] : [];
  }),
);

/**
 * A part the sentence calls tender or not tender ("uøm") although the conversation said only the
 * opposite of it ("Bløt og uøm abdomen" where "lett øm i epigastriet" of the belly was said; "Øm
 * i abdomen" where "magen er bløt og uøm"): what the sentence says, or undefined. A sentence
 * saying both ("uøm, men øm i høyre fossa") says nothing here.
 */
export function findFlippedTenderness(options: {
  readonly tokens: readonly WordToken[];
  readonly claims: Claims;
  readonly index: TranscriptIndex;
}): 'tender' | 'untender' | undefined {
  // "Ta kontakt ved … hoven og øm legg": advice about what may come, not a finding.
  if (options.tokens.some((token) => conditionalWord.test(token.folded))) return undefined;
  const written = readTenderness(options.tokens, options.claims);
  if (written.tender === written.untender || written.parts.size === 0) return undefined;
  let saidTender = false;
  let saidUntender = false;
  for (const spoken of spokenTenderness(options.index)) {
    if (!sharesPart(written.parts, spoken.parts)) continue;
    if (spoken.tender) saidTender = true;
    if (spoken.untender) saidUntender = true;
  }
  if (written.tender) return saidUntender && !saidTender ? 'tender' : undefined;
  return saidTender && !saidUntender ? 'untender' : undefined;
}
