import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  codeSystems,
  InvalidInputError,
  templateIds,
  unsafeAsPseudonymized,
  type PseudonymizedText,
  type PseudonymizedTranscript,
  type Speaker,
  type TemplateId,
} from '../../core/index.js';
import type { Drafter, DrafterOutput } from '../drafter.js';
import { getTemplate } from '../templates/templates.js';
import { verifyDraft } from '../verify/verify-draft.js';

/** Options for engines whose test doubles can only answer some requests. */
export interface DrafterContractOptions {
  /** Templates to draft (default: all four). */
  readonly templates?: readonly TemplateId[];
  /** The consultation to draft (default: a short synthetic primary-care consultation). */
  readonly transcript?: PseudonymizedTranscript;
  /** True when the engine does real asynchronous work that an abort during drafting can stop. */
  readonly abortsWhileDrafting?: boolean;
  /** Per-test timeout in milliseconds (default 30 000). */
  readonly timeoutMs?: number;
}

function pseudonymizedTranscript(
  lines: readonly (readonly [Speaker, string])[],
): PseudonymizedTranscript {
  return {
    segments: lines.map(([speaker, text]) => ({ speaker, text: unsafeAsPseudonymized(text) })),
  };
}

/** A short synthetic consultation, already pseudonymized (fake names). */
export const contractTranscript: PseudonymizedTranscript = pseudonymizedTranscript([
  ['lege', 'Hei, Lars Nygård. Hva er det som plager deg i dag?'],
  ['pasient', 'Jeg har hatt vondt i halsen i fire dager, og jeg har hatt feber.'],
  ['lege', 'Har du hostet?'],
  ['pasient', 'Nei, ingen hoste.'],
  ['lege', 'Bruker du noen faste medisiner?'],
  ['pasient', 'Nei. Jeg har tatt Paracet, to tabletter morgen og kveld.'],
  [
    'lege',
    'Nå skal jeg undersøke deg. Temperaturen er trettiåtte komma fem. Mandlene er røde og hovne med belegg på begge sider. Lungene er normale.',
  ],
  [
    'lege',
    'Dette er en halsbetennelse, sannsynligvis med bakterier. Du får fenoksymetylpenicillin 660 milligram fire ganger daglig i fem dager.',
  ],
  ['lege', 'Hvis du ikke klarer å svelge eller får pustevansker, må du ringe legevakten.'],
  ['pasient', 'Takk skal du ha.'],
]);

function allSentences(output: DrafterOutput): string[] {
  return output.sections.flatMap((section) => section.sentences.map((sentence) => sentence.text));
}

/**
 * The contract every `Drafter` engine must meet (conventions §22), as a Vitest suite. Call it
 * from each engine's test file: `runDrafterContractSuite('builtin', () => createBuiltinDrafter())`.
 * It checks the port's promises, not any engine's wording: section keys in template order,
 * well-formed sentences and evidence, the empty-transcript error, no throwing for odd content,
 * cancellation, and that the verifier accepts the output.
 */
