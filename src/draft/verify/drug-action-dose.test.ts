import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a dose the note moves the other way than the conversation did', () => {
  const kept = indexOf([
    ['pasient', 'Eg tek Metformin 500 morgon og kveld, og Lisinopril 10 om morgonen.'],
    ['lege', 'Sukkeret er greitt. Vi aukar ikkje medisinane no, vi ser an til neste gong.'],
  ]);
  const lowered = indexOf([
    ['pasient', 'Eg har vore så svimmel sidan eg byrja med Amlodipin.'],
    ['lege', 'Då reduserer vi Amlodipin til 5 milligram.'],
  ]);

  it('is flagged when the note raises a dose the clinician kept or lowered', () => {
    expect(shownFlags('Øker Metformin.', kept, 'tiltak')).toContain('error:negation-conflict');
    expect(shownFlags('Amlodipin økes til 10 mg.', lowered, 'tiltak')).toContain(
      'error:negation-conflict',
    );
  });

  it('leaves a note alone that keeps or lowers the dose as said', () => {
    expect(shownFlags('Øker ikke Metformin nå.', kept, 'tiltak')).not.toContain(
      'error:negation-conflict',
    );
    expect(shownFlags('Amlodipin reduseres til 5 mg.', lowered, 'tiltak')).not.toContain(
      'error:negation-conflict',
    );
  });
});
