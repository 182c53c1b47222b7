import { describe, expect, it } from 'vitest';
import { unsafeAsPseudonymized, type Speaker } from '../../core/index.js';
import { checkSentence } from './check-sentence.js';
import { createTranscriptIndex } from './transcript-index.js';

function indexOf(segments: readonly (readonly [Speaker, string])[]) {
  return createTranscriptIndex({
    segments: segments.map(([speaker, text]) => ({ speaker, text: unsafeAsPseudonymized(text) })),
  });
}

function errors(text: string, index: ReturnType<typeof indexOf>, section: string): string[] {
  return checkSentence(text, index, { section })
    .flags.filter((flag) => flag.severity === 'error')
    .map((flag) => flag.message);
}

const pyelonephritis = indexOf([
  ['lege', 'Ho vart lagd inn med feber og vondt i venstre flanke, og urinen viste E. coli.'],
  ['lege', 'Ho var feberfri frå dag to. Ho har ikkje hatt nyrebekkenbetennelse før.'],
]);
const stroke = indexOf([
  ['pårørende', 'Far fekk plutselig problem med å snakk, og høyre arm vart slapp.'],
  ['lege', 'Han har ikke hatt hjerneslag før, sier du.'],
]);
const ruledOut = indexOf([
  ['pasient', 'Det svir når jeg tisser.'],
  ['lege', 'Du har ikke nyrebekkenbetennelse, det er en vanlig blærekatarr.'],
]);

describe("today's diagnosis beside a denied history", () => {
  it('leaves "Akutt pyelonefritt" after "ikkje hatt nyrebekkenbetennelse før" unflagged', () => {
    expect(errors('Akutt pyelonefritt.', pyelonephritis, 'diagnoser')).toEqual([]);
  });

  it('leaves "Hjerneslag" after "Han har ikke hatt hjerneslag før" unflagged', () => {
    expect(errors('Hjerneslag.', stroke, 'diagnoser')).toEqual([]);
  });

  it('still flags the history written as had ("Tidligere pyelonefritt")', () => {
    expect(errors('Tidligere pyelonefritt.', pyelonephritis, 'forlop')).not.toEqual([]);
  });

  it('still flags a diagnosis the clinician ruled out today', () => {
    expect(errors('Akutt pyelonefritt.', ruledOut, 'vurdering').join(' ')).toContain('avkreftet');
  });
});

const cough = indexOf([
  ['pårørende', 'Han hostet mye før, men nå hoster han ikke lenger om natten.'],
  ['lege', 'Bruker han Flutide hver dag?'],
  ['pårørende', 'Ja, morgen og kveld.'],
]);
const stillCoughing = indexOf([
  ['pårørende', 'Han hoster mye om natten, det har ikke blitt bedre.'],
]);

describe('a finding written as ended ("ikke lenger") that was said to have ended', () => {
  it('leaves "Hoster ikke lenger om natten" unflagged', () => {
    expect(errors('Hoster ikke lenger om natten.', cough, 'anamnese')).toEqual([]);
  });

  it('still flags "Hoster ikke lenger" where the cough was said to go on', () => {
    expect(errors('Hoster ikke lenger om natten.', stillCoughing, 'anamnese')).not.toEqual([]);
  });
});
