import { describe, expect, it } from 'vitest';
import { unsafeAsPseudonymized, type Speaker } from '../../core/index.js';
import { checkSentence } from './check-sentence.js';
import { createTranscriptIndex } from './transcript-index.js';

function indexOf(segments: readonly (readonly [Speaker, string])[]) {
  return createTranscriptIndex({
    segments: segments.map(([speaker, text]) => ({ speaker, text: unsafeAsPseudonymized(text) })),
  });
}

const shoulder = indexOf([
  ['pasient', 'Jeg har vondt i høyre skulder når jeg løfter armen.'],
  ['pasient', 'Jeg trener styrke tre ganger i uka. Må jeg slutte med det da?'],
  ['lege', 'Nei, du kan trene, men unngå tunge løft over hodet.'],
]);
const nursingHome = indexOf([
  ['sykepleier', 'Hun har ikke spist så godt siste dagene, men hun drikker.'],
  ['lege', 'Er hun svimmel?'],
  ['pasient', 'Nei, jeg er ikke svimmel lenger.'],
]);
const eczema = indexOf([
  ['pårørende', 'Eg e mor te Sofie. Ho klør seg heile tida, særleg om natta.'],
  ['pårørende', 'Broren hennar røyker inne, men ho røyker ikkje.'],
]);

function errors(text: string, index: ReturnType<typeof indexOf>): string[] {
  return checkSentence(text, index, { section: 'anamnese' })
    .flags.filter((flag) => flag.severity === 'error')
    .map((flag) => flag.message);
}

describe('an activity the note denies that the patient or a relative said the patient does', () => {
  it('flags "Trener ikke." after "Jeg trener styrke" and the clinician\'s «nei» to stopping', () => {
    expect(errors('Trener ikke.', shoulder)).toEqual([
      'Setningen sier at pasienten ikke trener, men i samtalen ble det sagt at pasienten gjør det.',
    ]);
  });

  it('reads a nurse ("men hun drikker") and a relative in dialect ("ho klør seg")', () => {
    expect(errors('Drikker ikke.', nursingHome).join(' ')).toContain('ikke drikker');
    expect(errors('Klør ikkje om natta.', eczema).join(' ')).toContain('ikke klør');
  });

  it('leaves the activity as said, and an activity also denied, unflagged', () => {
    expect(errors('Trener styrke tre ganger i uken.', shoulder)).toEqual([]);
    expect(errors('Spiser dårlig, drikker.', nursingHome)).toEqual([]);
    // "ho røyker ikkje": the patient's denial stands beside her brother's smoking.
    expect(errors('Røyker ikkje.', eczema)).toEqual([]);
  });

  it('does not read an auxiliary or a verb nobody said the patient does', () => {
    expect(errors('Er ikke svimmel lenger.', nursingHome)).toEqual([]);
    expect(errors('Spiser ikke.', nursingHome)).toEqual([]);
    expect(errors('Løper ikke.', shoulder)).toEqual([]);
  });
});
