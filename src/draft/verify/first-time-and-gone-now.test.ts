import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

// Issue 11, false flags on correct sentences: a "nei" that denies earlier episodes ("Nei, dette er
// første gang") or denies a finding only for now ("men nå er hun feberfri") does not contradict a
// note that says so itself (dev cases v10, v275, v322, v104, v648; new cases v658–v661).
describe('a first episode against a "nei" to earlier episodes', () => {
  const visit = indexOf([
    ['pårørende', 'Hun klager over vondt i venstre øre siden i morges.'],
    ['lege', 'Har hun hatt ørebetennelse før?'],
    ['pårørende', 'Nei, dette er første gang.'],
    ['lege', 'Venstre trommehinne er rød og buker ut.'],
  ]);

  it('accepts "Første episode med ørebetennelse."', () => {
    expect(shownFlags('Første episode med ørebetennelse.', visit, 'anamnese')).toEqual([]);
  });

  it('still flags "Tidligere ørebetennelser." against that answer', () => {
    expect(shownFlags('Tidligere hatt flere ørebetennelser.', visit, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('accepts "Første otitt." and the diagnosis where the question asked about "mange"', () => {
    const many = indexOf([
      ['pårørende', 'Han har hatt vondt i høyre øre i natt og tar seg til øret.'],
      ['lege', 'Har han hatt mange ørebetennelser?'],
      ['pårørende', 'Nei, dette er første gangen.'],
      ['lege', 'Høyre trommehinne er rød og bukende.'],
    ]);
    expect(shownFlags('Første otitt.', many, 'anamnese')).toEqual([]);
    expect(shownFlags('Akutt otitis media høyre.', many, 'vurdering')).toEqual([]);
  });

  it('still flags a first episode where the diagnosis itself was denied', () => {
    const denied = indexOf([
      ['pårørende', 'Hun har vondt i høyre øre siden i går.'],
      ['lege', 'Tror du hun har ørebetennelse nå?'],
      ['pårørende', 'Nei.'],
    ]);
    expect(shownFlags('Første episode med ørebetennelse.', denied, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });
});

describe('a finding said before and denied only for now', () => {
  const answered = indexOf([
    ['lege', 'Har gutten hatt feber?'],
    ['pårørende', 'Ja, 38,9 i forgårs. I dag har han ikke feber.'],
  ]);

  it('accepts "Feber 38,9 i forgårs, afebril i dag."', () => {
    expect(shownFlags('Feber 38,9 i forgårs, afebril i dag.', answered, 'anamnese')).toEqual([]);
  });

  it('still flags fever written as present today', () => {
    expect(
      shownFlags('Feber 38,9 i forgårs, fortsatt feber i dag.', answered, 'anamnese'),
    ).toContain('error:negation-conflict');
    expect(shownFlags('Fortsatt febril.', answered, 'anamnese')).toContain(
      'error:negation-conflict',
    );
  });

  it('accepts "feber de to første dagene, nå feberfri" told in one breath', () => {
    const told = indexOf([
      [
        'pårørende',
        'Han har hostet i en uke, mest om kvelden. Han hadde feber de to første dagene, men nå er han feberfri.',
      ],
    ]);
    expect(
      shownFlags('Hoste i en uke, feber de to første dagene, nå feberfri.', told, 'anamnese'),
    ).toEqual([]);
    // A bare "Febril." places the fever nowhere before now: today's "feberfri" contradicts it.
    expect(shownFlags('Febril.', told, 'anamnese')).toContain('error:negation-conflict');
  });

  it("still flags an examination finding the clinician's own examination denied today", () => {
    const examined = indexOf([
      ['lege', 'Piper det i brystet?'],
      ['pasient', 'Ja, om natta.'],
      ['lege', 'Lungene er fine i dag, ingen pipelyder.'],
    ]);
    expect(shownFlags('Pipelyder over begge lunger.', examined, 'funn')).toContain(
      'error:negation-conflict',
    );
  });
});

describe('a "nå" denial against advice or a general statement (review of s36)', () => {
  it("still flags yesterday's fever when only the safety-net advice names it", () => {
    const advised = indexOf([
      ['lege', 'Har du feber nå?'],
      ['pasient', 'Nei, ikke nå.'],
      ['lege', 'Ring hvis du får feber.'],
    ]);
    expect(shownFlags('Feber i går.', advised, 'anamnese')).toContain('error:negation-conflict');
  });

  it('still flags it when only people in general are said to get it', () => {
    const general = indexOf([
      ['lege', 'Har du feber nå?'],
      ['pasient', 'Nei, ikke nå.'],
      ['lege', 'Mange får feber av denne vaksinen.'],
    ]);
    expect(shownFlags('Feber i går.', general, 'anamnese')).toContain('error:negation-conflict');
  });
});
