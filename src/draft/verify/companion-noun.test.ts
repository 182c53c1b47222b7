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

  // Session 35 review: a clinician's guess the reply corrects, a companion of another day and a
  // mother of three are no companion in the room.
  const corrected = indexOf([
    ['lege', 'Hei, og du er mora hans?'],
    ['pårørende', 'Nei, jeg er mormoren hans.'],
    ['pårørende', 'Han har hatt feber siden i går.'],
  ]);

  it('reads the reply, not the clinician’s guess, when the reply says no', () => {
    expect(shownFlags('Mor er med.', corrected, 'anamnese')).toContain('error:person-conflict');
    expect(shownFlags('Mormor er med.', corrected, 'anamnese')).toEqual([]);
  });

  it('reads a guess the reply corrects without a no the same way', () => {
    const renamed = indexOf([
      ['lege', 'Du er faren hennes?'],
      ['pårørende', 'Jeg er morfaren, faren er på jobb.'],
    ]);
    expect(shownFlags('Far er med.', renamed, 'anamnese')).toContain('error:person-conflict');
  });

  it('keeps a companion of another day out of the room', () => {
    const earlier = indexOf([
      ['pasient', 'Kona var med da jeg falt på hytta.'],
      ['pasient', 'Nå har jeg vondt i hofta.'],
    ]);
    expect(shownFlags('Datter er med.', earlier, 'anamnese')).toEqual([]);
    const today = indexOf([
      ['pasient', 'Kona ble med i dag, hun husker bedre enn meg.'],
      ['pasient', 'Jeg har vondt i hofta.'],
    ]);
    expect(shownFlags('Datter er med.', today, 'anamnese')).toContain('error:person-conflict');
    const seated = indexOf([['pasient', 'Sønnen min sitter her og hører på.']]);
    expect(shownFlags('Datter er med.', seated, 'anamnese')).toContain('error:person-conflict');
  });

  it('reads «mor til tre» as how many children, not who came', () => {
    const mother = indexOf([
      ['ukjent', 'Jeg er mor til tre, så jeg har lite tid til å hvile.'],
      ['ukjent', 'Jeg har vondt i ryggen.'],
    ]);
    expect(shownFlags('Mannen er med.', mother, 'anamnese')).toEqual([]);
    const mother2 = indexOf([['ukjent', 'Jeg er far til 2 små barn.']]);
    expect(shownFlags('Kona er med.', mother2, 'anamnese')).toEqual([]);
  });
});
