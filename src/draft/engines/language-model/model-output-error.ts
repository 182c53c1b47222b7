import { EngineError } from '../../../core/index.js';

/** How a model's answer failed. */
export type ModelOutputFailure =
  'invalid-json' | 'schema-mismatch' | 'truncated' | 'part-too-large';

const messages: Record<ModelOutputFailure, string> = {
  'invalid-json': 'model answered with text that is not valid JSON, also after one repair attempt',
  'schema-mismatch':
    'model answered with JSON that does not follow the draft schema, also after one repair attempt',
  truncated: 'model answer was cut off at the output token limit',
  'part-too-large': 'transcript part does not fit in the model context',
};

/**
 * The model answered, but not with a usable draft. Not retryable as such; the chunked drafter
 * reacts to `truncated` and `part-too-large` by drafting the part in smaller pieces. Messages name
 * the failure only, never the model's text (it holds health content).
 */
export class ModelOutputError extends EngineError {
  readonly failure: ModelOutputFailure;
  constructor(engine: string, failure: ModelOutputFailure) {
    super({
      engine,
      message: messages[failure],
      userMessage:
        'Språkmodellen svarte ikke med et brukbart utkast. Prøv igjen, eller bruk den innebygde utkastmotoren.',
      isRetryable: false,
    });
    this.failure = failure;
  }
}

/** Narrows an unknown thrown value. */
export function isModelOutputError(error: unknown): error is ModelOutputError {
  return error instanceof ModelOutputError;
}
