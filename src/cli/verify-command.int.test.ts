import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCliScratch } from './testing/index.js';

const scratch = createCliScratch('referent-verify-');
afterAll(() => {
  scratch.remove();
});

const run = (args: string[]) => scratch.run(args);
const write = (name: string, content: unknown): string => scratch.write(name, content);

// A synthetic consultation written for this test.
const transcript = write('samtale.json', {
  segments: [
    { speaker: 'lege', text: 'Hva gjelder det i dag?' },
    { speaker: 'pasient', text: 'Jeg har hatt vondt i venstre kne i tre uker etter en skitur.' },
    { speaker: 'lege', text: 'Har kneet vært hovent?' },
    { speaker: 'pasient', text: 'Nei.' },
    { speaker: 'pasient', text: 'Faren min har leddgikt, så jeg er litt bekymret.' },
    {
      speaker: 'lege',
      text: 'Du kan ta Naproxen 250 milligram to ganger daglig i en uke, og så kommer du tilbake om to uker.',
    },
  ],
});

interface VerifiedDraft {
  template: string;
  sections: {
    key: string;
    sentences: {
      text: string;
      supported: boolean;
      evidence: { segment: number; start: number; end: number }[];
      flags: { kind: string; severity: string; message: string }[];
    }[];
  }[];
}

describe('referent verify', () => {
  it('keeps the given sentences one for one and flags each wrong claim with its severity', async () => {
    const note = write('notat.json', {
      template: 'journalnotat',
      sections: [
        {
          key: 'anamnese',
          sentences: [
            { text: 'Smerter i venstre kne i tre uker etter skitur.' },
            { text: 'Ikke hevelse.' },
            { text: 'Har leddgikt.' },
          ],
        },
        {
          key: 'tiltak',
          sentences: [
            { text: 'Naproxen 500 mg to ganger daglig i en uke.' },
            { text: 'Kontroll om to uker.' },
          ],
        },
      ],
    });
    const result = await run(['verify', '--input', transcript, '--note', note]);
    expect(result.code, result.stderr).toBe(0);
    const draft = JSON.parse(result.stdout) as VerifiedDraft;
    expect(draft.template).toBe('journalnotat');
    const anamnese = draft.sections.find((section) => section.key === 'anamnese')?.sentences ?? [];
    const tiltak = draft.sections.find((section) => section.key === 'tiltak')?.sentences ?? [];
    expect(anamnese.map((sentence) => sentence.text)).toEqual([
      'Smerter i venstre kne i tre uker etter skitur.',
      'Ikke hevelse.',
      'Har leddgikt.',
    ]);
    expect(anamnese[0]?.supported).toBe(true);
    expect(anamnese[0]?.evidence[0]?.segment).toBe(1);
    expect(anamnese[1]?.flags).toEqual([]);
    // The father's illness written as the patient's, and a doubled dose, are errors.
    expect(anamnese[2]?.flags.map((flag) => [flag.kind, flag.severity])).toContainEqual([
      'person-conflict',
      'error',
    ]);
    expect(tiltak[0]?.supported).toBe(false);
    expect(tiltak[0]?.flags[0]).toMatchObject({ kind: 'number-conflict', severity: 'error' });
    expect(tiltak[0]?.flags[0]?.message).toMatch(/250/);
    expect(tiltak[1]?.supported).toBe(true);
  });

  it('splits a section given as text into sentences', async () => {
    const note = write('tekst.json', {
      sections: [{ key: 'anamnese', text: 'Vondt i venstre kne i tre uker. Ikke hovent.' }],
    });
    const result = await run(['verify', '--input', transcript, '--note', note]);
    expect(result.code, result.stderr).toBe(0);
    const draft = JSON.parse(result.stdout) as VerifiedDraft;
    const anamnese = draft.sections.find((section) => section.key === 'anamnese');
    expect(anamnese?.sentences.map((sentence) => sentence.text)).toEqual([
      'Vondt i venstre kne i tre uker.',
      'Ikke hovent.',
    ]);
  });

  it('answers missing files, malformed JSON and a note for another template with exit 1 and a plain message', async () => {
    const note = write('ok.json', { sections: [{ key: 'funn', text: 'Rolig kne.' }] });
    const missingTranscript = await run([
      'verify',
      '--input',
      join(scratch.path, 'finnes-ikke.json'),
      '--note',
      note,
    ]);
    expect(missingTranscript.code).toBe(1);
    expect(missingTranscript.stderr).toMatch(/cannot read the transcript file/);

    const missingNote = await run([
      'verify',
      '--input',
      transcript,
      '--note',
      join(scratch.path, 'borte.json'),
    ]);
    expect(missingNote.code).toBe(1);
    expect(missingNote.stderr).toMatch(/cannot read the note file/);

    const malformed = await run([
      'verify',
      '--input',
      transcript,
      '--note',
      write('odelagt.json', '{"sections": [ {"key": "funn",'),
    ]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(/not valid JSON/);

    const wrongShape = await run([
      'verify',
      '--input',
      transcript,
      '--note',
      write('feil-form.json', { sections: 'Vondt i kneet.' }),
    ]);
    expect(wrongShape.code).toBe(1);
    expect(wrongShape.stderr).toMatch(/not a note/);

    // An epikrise's sections checked as the default journalnotat.
    const otherTemplate = await run([
      'verify',
      '--input',
      transcript,
      '--note',
      write('epikrise.json', {
        sections: [{ key: 'forlop', text: 'Innlagt med kneskade.' }],
      }),
    ]);
    expect(otherTemplate.code).toBe(1);
    expect(otherTemplate.stderr).toMatch(/not in the journalnotat template \(forlop\)/);

    const unknownTemplate = await run([
      'verify',
      '--input',
      transcript,
      '--note',
      write('resept.json', { template: 'resept', sections: [{ key: 'funn', text: 'x' }] }),
    ]);
    expect(unknownTemplate.code).toBe(1);

    const noNote = await run(['verify', '--input', transcript]);
    expect(noNote.code).toBe(1);
    expect(noNote.stderr).toMatch(/usage: referent verify --input FILE --note NOTE.json/);

    // Nothing of the note or transcript leaks into error messages.
    for (const result of [malformed, wrongShape, otherTemplate])
      expect(result.stderr).not.toMatch(/kne|Innlagt/i);
  });
});
