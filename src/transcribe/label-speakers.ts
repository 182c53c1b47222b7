import { InvalidInputError, speakers } from '../core/index.js';
import type { Speaker, Transcript } from '../core/index.js';

/** What speaker labelling looks at: the text, and a label when one is already known. */
export interface LabelInput {
  readonly text: string;
  readonly start?: number;
  readonly end?: number;
  /** From engine diarization or channel analysis; `ukjent` or absent means "decide". */
  readonly speaker?: Speaker;
}

type Candidate = 'lege' | 'pasient' | 'pårørende';
const candidates: readonly Candidate[] = ['lege', 'pasient', 'pårørende'];

interface Cue {
  readonly pattern: RegExp;
  readonly weight: number;
}

/** Who asks and who examines: questions, "du"-address, findings and plans said aloud. */
const clinicianCues: readonly Cue[] = [
  { pattern: /\?\s*$/u, weight: 2 },
  { pattern: /\?/u, weight: 1 },
  {
    pattern:
      /^(?:(?:og|så|men|ja|okei|ok|fint|flott|mm)[,.]?\s+)?(?:hva|hvordan|hvor|hvorfor|når|hvilke|hvilken|har du|har dere|er du|kjenner du|merker du|bruker du|tar du|får du|kan du|vil du|pleier du|hoster du|røyker du|sover du|skal vi|la meg|nå skal jeg|da skal jeg)(?![\p{L}\p{N}])/iu,
    weight: 1.5,
  },
  {
    pattern:
      /(?<![\p{L}\p{N}])(?:blodtrykk(?:et)?|puls(?:en)?|temperatur(?:en)?|metning(?:en)?|auskult\w*|lytte\w*|hjertelyd\w*|bilyd\w*|palp\w*|ømhet|undersøk\w*|blodprøve\w*|prøve(?:ne|svar)?|crp|hemoglobin|ekg|røntgen|ultralyd|resept\w*|skriv(?:e|er) ut|henvis\w*|sykmeld\w*|sykemeld\w*|diagnose\w*|behandling\w*|milligram|mg|dose\w*|doser\w*|kontroll\w*|innlagt|utskriv\w*|anbefal\w*|foreslå\w*|forordn\w*|antibiotika|penicillin|tablett\w*|ingen tegn|ser fint ut|normal\w*|avkreft\w*|tiltak|oppfølging|vi tar|vi avtaler|jeg skriver|jeg vil gjerne|ta av deg|legg deg|pust dypt|si a)(?![\p{L}\p{N}])/giu,
    weight: 0.8,
  },
  { pattern: /(?<![\p{L}\p{N}])(?:du|deg|din|ditt|dine)(?![\p{L}\p{N}])/giu, weight: 0.4 },
  {
    pattern: /(?<![\p{L}\p{N}])(?:jeg heter [\p{Lu}]|jeg er (?:lege|vikar|overlege|fastlege))/u,
    weight: 3,
  },
  {
    pattern:
      /(?<![\p{L}\p{N}])(?:godt spørsmål|ta kontakt|fra og med|det må (?:gjøres|du|han|hun)|(?:du|han|hun) skal (?:ikke )?(?:ta|slutte|fortsette|bruke)|hvis (?:du|han|hun) får|legevakt(?:en)?|vi følger med|vi ser an|det er ikke farlig)(?![\p{L}\p{N}])/giu,
    weight: 1.2,
  },
];

