import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { synthesizeSpeech } from '../../audio/testing/index.js';
import type {
  SynthesizedSpeech,
  SynthesisPart,
  WavOutputFormat,
} from '../../audio/testing/index.js';
import type { Speaker } from '../../core/index.js';
import { getSharedConsultationsDirectory } from '../../testing/shared-data.js';

/** The synthetic consultations of `../shared/data/consultations` (d01–d06). */
export const consultationsDirectory = getSharedConsultationsDirectory();

export interface SynthesizedConsultation extends SynthesizedSpeech {
  readonly turns: readonly { readonly speaker: Speaker; readonly text: string }[];
}

/**
 * Speaks the first `turns` short turns (at most `maxCharacters`) of a synthetic consultation with
 * espeak-ng, with `pauseSeconds` between turns. With `stereo`, the clinician is on the left
 * channel and everyone else on the right, as with a microphone per speaker.
 */
export async function synthesizeConsultation(options: {
  readonly caseFile?: string;
  readonly turns: number;
  readonly format: WavOutputFormat;
  readonly maxCharacters?: number;
  readonly pauseSeconds?: number;
  readonly stereo?: boolean;
}): Promise<SynthesizedConsultation> {
  const data = JSON.parse(
    readFileSync(
      resolve(consultationsDirectory, options.caseFile ?? 'd01-halsbetennelse.json'),
      'utf8',
    ),
  ) as { segments: { speaker: Speaker; text: string }[] };
  const turns = data.segments
    .filter(
      (segment) =>
        segment.text.length <= (options.maxCharacters ?? 140) && segment.speaker !== 'sykepleier',
    )
    .slice(0, options.turns);
  const parts: SynthesisPart[] = [{ silenceSeconds: 0.8 }];
  for (const turn of turns) {
    parts.push(
      options.stereo === true
        ? { text: turn.text, channel: turn.speaker === 'lege' ? 0 : 1 }
        : { text: turn.text },
    );
    parts.push({ silenceSeconds: options.pauseSeconds ?? 0.9 });
  }
  const speech = await synthesizeSpeech({ parts, format: options.format });
  return { ...speech, turns };
}
