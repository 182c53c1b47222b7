import { PayloadTooLargeError } from '../core/index.js';

/** How much audio one consultation may take in all (uploads and live recordings together). */
export interface AudioBudgetLimits {
  readonly maxBytes: number;
  readonly maxSeconds: number;
}

/** Audio taken or to be taken, in bytes as received and in seconds of sound. */
export interface AudioUsage {
  readonly bytes: number;
  readonly seconds: number;
}

/**
 * The audio budget of each consultation (issue 14): one clinician pushed 2.3 hours of audio in
 * 26 s, and every upload was bounded only on its own. Uploads and live recordings reserve what
 * they read as it arrives, so a refusal comes at the first byte over the budget, not after the
 * whole body; a refused or failed upload gives its reservation back.
 */
export interface AudioBudget {
  /**
   * Loads what the consultation took before (in an earlier run of the server) unless it is known
   * already. Call before `reserve` for that consultation: uploads and live recordings do.
   */
  open(consultationId: string): Promise<void>;
  /** Adds `usage` to the consultation's total; throws `PayloadTooLargeError` (413) when over. */
  reserve(consultationId: string, usage: AudioUsage): void;
  /** Gives back a reservation whose audio was not kept (a refused or failed upload). */
  release(consultationId: string, usage: AudioUsage): void;
  /** What the consultation has taken so far. */
  usedBy(consultationId: string): AudioUsage;
  /** Resolves once what the consultation has taken so far is stored. */
  flush(consultationId: string): Promise<void>;
}

/** Where the budget keeps what each consultation took (the `Store`'s `audioUsage`). */
export interface AudioUsageStore {
  tryGet(consultationId: string): Promise<AudioUsage | undefined>;
  set(consultationId: string, usage: AudioUsage): Promise<void>;
}

/** The Norwegian refusal when a consultation's audio budget is spent. */
export function audioBudgetExceeded(limits: AudioBudgetLimits): PayloadTooLargeError {
  const minutes = Math.round(limits.maxSeconds / 60);
  const megabytes = Math.round(limits.maxBytes / 1024 / 1024);
  return new PayloadTooLargeError(
    limits.maxBytes,
    `Grensen for lyd i denne konsultasjonen er nådd (høyst ${minutes} minutter og ${megabytes} MB til sammen for opplastinger og opptak). Lyden over grensen ble ikke tatt imot.`,
  );
}

interface Entry {
  bytes: number;
  seconds: number;
  /** A change not yet stored. */
  dirty: boolean;
  /** The write under way, if any. */
  writing: Promise<void> | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * The budget, counted in memory and kept in `store` so a restart does not hand a consultation its
 * whole budget again (issue 14). A reservation counts at once; it is written behind, at most once
 * per `writeEveryMs` (1 s) per consultation (a live recording reserves ten frames a second), and
 * `flush` writes at once. A crash can thus forget at most the last `writeEveryMs` of reservations.
 * Without a store (tests, tools), the budget lasts as long as the process. At most `maxEntries`
 * consultations are held in memory; beyond that the least recently used is forgotten there (and
 * read again from the store when it is next opened).
 */
export function createAudioBudget(
  limits: AudioBudgetLimits & {
    readonly maxEntries?: number;
    readonly store?: AudioUsageStore;
    readonly writeEveryMs?: number;
  },
): AudioBudget {
  const maxEntries = limits.maxEntries ?? 100_000;
  const writeEveryMs = limits.writeEveryMs ?? 1000;
  const { store } = limits;
  const used = new Map<string, Entry>();
  const remember = (consultationId: string, entry: Entry) => {
    // Re-inserted: the map's order is least recently used first.
    used.delete(consultationId);
    used.set(consultationId, entry);
    if (used.size > maxEntries) {
      const oldest = used.entries().next();
      // One with a write pending stays until it is stored.
      if (oldest.done !== true && !oldest.value[1].dirty) used.delete(oldest.value[0]);
    }
  };
  const fresh = (usage: AudioUsage = { bytes: 0, seconds: 0 }): Entry => ({
    ...usage,
    dirty: false,
    writing: undefined,
    timer: undefined,
  });
  const entryOf = (consultationId: string): Entry => {
    const entry = used.get(consultationId);
    if (entry !== undefined) {
      remember(consultationId, entry);
      return entry;
    }
    // With a store, reserving before `open` would start from zero after a restart.
    if (store !== undefined) throw new Error('audio budget used before it was opened');
    const created = fresh();
    remember(consultationId, created);
    return created;
  };
  const write = (consultationId: string, entry: Entry): Promise<void> => {
    if (store === undefined) return Promise.resolve();
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    entry.timer = undefined;
    const previous = entry.writing ?? Promise.resolve();
    const next = previous.then(async () => {
      if (!entry.dirty) return;
      entry.dirty = false;
      try {
        await store.set(consultationId, { bytes: entry.bytes, seconds: entry.seconds });
      } catch (error) {
        entry.dirty = true;
        throw error;
      }
    });
    entry.writing = next;
    void next
      .finally(() => {
        if (entry.writing === next) entry.writing = undefined;
      })
      .catch(() => undefined);
    return next;
  };
  const changed = (consultationId: string, entry: Entry) => {
    entry.dirty = true;
    if (store === undefined || entry.timer !== undefined) return;
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      // A failed write stays dirty and is tried again at the next change or flush.
      write(consultationId, entry).catch(() => undefined);
    }, writeEveryMs);
    entry.timer.unref();
  };
  return {
    async open(consultationId) {
      if (used.has(consultationId) || store === undefined) return;
      const stored = await store.tryGet(consultationId);
      // Another caller may have opened it meanwhile: keep what it counted.
      if (!used.has(consultationId)) remember(consultationId, fresh(stored));
    },
    reserve(consultationId, usage) {
      const entry = entryOf(consultationId);
      if (
        entry.bytes + usage.bytes > limits.maxBytes ||
        entry.seconds + usage.seconds > limits.maxSeconds
      ) {
        throw audioBudgetExceeded(limits);
      }
      entry.bytes += usage.bytes;
      entry.seconds += usage.seconds;
      changed(consultationId, entry);
    },
    release(consultationId, usage) {
      const entry = used.get(consultationId);
      if (entry === undefined) return;
      entry.bytes = Math.max(0, entry.bytes - usage.bytes);
      entry.seconds = Math.max(0, entry.seconds - usage.seconds);
      changed(consultationId, entry);
    },
    usedBy(consultationId) {
      const entry = used.get(consultationId);
      return { bytes: entry?.bytes ?? 0, seconds: entry?.seconds ?? 0 };
    },
    async flush(consultationId) {
      const entry = used.get(consultationId);
      if (entry !== undefined) await write(consultationId, entry);
    },
  };
}

