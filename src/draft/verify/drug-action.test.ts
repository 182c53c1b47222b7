import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a drug the note stops or keeps', () => {
  const visit = indexOf([
    ['lege', 'Hvilke medisiner bruker du?'],
    [
      'pårørende',
      'Hun bruker Amlodipin 10 milligram og Furix 20 milligram om morgenen, og så begynte hun på Enalapril for tre uker siden.',
    ],
    ['lege', 'Vi slutter med Enalapril og halverer Amlodipin til 5 milligram.'],
    ['lege', 'Furix fortsetter du med som før.'],
  ]);

  it('is flagged when the note keeps a drug the clinician stopped', () => {
    expect(shownFlags('Enalapril fortsetter.', visit, 'tiltak')).toContain(
      'error:negation-conflict',
    );
  });

  it('is flagged when the note stops a drug the clinician kept', () => {
    expect(shownFlags('Furix seponeres.', visit, 'tiltak')).toContain('error:negation-conflict');
  });

  it('is not flagged when the note says what was said', () => {
    expect(shownFlags('Enalapril seponeres.', visit, 'tiltak')).toEqual([]);
    expect(shownFlags('Furix fortsetter uendret.', visit, 'tiltak')).toEqual([]);
  });

  it('reads "ikke slutte" as keeping the drug', () => {
    const kept = indexOf([
      ['pasient', 'Jeg bruker Eliquis to ganger daglig.'],
      ['lege', 'Du skal ikke slutte med Eliquis før operasjonen.'],
    ]);
    expect(shownFlags('Eliquis seponeres.', kept, 'tiltak')).toContain('error:negation-conflict');
    expect(shownFlags('Eliquis fortsetter.', kept, 'tiltak')).toEqual([]);
  });

  it('does not read a drug started in the conversation as contradicting a later stop', () => {
    const started = indexOf([['lege', 'Vi starter med Prednisolon 40 milligram i dag.']]);
    expect(shownFlags('Prednisolon seponeres etter fem dager.', started, 'tiltak')).not.toContain(
      'error:negation-conflict',
    );
  });
});

describe('a drug the clinician weighed and turned down', () => {
  const visit = indexOf([
    ['lege', 'Vi fortsetter med penicillin intravenøst i dag.'],
    ['lege', 'Vi vurderte å gi Klacid i tillegg, men det trengs ikke når hun blir bedre.'],
  ]);

  it('is flagged when the note writes it as started', () => {
    expect(shownFlags('Klacid startet i tillegg til penicillin.', visit, 'tiltak')).toContain(
      'error:negation-conflict',
    );
  });

  it('is not flagged when the note says it was weighed or left out', () => {
    expect(
      shownFlags('Klacid vurdert, ikke indisert ved klinisk bedring.', visit, 'tiltak'),
    ).toEqual([]);
  });
});
