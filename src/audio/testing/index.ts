export {
  checkSpeechTools,
  synthesizeSpeech,
  generateTone,
  convertAudio,
} from './synthesize-speech.js';
export type {
  SpeechToolsStatus,
  WavOutputFormat,
  SynthesisPart,
  SynthesizedUtterance,
  SynthesizedSpeech,
} from './synthesize-speech.js';
export { tonePowerDb, zeroCrossingFrequency, rmsDb, sineTone } from './measure-audio.js';
