import { describe, expect, it } from 'vitest';
import { indexOf, shownFlags } from './testing/shown-flags.js';

describe('a dose changed during the consultation', () => {
  const visit = indexOf([
    ['lege', 'Hvilke medisiner bruker du nå?'],
    ['pasient', 'Jeg tar Ramipril fem milligram om morgenen og Metformin fem hundre milligram.'],
    ['lege', 'Blodtrykket er for høyt.'],
    ['lege', 'Vi øker Ramipril til ti milligram om morgenen.'],
  ]);

  it('accepts the new dose as the target of the change', () => {
    expect(shownFlags('Ramipril økes til 10 mg om morgenen.', visit, 'tiltak')).toEqual([]);
  });

  it('accepts the new dose in the plan written without «til»', () => {
    expect(shownFlags('Ramipril 10 mg om morgenen fra nå.', visit, 'tiltak')).toEqual([]);
  });

  it('flags the old dose written as the target of the change', () => {
    expect(shownFlags('Ramipril økes til 5 mg om morgenen.', visit, 'tiltak')).toContain(
      'error:number-conflict',
    );
  });

  it('flags a target never said', () => {
    expect(shownFlags('Ramipril økes til 20 mg om morgenen.', visit, 'tiltak')).toContain(
      'error:number-conflict',
    );
  });

  it('keeps the dose used before the change in the history', () => {
    expect(shownFlags('Bruker Ramipril 5 mg om morgenen.', visit, 'anamnese')).toEqual([]);
  });
});

describe('a dose the doctor raised, written as the dose used before the visit', () => {
  const visit = indexOf([
    ['lege', 'Hva står du på av faste medisiner?'],
    ['pasient', 'Losartan femti milligram hver kveld, det er det eneste.'],
    ['lege', 'Trykket ligger fortsatt høyt, så vi øker losartan til hundre milligram.'],
    ['pasient', 'Greit, da tar jeg det fra i morgen.'],
  ]);

  it('flags the new dose written as the one already in use in the history', () => {
    expect(shownFlags('Står på losartan 100 mg om kvelden.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
  });

  it('keeps the raise the doctor decided in the plan', () => {
    expect(shownFlags('Vi øker losartan til 100 mg.', visit, 'tiltak')).toEqual([]);
  });

  it('keeps the dose used before the visit in the history', () => {
    expect(shownFlags('Står på losartan 50 mg om kvelden.', visit, 'anamnese')).toEqual([]);
  });

  it('keeps a dose the patient says was raised before the visit', () => {
    const earlier = indexOf([
      ['lege', 'Hva står du på av faste medisiner?'],
      [
        'pasient',
        'Fastlegen økte losartan til hundre milligram i vår. Før det tok jeg femti milligram.',
      ],
      ['lege', 'Da fortsetter vi med det.'],
    ]);
    expect(shownFlags('Står på losartan 100 mg.', earlier, 'anamnese')).toEqual([]);
  });
});

describe('a dose the doctor raised in a sentence that also names another drug', () => {
  const visit = indexOf([
    ['lege', 'Hvilke tabletter tar du nå?'],
    ['pasient', 'Lerkanidipin ti milligram om morgenen. Og så Paracet av og til.'],
    [
      'lege',
      'Vi øker lerkanidipin til tjue milligram en gang daglig, og du kan fortsette med Paracet.',
    ],
  ]);

  it('flags the new dose written as the one already in use in the history', () => {
    expect(shownFlags('Tar lerkanidipin 20 mg om morgenen.', visit, 'anamnese')).toContain(
      'error:number-conflict',
    );
  });

  it('keeps the raise in the plan', () => {
    expect(shownFlags('Lerkanidipin økes til 20 mg x 1.', visit, 'tiltak')).toEqual([]);
  });

  it('keeps the dose in use in the history', () => {
    expect(shownFlags('Tar lerkanidipin 10 mg om morgenen.', visit, 'anamnese')).toEqual([]);
  });
});
