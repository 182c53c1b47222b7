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

// "Blir du tungpusten i hvile?" "Nei, bare når jeg går i trapper": the no denies the complaint
// only under the condition asked about; under the condition the patient names it is there.
describe('a question under one condition answered «nei, bare når …» another', () => {
  const restBreath = asked('Blir du tungpusten i hvile?', 'Nei, bare når jeg går i trapper.');

  it('leaves the complaint under the other condition unflagged', () => {
    expect(shownFlags('Dyspné ved anstrengelse.', restBreath, 'anamnese')).not.toContain(conflict);
    expect(shownFlags('Tungpust ved anstrengelse.', restBreath, 'anamnese')).not.toContain(
      conflict,
    );
    expect(shownFlags('Dyspné.', restBreath, 'anamnese')).not.toContain(conflict);
  });

  it('flags the complaint under the very condition denied', () => {
    expect(shownFlags('Dyspné i hvile.', restBreath, 'anamnese')).toContain(conflict);
    expect(shownFlags('Dyspné i ro.', restBreath, 'anamnese')).toContain(conflict);
  });

  it('flags a plain denial of a complaint said under another condition', () => {
    expect(shownFlags('Ingen dyspné.', restBreath, 'anamnese')).toContain(conflict);
    expect(shownFlags('Ingen dyspné i hvile.', restBreath, 'anamnese')).not.toContain(conflict);
  });

  it('reads a «når»-condition in nynorsk the same way', () => {
    const chest = asked(
      'Får du vondt i brystet når du går i bakkar?',
      'Nei, berre når eg ligg på sida om kvelden.',
    );
    expect(shownFlags('Brystsmerter i liggende stilling.', chest, 'anamnese')).not.toContain(
      conflict,
    );
    expect(shownFlags('Brystsmerter ved gange i bakker.', chest, 'anamnese')).toContain(conflict);
  });

  it('keeps a plain no a denial under every condition', () => {
    const plain = asked('Blir du tungpusten i hvile?', 'Nei.');
    expect(shownFlags('Dyspné i hvile.', plain, 'anamnese')).toContain(conflict);
    const noAtAll = asked('Er du tungpusten?', 'Nei, ikke i det hele tatt.');
    expect(shownFlags('Dyspné ved anstrengelse.', noAtAll, 'anamnese')).toContain(conflict);
  });
});
