import { describe, expectTypeOf, it } from 'vitest';
import {
  asRawText,
  unsafeAsPseudonymized,
  type PseudonymizedText,
  type PseudonymizedTranscript,
  type RawText,
  type Transcript,
} from '../core/index.js';
import type { Drafter, DrafterInput } from './drafter.js';
import { getTemplate } from './templates/templates.js';

declare const drafter: Drafter;
const template = getTemplate('journalnotat');

describe('Drafter accepts only pseudonymized text (conventions §8)', () => {
  it('takes a PseudonymizedTranscript', () => {
    const transcript: PseudonymizedTranscript = {
      segments: [{ speaker: 'pasient', text: unsafeAsPseudonymized('Jeg har vondt i halsen.') }],
    };
    expectTypeOf<Drafter['draft']>().toBeCallableWith({ template, transcript });
    expectTypeOf<
      DrafterInput['transcript']['segments'][number]['text']
    >().toEqualTypeOf<PseudonymizedText>();
  });

  it('refuses a raw transcript', () => {
    const raw: Transcript = {
      segments: [{ speaker: 'pasient', text: asRawText('Jeg heter Kari Nordmann.') }],
    };
    // @ts-expect-error RawText is not PseudonymizedText: raw text cannot reach a drafter.
    void drafter.draft({ template, transcript: raw });
    expectTypeOf<RawText>().not.toExtend<PseudonymizedText>();
  });

  it('refuses plain strings', () => {
    const plain = { segments: [{ speaker: 'lege' as const, text: 'Hei, Kari.' }] };
    // @ts-expect-error a plain string has not been through pseudonymize().
    void drafter.draft({ template, transcript: plain });
    expectTypeOf<string>().not.toExtend<PseudonymizedText>();
  });
});
