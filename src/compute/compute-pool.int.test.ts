import { readFileSync, readdirSync } from 'node:fs';
import { getPriority } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'node:worker_threads';
import {
  EngineError,
  asRawText,
  unsafeAsPseudonymized,
  type PseudonymizedSegment,
  type PseudonymizedTranscript,
  type Segment,
} from '../core/index.js';
import { createBuiltinDrafter, getTemplate, textsOfDraft, verifyDraft } from '../draft/index.js';
import { pseudonymizeSegments, reidentifyTexts, vaultSeedBytes } from '../pseudonymize/index.js';
import { createComputePool, type ComputePool } from './compute-pool.js';

// Fresh synthetic consultation (no real patient), repeated to make the work measurable.
const lines: readonly (readonly ['lege' | 'pasient', string])[] = [
  ['lege', 'Hva bringer deg hit i dag?'],
  ['pasient', 'Jeg har hatt vondt i korsryggen i tre uker etter at jeg løftet en tung kasse.'],
  ['lege', 'Stråler smerten ned i beina?'],
  ['pasient', 'Nei, den holder seg i ryggen. Ingen nummenhet og ingen problemer med vannlatingen.'],
  ['lege', 'Har du tatt noe mot smertene?'],
  ['pasient', 'Paracet 1 gram morgen og kveld, det hjelper litt.'],
  ['lege', 'Ved undersøkelsen er det ømhet paravertebralt på venstre side, Lasègue negativ.'],
  ['lege', 'Dette er et lumbago uten tegn til nerverotaffeksjon.'],
  ['lege', 'Du bør holde deg i aktivitet, og vi avtaler ny kontroll om to uker.'],
];

function transcriptOf(repeat: number): PseudonymizedTranscript {
  const segments = [];
  for (let round = 0; round < repeat; round++)
    for (const [speaker, text] of lines)
      segments.push({ speaker, text: unsafeAsPseudonymized(text) });
  return { segments };
}

const template = getTemplate('journalnotat');
const drafter = createBuiltinDrafter();

async function draftInPlace(transcript: PseudonymizedTranscript) {
  const output = await drafter.draft({ template, transcript }, {});
  return verifyDraft({ template, transcript, output, engine: drafter.info });
}

