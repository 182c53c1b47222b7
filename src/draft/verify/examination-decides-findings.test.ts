import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// Review r37c A1: a findings denial was once taken to agree with "today's examination" whenever a
// clinician denied the finding anywhere; that let wrong denials pass («Du hadde ikke hoste i fjor»,
// a denial about another site). Reverted: the patient's own positive mention still conflicts.
describe('a findings denial against what the patient said', () => {
  it('flags «Ingen hoste» when the clinician only denied it for last year', () => {
    const visit = indexOf([
      ['pasient', 'Jeg har hatt hoste i tre uker.'],
      ['lege', 'Du hadde ikke hoste i fjor.'],
    ]);
    expect(shownFlags('Ingen hoste.', visit, 'funn')).toContain('error:negation-conflict');
  });

  it('still flags a denial the examination contradicts', () => {
    const oedema = indexOf([
      ['sykepleier', 'Beina er mer hovne.'],
      ['lege', 'Det er pitting ødem til knærne på begge sider.'],
    ]);
    expect(shownFlags('Ingen ødemer.', oedema, 'funn')).toContain('error:negation-conflict');
  });
});

describe('a Swedish "nu … inte längre" limits a denial to now', () => {
  it('does not call "Feber de første dagene, nå afebril" a negation conflict', () => {
    const visit = indexOf([
      ['lege', 'Har du hatt feber?'],
      ['pasient', 'Ja, första dagarna. Nu har jag inte feber längre.'],
    ]);
    // ("första" is no Norwegian ordinal, so only the number may be questioned.)
    expect(shownFlags('Feber de første dagene, nå afebril.', visit, 'anamnese')).not.toContain(
      'error:negation-conflict',
    );
  });
});
