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
  /** Adds `usage` to the consultation's total; throws `PayloadTooLargeError` (413) when over. */
  reserve(consultationId: string, usage: AudioUsage): void;
  /** Gives back a reservation whose audio was not kept (a refused or failed upload). */
  release(consultationId: string, usage: AudioUsage): void;
  /** What the consultation has taken so far. */
  usedBy(consultationId: string): AudioUsage;
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

/**
 * In memory, per process: consultations end within the retention time (at most 24 h), and a
 * restart ends every live recording. At most `maxEntries` consultations are tracked; beyond that
 * the least recently used is forgotten (bounded memory, a few MB).
 */
export function createAudioBudget(
  limits: AudioBudgetLimits & { readonly maxEntries?: number },
): AudioBudget {
  const maxEntries = limits.maxEntries ?? 100_000;
  const used = new Map<string, { bytes: number; seconds: number }>();
  const entryOf = (consultationId: string) => {
    const entry = used.get(consultationId) ?? { bytes: 0, seconds: 0 };
    // Re-inserted: the map's order is least recently used first.
    used.delete(consultationId);
    used.set(consultationId, entry);
    if (used.size > maxEntries) {
      const oldest = used.keys().next();
      if (oldest.done !== true) used.delete(oldest.value);
    }
    return entry;
  };
  return {
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
    },
    release(consultationId, usage) {
      const entry = used.get(consultationId);
      if (entry === undefined) return;
      entry.bytes = Math.max(0, entry.bytes - usage.bytes);
      entry.seconds = Math.max(0, entry.seconds - usage.seconds);
    },
    usedBy(consultationId) {
      const entry = used.get(consultationId);
      return { bytes: entry?.bytes ?? 0, seconds: entry?.seconds ?? 0 };
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

/**
 * Reads an uploaded WAV as it arrives, reserving each chunk against the consultation's audio
 * budget (bytes, and seconds from the header's byte rate) and the upload's own byte limit, and
 * stops reading at the first chunk over either: the rest of an oversized body is never read. The
 * chunks are joined for the speech engine, which takes a whole file. On any failure the
 * reservation is given back; on success the caller keeps it (`release` it if the audio is refused
 * later).
 */
export async function readAudioUpload(input: {
  readonly body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  readonly consultationId: string;
  readonly budget: AudioBudget;
  readonly maxUploadBytes: number;
}): Promise<{ readonly wav: Uint8Array; readonly usage: AudioUsage }> {
  const { budget, consultationId } = input;
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let byteRate: number | undefined;
  const reserved = { bytes: 0, seconds: 0 };
  try {
    for await (const chunk of input.body) {
      bytes += chunk.byteLength;
      if (bytes > input.maxUploadBytes) throw new PayloadTooLargeError(input.maxUploadBytes);
      chunks.push(chunk);
      if (byteRate === undefined && bytes <= headerBytes + chunk.byteLength) {
        byteRate = tryGetByteRate(chunks.length === 1 ? chunk : Buffer.concat(chunks));
      }
      // Seconds are counted once the header told the rate; until then only bytes.
      const seconds = byteRate === undefined ? 0 : bytes / byteRate;
      const step = { bytes: bytes - reserved.bytes, seconds: seconds - reserved.seconds };
      budget.reserve(consultationId, step);
      reserved.bytes += step.bytes;
      reserved.seconds += step.seconds;
    }
  } catch (error) {
    budget.release(consultationId, reserved);
    throw error;
  }
  return { wav: Buffer.concat(chunks), usage: reserved };
}