/** CPU seconds of this process's main thread (Linux /proc, 10 ms ticks). */
function mainThreadCpuMs(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The niceness of every thread of this process (Linux /proc), by thread id. */
function threadNiceness(): Map<number, number> {
  const niceness = new Map<number, number>();
  for (const thread of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${thread}/stat`, 'utf8');
      niceness.set(Number(thread), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return niceness;
}

// Invented people, places and numbers for pseudonymization (no real patient).
const identified = [
  'Pasienten, Sigrun Haugvik, kommer med datteren Tove Haugvik.',
  'Hun bor i Lillehammer og har fødselsnummer 12038744521.',
  'Fastlegen hennes er dr. Brekke ved Fåberg legesenter, telefon 61 25 40 12.',
  'Sigrun har hatt hoste siden 14. oktober, og Tove sier hun sover dårlig.',
].map((text) => ({ text: asRawText(text) }));

describe('createComputePool', () => {
  let pool: ComputePool;
  const workers: Worker[] = [];
  beforeAll(async () => {
    pool = createComputePool({
      size: 1,
      timeoutMs: 60_000,
      onWorkerStarted: (worker) => workers.push(worker),
    });
    // The first job waits for the worker to load its modules.
    await pool.draftBuiltin({ template, transcript: transcriptOf(1), engine: drafter.info });
  }, 60_000);
  afterAll(async () => {
    await pool.close();
  });

  it('returns exactly the draft the builtin engine and the verifier give on this thread', async () => {
    const transcript = transcriptOf(3);
    const offThread = await pool.draftBuiltin({ template, transcript, engine: drafter.info });
    expect(offThread).toEqual(await draftInPlace(transcript));
    expect(offThread.sections.some((section) => section.sentences.length > 0)).toBe(true);
  });

  it('leaves the main thread free while it drafts a long consultation', async () => {
    const transcript = transcriptOf(40);
    let cpu = mainThreadCpuMs();
    await draftInPlace(transcript);
    const inPlace = mainThreadCpuMs() - cpu;
    cpu = mainThreadCpuMs();
    await pool.draftBuiltin({ template, transcript, engine: drafter.info });
    const offThread = mainThreadCpuMs() - cpu;
    expect(inPlace).toBeGreaterThanOrEqual(50);
    expect(offThread).toBeLessThan(inPlace / 3);
  }, 60_000);

  it('verifies another engine’s output exactly as the verifier does on this thread', async () => {
    const transcript = transcriptOf(2);
    const output = await drafter.draft({ template, transcript }, {});
    // An engine that invented a dose: the verifier must flag it on the worker too.
    const edited = {
      ...output,
      sections: [
        ...output.sections,
        { key: 'plan', sentences: [{ text: 'Paracet 4 gram tre ganger daglig.' }] },
      ],
    };
    const engine = { kind: 'openai', model: 'norsk-test' } as const;
    const offThread = await pool.verifyDraft({ template, transcript, output: edited, engine });
    expect(offThread).toEqual(verifyDraft({ template, transcript, output: edited, engine }));
    expect(offThread.engine).toEqual(engine);
  });

  it('gives up on a job past its time-out with a clean error, and keeps serving', async () => {
    const error = await pool
      .draftBuiltin(
        { template, transcript: transcriptOf(60), engine: drafter.info },
        { timeoutMs: 5 },
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).userMessage).toBe(
      'Utkastet kunne ikke lages akkurat nå. Prøv igjen om litt.',
    );
    const transcript = transcriptOf(2);
    const after = await pool.draftBuiltin({ template, transcript, engine: drafter.info });
    expect(after).toEqual(await draftInPlace(transcript));
  }, 60_000);

  it('passes the engine’s own refusal through with its Norwegian message', async () => {
    const empty: PseudonymizedTranscript = {
      segments: [{ speaker: 'lege', text: unsafeAsPseudonymized('   ') }],
    };
    const inPlace = await draftInPlace(empty).catch((caught: unknown) => caught);
    const offThread = await pool
      .draftBuiltin({ template, transcript: empty, engine: drafter.info })
      .catch((caught: unknown) => caught);
    expect(offThread).toMatchObject({
      code: (inPlace as EngineError).code,
      userMessage: (inPlace as EngineError).userMessage,
    });
  });

  it('pseudonymizes exactly as on this thread, for a new vault and with the stored one', async () => {
    const seed = Buffer.from(Array.from({ length: vaultSeedBytes }, (_, index) => index * 7));
    const known = { name: 'Sigrun Haugvik', fnr: '12038744521' };
    const first = { segments: identified, known, seed };
    const offThread = await pool.pseudonymizeSegments(first);
    expect(offThread).toEqual(pseudonymizeSegments(first));
    const texts = offThread.segments.map((segment) => segment.text).join(' ');
    expect(texts).not.toContain('Haugvik');
    expect(texts).not.toContain('12038744521');
    // A later draft of the same consultation reuses the stored vault: the same surrogates.
    const later = { segments: identified.slice(3), known, vault: offThread.vault };
    const again = await pool.pseudonymizeSegments(later);
    expect(again).toEqual(pseudonymizeSegments(later));
    expect(again.segments[0]?.text).toBe(offThread.segments[3]?.text);
  });

  it('re-identifies exactly as on this thread, warning about an invented name', async () => {
    const seed = Buffer.alloc(vaultSeedBytes, 11);
    const { segments, vault } = pseudonymizeSegments({ segments: identified, seed });
    const texts = [
      ...segments.map((segment) => segment.text),
      'Pasienten ble henvist av dr. Vebjørn Ulvestad i Tromsø.',
    ];
    const offThread = await pool.reidentifyTexts({ texts, vault });
    expect(offThread).toEqual(reidentifyTexts(texts, vault));
    expect(offThread.slice(0, 4).map((back) => back.text)).toEqual(
      identified.map((segment) => segment.text),
    );
    expect(offThread[4]?.warnings.length).toBeGreaterThan(0);
  });

  it('drafts a whole consultation in one job exactly as the three steps one after another', async () => {
    const seed = Buffer.alloc(vaultSeedBytes, 5);
    const known = { name: 'Sigrun Haugvik' };
    const segments: Segment[] = [
      ...identified.map((segment, index) => ({
        speaker: index % 2 === 0 ? ('lege' as const) : ('pasient' as const),
        text: segment.text,
        start: index * 4,
        end: index * 4 + 3,
      })),
      ...transcriptOf(2).segments.map((segment) => ({
        speaker: segment.speaker,
        text: asRawText(segment.text),
      })),
    ];
    const whole = await pool.draftBuiltinPipeline({
      segments,
      known,
      seed,
      template,
      engine: drafter.info,
    });
    // The same three steps, each on this thread.
    const pseudonymized = pseudonymizeSegments({ segments, known, seed });
    const transcript: PseudonymizedTranscript = {
      segments: segments.map(({ speaker, start, end }, index): PseudonymizedSegment => ({
        speaker,
        text: pseudonymized.segments[index]?.text ?? unsafeAsPseudonymized(''),
        ...(start === undefined ? {} : { start }),
        ...(end === undefined ? {} : { end }),
      })),
    };
    const draft = await draftInPlace(transcript);
    expect(whole).toEqual({
      pseudonymized,
      draft,
      reidentified: reidentifyTexts(textsOfDraft(draft), pseudonymized.vault),
    });
    expect(JSON.stringify(whole.draft)).not.toContain('Haugvik');
    expect(whole.reidentified.map((back) => back.text).join(' ')).toMatch(/Paracet/u);
  });

  it('tells the clinician in Norwegian when the worker dies mid-job, and keeps serving', async () => {
    const seed = Buffer.alloc(vaultSeedBytes, 3);
    const many = Array.from({ length: 100 }, () => identified).flat();
    const job = pool.pseudonymizeSegments({ segments: many, seed });
    const running = workers.at(-1);
    await running?.terminate();
    const error = await job.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).userMessage).toBe(
      'Utkastet kunne ikke lages akkurat nå fordi avidentifiseringen av transkripsjonen stoppet. Transkripsjonen er i behold; prøv igjen om litt.',
    );
    expect((error as EngineError).message).not.toContain('Haugvik');
    // A fresh worker took its place.
    expect(workers.at(-1)).not.toBe(running);
    const input = { segments: identified, seed };
    expect(await pool.pseudonymizeSegments(input)).toEqual(pseudonymizeSegments(input));
  }, 60_000);

  it('drafts at a lower priority than the thread that answers requests', async () => {
    const before = threadNiceness();
    const polite = createComputePool({ size: 1, timeoutMs: 60_000, nice: 7 });
    try {
      const transcript = transcriptOf(2);
      expect(await polite.draftBuiltin({ template, transcript, engine: drafter.info })).toEqual(
        await draftInPlace(transcript),
      );
      const started = [...threadNiceness()].filter(([thread]) => !before.has(thread));
      expect(started.filter(([, nice]) => nice === 7)).toHaveLength(1);
      // The server's own threads keep their priority.
      expect(threadNiceness().get(process.pid)).toBe(before.get(process.pid));
      expect(getPriority()).toBe(0);
    } finally {
      await polite.close();
    }
  }, 60_000);

  it('fails a job that outgrows the worker’s heap ceiling cleanly, and keeps serving', async () => {
    // Generous time-outs: near its ceiling a worker collects garbage for long on a loaded machine.
    const bounded = createComputePool({ size: 1, timeoutMs: 240_000, heapMib: 256 });
    try {
      // About 4 MiB of conversation: the whole pipeline needs more than 256 MiB of heap.
      const segments: Segment[] = Array.from({ length: 7000 }, () => transcriptOf(1).segments)
        .flat()
        .map((segment) => ({ speaker: segment.speaker, text: asRawText(segment.text) }));
      const error = await bounded
        .draftBuiltinPipeline({
          segments,
          seed: Buffer.alloc(vaultSeedBytes, 9),
          template,
          engine: drafter.info,
        })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(EngineError);
      expect((error as EngineError).userMessage).toBe(
        'Utkastet kunne ikke lages akkurat nå. Transkripsjonen er i behold; prøv igjen om litt.',
      );
      expect((error as EngineError).message).toMatch(/ran out of heap/u);
      // A consultation of ordinary length still drafts, on the worker that took its place.
      const transcript = transcriptOf(3);
      expect(await bounded.draftBuiltin({ template, transcript, engine: drafter.info })).toEqual(
        await draftInPlace(transcript),
      );
    } finally {
      await bounded.close();
    }
  }, 300_000);
});