export function runDrafterContractSuite(
  name: string,
  makeDrafter: () => Promise<Drafter> | Drafter,
  options: DrafterContractOptions = {},
): void {
  const templatesToTest = options.templates ?? templateIds;
  const transcript = options.transcript ?? contractTranscript;
  const timeout = options.timeoutMs ?? 30_000;

  describe(`Drafter contract: ${name}`, () => {
    it('accepts only pseudonymized transcripts (type level)', () => {
      type TextAccepted = Parameters<Drafter['draft']>[0]['transcript']['segments'][number]['text'];
      expectTypeOf<TextAccepted>().toEqualTypeOf<PseudonymizedText>();
    });

    it('reports which engine it is', async () => {
      const drafter = await makeDrafter();
      expect(['builtin', 'openai', 'llama']).toContain(drafter.info.kind);
      expect(drafter.info.model.trim().length).toBeGreaterThan(0);
    });

    for (const templateId of templatesToTest) {
      it(
        `returns every section of the ${templateId} template, in template order, with well-formed sentences`,
        async () => {
          const drafter = await makeDrafter();
          const template = getTemplate(templateId);
          const output = await drafter.draft({ template, transcript });
          expect(output.sections.map((section) => section.key)).toEqual(
            template.sections.map((section) => section.key),
          );
          for (const section of output.sections) {
            for (const sentence of section.sentences) {
              expect(typeof sentence.text).toBe('string');
              expect(sentence.text.trim().length).toBeGreaterThan(0);
              for (const evidence of sentence.evidence ?? []) {
                const segment = transcript.segments[evidence.segment];
                expect(segment).toBeDefined();
                expect(evidence.start).toBeGreaterThanOrEqual(0);
                expect(evidence.end).toBeGreaterThan(evidence.start);
                expect(evidence.end).toBeLessThanOrEqual(segment?.text.length ?? 0);
              }
            }
          }
          for (const diagnosis of output.diagnoses) {
            expect(codeSystems).toContain(diagnosis.system);
            expect(diagnosis.code.trim().length).toBeGreaterThan(0);
          }
          for (const warning of output.warnings) expect(typeof warning).toBe('string');
        },
        timeout,
      );
    }

    it(
      'drafts something from a consultation with clinical content',
      async () => {
        const drafter = await makeDrafter();
        const output = await drafter.draft({
          template: getTemplate(templatesToTest[0] ?? 'journalnotat'),
          transcript,
        });
        expect(allSentences(output).length).toBeGreaterThan(0);
      },
      timeout,
    );

    it(
      'produces output the verifier turns into a Draft with the template sections',
      async () => {
        const drafter = await makeDrafter();
        const template = getTemplate(templatesToTest[0] ?? 'journalnotat');
        const output = await drafter.draft({ template, transcript });
        const draft = verifyDraft({ template, transcript, output, engine: drafter.info });
        expect(draft.template).toBe(template.id);
        expect(draft.engine).toEqual(drafter.info);
        expect(draft.sections.map((section) => section.title)).toEqual(
          template.sections.map((section) => section.title),
        );
      },
      timeout,
    );

    it('rejects an empty transcript with InvalidInputError', async () => {
      const drafter = await makeDrafter();
      await expect(
        drafter.draft({ template: getTemplate('journalnotat'), transcript: { segments: [] } }),
      ).rejects.toBeInstanceOf(InvalidInputError);
      await expect(
        drafter.draft({
          template: getTemplate('journalnotat'),
          transcript: pseudonymizedTranscript([['lege', '   ']]),
        }),
      ).rejects.toBeInstanceOf(InvalidInputError);
    });

    it(
      'does not throw for a one-word or non-Norwegian conversation; it returns every section',
      async () => {
        const drafter = await makeDrafter();
        const template = getTemplate('journalnotat');
        for (const odd of [
          pseudonymizedTranscript([['pasient', 'Hei.']]),
          pseudonymizedTranscript([
            ['lege', 'Good morning, what brings you here today?'],
            ['pasient', 'I have had a sore throat for three days and a fever.'],
          ]),
        ]) {
          const output = await drafter.draft({ template, transcript: odd });
          expect(output.sections.map((section) => section.key)).toEqual(
            template.sections.map((section) => section.key),
          );
        }
      },
      timeout,
    );

    it('rejects when the signal is already aborted', async () => {
      const drafter = await makeDrafter();
      const controller = new AbortController();
      controller.abort();
      await expect(
        drafter.draft(
          { template: getTemplate('journalnotat'), transcript },
          { signal: controller.signal },
        ),
      ).rejects.toThrow();
    });

    if (options.abortsWhileDrafting === true) {
      it(
        'stops and rejects when aborted while drafting',
        async () => {
          const drafter = await makeDrafter();
          const controller = new AbortController();
          const pending = drafter.draft(
            { template: getTemplate('journalnotat'), transcript },
            { signal: controller.signal },
          );
          setTimeout(() => {
            controller.abort();
          }, 5);
          await expect(pending).rejects.toThrow();
        },
        timeout,
      );
    }

    it(
      'reports progress, if at all, as done ≤ total',
      async () => {
        const drafter = await makeDrafter();
        const reports: { done: number; total: number }[] = [];
        await drafter.draft(
          { template: getTemplate('journalnotat'), transcript },
          { onProgress: (progress) => reports.push(progress) },
        );
        for (const report of reports) {
          expect(report.done).toBeLessThanOrEqual(report.total);
          expect(report.done).toBeGreaterThanOrEqual(0);
        }
      },
      timeout,
    );
  });
}
