import type { Drafting, LiveSession, Speech } from '../consultations/index.js';
import type { Drafter } from '../draft/index.js';

/** A speech-to-text engine ready to use: WAV uploads, live sessions, and how to free it. */
export interface LoadedSpeechEngine {
  readonly engine: 'whisper' | 'openai';
  readonly model: string;
  readonly transcribeWav: NonNullable<Speech['transcribeWav']>;
  /** The same engine over a WAV that arrives in chunks (see `Speech.transcribeWavStream`). */
  readonly transcribeWavStream?: Speech['transcribeWavStream'];
  readonly createLiveSession: () => LiveSession;
  dispose(): Promise<void>;
}

/** Builds engines for a model file on this machine (injected by the composition root). */
export interface ModelLoaders {
  loadSpeechModel(path: string): Promise<LoadedSpeechEngine>;
  loadLanguageModel(path: string): Promise<Drafter>;
}

/**
 * The engines in use, swappable while the server runs, so a model activated from the admin
 * screen takes effect without a restart. The use cases hold `speech`, `live` and `drafting`
 * and read the current engine on every call.
 */
export interface EngineSwitch {
  /** Undefined when the app was built without a speech module (tests). */
  readonly speech: Speech | undefined;
  readonly live: { readonly createSession?: (() => LiveSession) | undefined };
  readonly drafting: Drafting | undefined;
  speechEngine(): { readonly engine: 'whisper' | 'openai' | 'none'; readonly model: string | null };
  draftingEngine(): { readonly engine: 'builtin' | 'openai' | 'llama'; readonly model: string };
  /** Replaces the speech engine (undefined: none) and frees the one it replaces. */
  setSpeech(next: LoadedSpeechEngine | undefined): Promise<void>;
  setDrafter(next: Drafter): void;
}

/** Wraps the engines built at start-up. */
export function createEngineSwitch(initial: {
  speech?: Speech;
  createLiveSession?: () => LiveSession;
  speechEngine: { engine: 'whisper' | 'openai' | 'none'; model: string | null };
  drafting?: Drafting;
}): EngineSwitch {
  const initialSpeech = initial.speech;
  const parseTranscript: Speech['parseTranscript'] = (body, contentType) => {
    if (initialSpeech === undefined) throw new Error('no transcript parser');
    return initialSpeech.parseTranscript(body, contentType);
  };
  let transcribeWav = initial.speech?.transcribeWav;
  let transcribeWavStream = initial.speech?.transcribeWavStream;
  let createSession = initial.createLiveSession;
  let speechInfo = initial.speechEngine;
  let loaded: LoadedSpeechEngine | undefined;
  let drafter = initial.drafting?.drafter;
  const baseDrafting = initial.drafting;

  const speech: Speech = {
    parseTranscript: (body, contentType) => parseTranscript(body, contentType),
    get transcribeWav() {
      return transcribeWav;
    },
    get transcribeWavStream() {
      return transcribeWavStream;
    },
  };
  const live = {
    get createSession() {
      return createSession;
    },
  };
  const drafting: Drafting | undefined =
    baseDrafting === undefined
      ? undefined
      : {
          getTemplate: (id) => baseDrafting.getTemplate(id),
          verify: (input) => baseDrafting.verify(input),
          ...(baseDrafting.draftBuiltin === undefined
            ? {}
            : { draftBuiltin: baseDrafting.draftBuiltin }),
          // The compute pool's other ways off the event loop (issue 14): a language model's
          // verification, and the builtin engine's whole pipeline as one job.
          ...(baseDrafting.verifyOffThread === undefined
            ? {}
            : { verifyOffThread: baseDrafting.verifyOffThread }),
          ...(baseDrafting.draftBuiltinPipeline === undefined
            ? {}
            : { draftBuiltinPipeline: baseDrafting.draftBuiltinPipeline }),
          get drafter() {
            return drafter ?? baseDrafting.drafter;
          },
        };
  return {
    speech: initial.speech === undefined ? undefined : speech,
    live,
    drafting,
    speechEngine: () => speechInfo,
    draftingEngine: () => {
      const info = (drafter ?? baseDrafting?.drafter)?.info;
      return { engine: info?.kind ?? 'builtin', model: info?.model ?? 'regelbasert' };
    },
    async setSpeech(next) {
      const previous = loaded;
      loaded = next;
      transcribeWav = next?.transcribeWav;
      transcribeWavStream = next?.transcribeWavStream;
      createSession = next?.createLiveSession;
      speechInfo =
        next === undefined
          ? { engine: 'none', model: null }
          : { engine: next.engine, model: next.model };
      await previous?.dispose();
    },
    setDrafter(next) {
      drafter = next;
    },
  };
}