/** Who tells: first-person complaints, time courses, short answers. */
const patientCues: readonly Cue[] = [
  {
    pattern:
      /^(?:ja|nei|jo|mm|eh|nja|tja|ehm|neida|jada|javel)(?![\p{L}\p{N}])[\s,.!…-]*(?:\S+\s*){0,3}$/iu,
    weight: 2,
  },
  { pattern: /^(?:nja|tja|altså|eh)(?![\p{L}\p{N}])/iu, weight: 1 },
  { pattern: /^(?:ja|nei|jo)(?![\p{L}\p{N}])/iu, weight: 0.5 },
  {
    pattern:
      /(?<![\p{L}\p{N}])(?:jeg har (?:hatt|så|veldig|litt|fått|vært|ikke)|jeg kjenner|jeg føler|jeg merker|jeg tror|jeg vet ikke|jeg husker|jeg målte|jeg tok|jeg prøvde|jeg ble|jeg var|jeg klarer|jeg orker|jeg sover|det gjør vondt|vondt|verker|svimmel|kvalm|sliten|redd|bekymret|plager? meg|for meg|hos meg)(?![\p{L}\p{N}])/giu,
    weight: 1,
  },
  { pattern: /(?<![\p{L}\p{N}])(?:meg|min|mitt|mine)(?![\p{L}\p{N}])/giu, weight: 0.4 },
  {
    pattern:
      /(?<![\p{L}\p{N}])(?:siden|i går|i natt|i morges|for (?:en|to|tre) (?:uke|uker|dager|måneder) siden|lørdag|søndag)(?![\p{L}\p{N}])/giu,
    weight: 0.4,
  },
];

/** A relative speaks about the patient in the third person and names the relation. */
const relativeCues: readonly Cue[] = [
  {
    pattern:
      /(?<![\p{L}\p{N}])(?:jeg er (?:mannen|kona|konen|samboeren|datteren|dattera|sønnen|moren|mora|faren|broren|søsteren) (?:hennes|hans|til)|mannen hennes|kona hans|sønnen vår|datteren vår|dattera vår|til henne|til ham|mannen min|kona mi|kona min|konen min|mora mi|moren min|mor mi|faren min|far min|sønnen min|datteren min|dattera mi|barnet mitt|gutten min|jenta mi|søsteren min|broren min|samboeren min|pappa|mamma)(?![\p{L}\p{N}])/giu,
    weight: 2,
  },
  {
    pattern:
      /(?<![\p{L}\p{N}])(?:han|hun) (?:har|er|sier|klager|fikk|ble|var|tok|sov|spiste|føler|kjenner|merker|klarer|orker|tør|glemmer|pleier)(?![\p{L}\p{N}])/giu,
    weight: 1.2,
  },
  { pattern: /(?<![\p{L}\p{N}])(?:kan|skal|bør|må) (?:han|hun)(?![\p{L}\p{N}])/giu, weight: 1 },
  {
    pattern:
      /(?<![\p{L}\p{N}])(?:vi har (?:merket|sett|lagt merke)|hjemme hos oss|vi bor)(?![\p{L}\p{N}])/giu,
    weight: 1,
  },
];

function score(text: string, cues: readonly Cue[]): number {
  let total = 0;
  for (const cue of cues) {
    const matches = cue.pattern.global
      ? (text.match(cue.pattern)?.length ?? 0)
      : cue.pattern.test(text)
        ? 1
        : 0;
    total += Math.min(matches, 3) * cue.weight;
  }
  return total;
}

/** Log-probability each speaker said `text`, from cue scores (softmax-like, bounded). */
function emissions(text: string): Record<Candidate, number> {
  const lege = score(text, clinicianCues);
  const pasient = score(text, patientCues);
  // A relative must name the relation or speak of "han/hun"; without cues it is unlikely.
  const relative = score(text, relativeCues);
  return {
    lege: lege * 0.9,
    pasient: pasient * 0.9,
    pårørende: relative * 1.1 - 2.5,
  };
}

const switchBonus = 0.6;

/**
 * Labels who spoke each segment as `lege`, `pasient` or `pårørende`.
 *
 * A label already present (engine diarization, a microphone per speaker — see
 * `speakersFromChannels`) is kept. Otherwise heuristics decide: the clinician asks questions,
 * addresses the patient as "du", opens with their name and role, and dictates findings and plans;
 * the patient gives short answers and first-person complaints; a relative names the relation or
 * speaks of the patient in the third person. A Viterbi pass adds turn-taking: consecutive
 * segments more often change speaker than not, and the clinician usually speaks first.
 * Returns the segments with `speaker` set.
 */
