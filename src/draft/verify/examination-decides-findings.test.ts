import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe("a findings sentence agrees with today's examination, not with an earlier episode", () => {
  const visit = indexOf([
    ['lege', 'Har du hovne ledd nå?'],
    [
      'pasient',
      'Nei, ikkje no. Men høyre kne var hovent for to uka sia, det gikk over av sæ sjøl.',
    ],
    ['lege', 'Jeg undersøker leddene. Knærne er uten hevelse.'],
  ]);

  it('leaves "Knær uten hevelse" in the findings alone', () => {
    expect(shownFlags('Knær uten hevelse.', visit, 'funn')).toEqual([]);
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
