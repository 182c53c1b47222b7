/**
 * Who came with the patient (issue 11): a note that names a companion the conversation did not
 * place in the room ("Mor er med" when the grandmother came) is flagged; the companion who did
 * come, and relatives only talked about, are not.
 */
import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('the companion a note names', () => {
  const grandmother = indexOf([
    ['lege', 'Hei, og du er farmora til Ingrid?'],
    ['pårørende', 'Ja. Mor er på kurs denne veka, så eg tok henne med.'],
    ['pårørende', 'Ho har hatt vondt i magen sidan laurdag.'],
  ]);

  it('flags a mother written as present when the grandmother came', () => {
    expect(shownFlags('Mor er med.', grandmother, 'anamnese')).toContain('error:person-conflict');
  });

  it("flags the mother's side when the father's mother came", () => {
    expect(shownFlags('Kommer sammen med mormor.', grandmother, 'anamnese')).toContain(
      'error:person-conflict',
    );
  });

  it('accepts the grandmother who came, by any of her names', () => {
    expect(shownFlags('Farmor er med.', grandmother, 'anamnese')).toEqual([]);
    expect(shownFlags('Bestemor er med.', grandmother, 'anamnese')).toEqual([]);
  });

  const interpreter = indexOf([
    ['lege', 'Tolken oversetter det jeg sier.'],
    ['pasient', 'Han sier at kona hans har sukkersyke, og at han selv er tørst om natta.'],
  ]);

  it('flags a wife written as present when only an interpreter sat in', () => {
    expect(shownFlags('Kona er med.', interpreter, 'anamnese')).toContain('error:person-conflict');
  });

  it('accepts the interpreter', () => {
    expect(shownFlags('Tolk til stede.', interpreter, 'anamnese')).toEqual([]);
  });

  const partner = indexOf([
    ['pasient', 'Sambuaren min vart med i dag, for eg hugsar så dårleg.'],
    ['pasient', 'Eg har vore gløymsk i eit halvt år.'],
  ]);

  it('accepts a partner by another partner word', () => {
    expect(shownFlags('Kona er med.', partner, 'anamnese')).toEqual([]);
  });

  it('flags a daughter when a partner came', () => {
    expect(shownFlags('Datter er med.', partner, 'anamnese')).toContain('error:person-conflict');
  });

  const nobodyNamed = indexOf([
    ['pårørende', 'Han har hosta i to veker.'],
    ['pasient', 'Og eg har feber.'],
  ]);

  it('leaves a companion alone when the conversation never says who came', () => {
    expect(shownFlags('Mor er med.', nobodyNamed, 'anamnese')).toEqual([]);
  });
});
