import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

const conflict = 'error:negation-conflict';

/** A visit of one question by the doctor and the patient's answer. */
function asked(question: string, answer: string): ReturnType<typeof indexOf> {
  return indexOf([
    ['lege', question],
    ['pasient', answer],
  ]);
}

// A note writes one word for a joint's complaint the patient said in parts ("kneet svikter").
describe('knee and shoulder complaints written as one word', () => {
  it('supports «knesvikt» by «kneet svikter» and flags the flip', () => {
    const gives = asked('Svikter kneet noen gang?', 'Ja, kneet svikter når jeg går ned bakker.');
    const holds = asked('Svikter kneet noen gang?', 'Nei, det har aldri skjedd.');
    expect(shownFlags('Knesvikt i nedoverbakke.', gives, 'anamnese')).toEqual([]);
    expect(shownFlags('Ingen knesvikt.', gives, 'anamnese')).toContain(conflict);
    expect(shownFlags('Knesvikt.', holds, 'anamnese')).toContain(conflict);
    expect(shownFlags('Ingen knesvikt.', holds, 'anamnese')).toEqual([]);
  });

  it('leaves «knesmerter» and «skuldersmerter» for pain said in parts unflagged', () => {
    const kneeAche = asked('Verker det i kneet ditt?', 'Ja, jeg har vondt i kneet når jeg sykler.');
    expect(shownFlags('Knesmerter ved sykling.', kneeAche, 'anamnese')).toEqual([]);
    const shoulder = asked('Hvor er det vondt?', 'Jeg har vondt i skulderen når jeg løfter armen.');
    expect(shownFlags('Skuldersmerter ved løft av armen.', shoulder, 'anamnese')).toEqual([]);
  });

  it('does not read pain of the hip beside an unhurt knee as knee pain', () => {
    const hip = asked('Hvor sitter smertene?', 'Det er smerter i hofta, ikke i kneet.');
    expect(shownFlags('Smerter i hoften, ikke i kneet.', hip, 'anamnese')).not.toContain(conflict);
  });
});