/** Bytes of sound per second from a WAV's `fmt ` chunk, once enough of the file has arrived. */
function tryGetByteRate(head: Uint8Array): number | undefined {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (head.byteLength < 12) return undefined;
  let offset = 12;
  while (offset + 8 <= head.byteLength) {
    const id = String.fromCharCode(...head.subarray(offset, offset + 4));
    const size = view.getUint32(offset + 4, true);
    if (id === 'fmt ') {
      if (offset + 16 > head.byteLength) return undefined;
      const byteRate = view.getUint32(offset + 8 + 8, true);
      return byteRate > 0 ? byteRate : undefined;
    }
    offset += 8 + size + (size % 2);
  }
  return undefined;
}

/** Enough of a WAV file to find its `fmt ` chunk in any sensible file. */
const headerBytes = 64 * 1024;

/** An upload being read through `meterAudioUpload`. */
export interface MeteredAudioUpload {
  /** The body's chunks, passed on as they are read and reserved. */
  readonly body: AsyncIterable<Uint8Array>;
  /** What has been reserved so far (all of the upload once `body` has ended). */
  usage(): AudioUsage;
}

/**
 * Passes an uploaded WAV on as it arrives, reserving each chunk against the consultation's audio
 * budget (bytes, and seconds from the header's byte rate) and the upload's own byte limit, and
 * stops at the first chunk over either: the rest of an oversized body is never read. Nothing is
 * kept: the consumer (the speech engine's decoder) takes each chunk as it is read (issue 14). When
 * the body has ended, the reservation is stored before the end is passed on. On a refusal here or
 * a failure downstream, the caller gives back `usage()` (`budget.release`).
 */
export function meterAudioUpload(input: {
  readonly body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  readonly consultationId: string;
  readonly budget: AudioBudget;
  readonly maxUploadBytes: number;
}): MeteredAudioUpload {
  const { budget, consultationId } = input;
  const reserved = { bytes: 0, seconds: 0 };
  async function* metered(): AsyncGenerator<Uint8Array, void, undefined> {
    /** The start of the file, until the byte rate is known. */
    let head: Uint8Array = new Uint8Array(0);
    let bytes = 0;
    let byteRate: number | undefined;
    await budget.open(consultationId);
    for await (const chunk of input.body) {
      bytes += chunk.byteLength;
      if (bytes > input.maxUploadBytes) throw new PayloadTooLargeError(input.maxUploadBytes);
      if (byteRate === undefined && bytes <= headerBytes + chunk.byteLength) {
        head = head.byteLength === 0 ? chunk : Buffer.concat([head, chunk]);
        byteRate = tryGetByteRate(head);
      }
      if (byteRate !== undefined || bytes > headerBytes) head = new Uint8Array(0);
      // Seconds are counted once the header told the rate; until then only bytes.
      const seconds = byteRate === undefined ? 0 : bytes / byteRate;
      const step = { bytes: bytes - reserved.bytes, seconds: seconds - reserved.seconds };
      budget.reserve(consultationId, step);
      reserved.bytes += step.bytes;
      reserved.seconds += step.seconds;
      yield chunk;
    }
    // Stored before the (long) transcription ends, so a crash during it cannot hand it back.
    await budget.flush(consultationId);
  }
  return { body: metered(), usage: () => ({ ...reserved }) };
}
