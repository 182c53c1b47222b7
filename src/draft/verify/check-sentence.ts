import type { Evidence, SentenceFlag } from '../../core/index.js';
import { createCheckDispatch } from './check-dispatch.js';
import { withoutNotDoneConflicts } from './not-done-statements.js';
import { sentenceChecks } from './sentence-checks.js';
import {
  createSentenceContext,
  supportThreshold,
  type CheckSentenceOptions,
} from './sentence-context.js';
import type { TranscriptIndex } from './transcript-index.js';

export { supportThreshold, type CheckSentenceOptions };

/** Which checks each sentence needs, by its words (checks with a `cue` run only when it is met). */
const dispatch = createCheckDispatch(sentenceChecks);

/** What the verifier concluded about one sentence. */
export interface SentenceCheck {
  readonly evidence: readonly Evidence[];
  /** True when no flag is `warning` or `error`. */
  readonly supported: boolean;
  readonly flags: readonly SentenceFlag[];
}

/**
 * Checks one drafted sentence against the transcript: reads the sentence once (its claims and
 * evidence, `createSentenceContext`), then runs the checks of `sentence-checks.ts` in order: every
 * check, except that a check with a `cue` runs only when the sentence has one of its words.
 */
export function checkSentence(
  text: string,
  index: TranscriptIndex,
  options: CheckSentenceOptions = {},
): SentenceCheck {
  const flags: SentenceFlag[] = [];
  const sentence = createSentenceContext(text, index, options, flags);
  for (const position of dispatch.checksFor(sentence.tokens)) {
    const definition = sentenceChecks[position];
    if (definition === undefined) continue;
    const raised = definition.check(sentence);
    if (raised.length === 0) continue;
    if (definition.placement === 'first')
      for (const raisedFlag of raised) flags.unshift(raisedFlag);
    else flags.push(...raised);
  }
  // "Blodgass ikke tatt" neither affirms nor denies: no negation conflict.
  const checked = withoutNotDoneConflicts(text, flags);
  return {
    evidence: sentence.linked.evidence,
    supported: !checked.some((candidate) => candidate.severity !== 'info'),
    flags: checked,
  };
}
