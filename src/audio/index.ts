export { decodeWav, defaultAudioLimits } from './decode-wav.js';
export { WavStreamDecoder, toMono16kBlocks } from './wav-stream-decoder.js';
export type { AudioLimits, DecodedAudio, WavFormat } from './decode-wav.js';
export {
  resample,
  StreamingResampler,
  mixToMono,
  toMono16k,
  toChannels16k,
  transcriberSampleRate,
} from './resample.js';
export { detectSpeech, SpeechSegmenter } from './speech-segmenter.js';
export type { SpeechRegion, SpeechDetectionOptions } from './speech-segmenter.js';
export { pcm16ToFloat, pcm16ToInt16, floatToInt16, floatToPcm16 } from './pcm16.js';
export { encodeWav } from './encode-wav.js';