export function labelSpeakers<T extends LabelInput>(
  segments: readonly T[],
): (T & { speaker: Speaker })[] {
  if (segments.length === 0) return [];
  const scores = segments.map((segment) => emissions(segment.text));
  const fixed = segments.map((segment) =>
    segment.speaker !== undefined && segment.speaker !== 'ukjent' ? segment.speaker : undefined,
  );
  // Viterbi over the three candidates; fixed labels constrain the path.
  const best: number[][] = [];
  const back: number[][] = [];
  segments.forEach((_, index) => {
    const row: number[] = [];
    const pointers: number[] = [];
    const emission = scores[index] as Record<Candidate, number>;
    const known = fixed[index];
    candidates.forEach((candidate, state) => {
      const allowed =
        known === undefined || known === candidate || !candidates.includes(known as Candidate);
      const local = allowed ? emission[candidate] : -Infinity;
      if (index === 0) {
        row.push(local + (candidate === 'lege' ? 1 : 0));
        pointers.push(-1);
        return;
      }
      const previousRow = best[index - 1] as number[];
      let bestValue = -Infinity;
      let bestState = 0;
      previousRow.forEach((value, previousState) => {
        const transition = previousState === state ? 0 : switchBonus;
        if (value + transition > bestValue) {
          bestValue = value + transition;
          bestState = previousState;
        }
      });
      row.push(bestValue + local);
      pointers.push(bestState);
    });
    best.push(row);
    back.push(pointers);
  });
  const lastRow = best[best.length - 1] as number[];
  let state = lastRow.indexOf(Math.max(...lastRow));
  const path: Candidate[] = new Array<Candidate>(segments.length);
  for (let index = segments.length - 1; index >= 0; index--) {
    path[index] = candidates[state] ?? 'lege';
    state = (back[index] as number[])[state] ?? 0;
  }
  return segments.map((segment, index) => ({
    ...segment,
    speaker: fixed[index] ?? path[index] ?? 'ukjent',
  }));
}

/**
 * Labels from a microphone per speaker: for each timed segment, the channel that is clearly
 * loudest (by 6 dB) names the speaker; otherwise the label stays undefined for the heuristics.
 * `channels` are 16 kHz (see `toChannels16k`), `channelSpeakers[i]` says who wears microphone i.
 */
export function speakersFromChannels(
  segments: readonly { readonly start: number; readonly end: number }[],
  channels: readonly Float32Array[],
  channelSpeakers: readonly Speaker[],
  sampleRate = 16000,
): (Speaker | undefined)[] {
  return segments.map((segment) => {
    const from = Math.max(0, Math.floor(segment.start * sampleRate));
    const levels = channels.map((channel) => {
      const to = Math.min(channel.length, Math.ceil(segment.end * sampleRate));
      let sum = 0;
      for (let index = from; index < to; index++) sum += (channel[index] as number) ** 2;
      return 10 * Math.log10(Math.max(sum / Math.max(1, to - from), 1e-20));
    });
    const order = levels
      .map((level, index) => ({ level, index }))
      .sort((a, b) => b.level - a.level);
    const [loudest, next] = order;
    if (loudest === undefined) return undefined;
    if (next !== undefined && loudest.level - next.level < 6) return undefined;
    return channelSpeakers[loudest.index];
  });
}

/**
 * The clinician's correction of one label (exposed as `PATCH …/segments/:index`). Returns a new
 * transcript; throws `InvalidInputError` for an index outside the transcript or an unknown speaker.
 */
export function relabelSegment(
  transcript: Transcript,
  index: number,
  speaker: Speaker,
): Transcript {
  if (!Number.isInteger(index) || index < 0 || index >= transcript.segments.length) {
    throw new InvalidInputError('segment index is outside the transcript', {
      userMessage: 'Fant ikke dette avsnittet i transkripsjonen.',
    });
  }
  if (!(speakers as readonly string[]).includes(speaker)) {
    throw new InvalidInputError('unknown speaker', {
      userMessage: `Ukjent taler. Velg en av: ${speakers.join(', ')}.`,
    });
  }
  return {
    ...transcript,
    segments: transcript.segments.map((segment, position) =>
      position === index ? { ...segment, speaker } : segment,
    ),
  };
}
