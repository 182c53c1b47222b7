import { z } from 'zod';
import { phiTypes, type PhiType } from './types.js';

/** What happens to an identifier: a realistic surrogate, left as it is, or a coarse placeholder. */
export type PolicyAction = 'replace' | 'keep' | 'generalise';

/** Per-type actions plus the age rule. Configuration; `defaultPolicy` is the safe default. */
export interface PseudonymizationPolicy {
  readonly actions: Readonly<Record<PhiType, PolicyAction>>;
  /** Ages above this are always generalised ("over 89 år"), whatever `actions.AGE` says. */
  readonly maxKeptAge: number;
  /** Detections below this confidence are not acted on (0–1). */
  readonly minConfidence: number;
}

/**
 * Safe defaults: every identifier is replaced by a surrogate except ages, which are kept up to 89
 * and generalised from 90 (the HIPAA Safe Harbor rule for ages; an age alone rarely identifies).
 */
export const defaultPolicy: PseudonymizationPolicy = {
  actions: {
    PERSON: 'replace',
    ID: 'replace',
    PHONE: 'replace',
    EMAIL: 'replace',
    ADDRESS: 'replace',
    POSTAL_CODE: 'replace',
    LOCATION: 'replace',
    ORGANIZATION: 'replace',
    DATE: 'replace',
    AGE: 'keep',
    WORKPLACE: 'replace',
    OTHER: 'replace',
  },
  maxKeptAge: 89,
  minConfidence: 0.5,
};

const actionSchema = z.enum(['replace', 'keep', 'generalise']);

/** Policy configuration as written in a config file: any subset of types; the rest default. */
export const pseudonymizationPolicySchema = z
  .object({
    actions: z.partialRecord(z.enum(phiTypes), actionSchema).optional(),
    maxKeptAge: z.number().int().min(0).max(89).optional(),
    minConfidence: z.number().min(0.3).max(1).optional(),
  })
  .strict();

/** Parses policy configuration (config boundary), filling in the safe defaults. */
export function parsePseudonymizationPolicy(input: unknown): PseudonymizationPolicy {
  const parsed = pseudonymizationPolicySchema.parse(input);
  return {
    actions: { ...defaultPolicy.actions, ...parsed.actions },
    maxKeptAge: parsed.maxKeptAge ?? defaultPolicy.maxKeptAge,
    minConfidence: parsed.minConfidence ?? defaultPolicy.minConfidence,
  };
}
