import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asRawText, InvalidInputError } from '../core/index.js';
import type { Speaker, Transcript } from '../core/index.js';
import { labelSpeakers, relabelSegment, speakersFromChannels } from './label-speakers.js';
import { getSharedConsultationsDirectory } from '../testing/shared-data.js';

const casesDirectory = getSharedConsultationsDirectory();

function loadCases(): { name: string; segments: { speaker: Speaker; text: string }[] }[] {
  return readdirSync(casesDirectory)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({
      name: file,
      segments: (
        JSON.parse(readFileSync(join(casesDirectory, file), 'utf8')) as {
          segments: { speaker: Speaker; text: string }[];
        }
      ).segments,
    }));
}

describe('labelSpeakers', () => {
  it('recognises the clinician and the patient in the synthetic consultations d01–d06', () => {
    let total = 0;
    let correct = 0;
    let clinicianOrPatient = 0;
    let clinicianOrPatientCorrect = 0;
    for (const consultation of loadCases()) {
      const labelled = labelSpeakers(
        consultation.segments.map((segment) => ({ text: segment.text })),
      );
      consultation.segments.forEach((segment, index) => {
        const right = labelled[index]?.speaker === segment.speaker;
        total++;
        if (right) correct++;
        if (segment.speaker === 'lege' || segment.speaker === 'pasient') {
          clinicianOrPatient++;
          if (right) clinicianOrPatientCorrect++;
        }
      });
    }
    expect(total).toBeGreaterThan(250);
    // Measured 0.80 overall and 0.92 for lege/pasient; nurses are never guessed.
    expect(correct / total).toBeGreaterThan(0.77);
    expect(clinicianOrPatientCorrect / clinicianOrPatient).toBeGreaterThan(0.88);
  });

  it('labels a question as the clinician and a complaint as the patient', () => {
    const labelled = labelSpeakers([
      { text: 'Hva kan jeg hjelpe deg med i dag?' },
      { text: 'Jeg har hatt vondt i ryggen siden lørdag.' },
      { text: 'Kjenner du det når du bøyer deg?' },
      { text: 'Ja, veldig.' },
    ]);
    expect(labelled.map((segment) => segment.speaker)).toEqual([
      'lege',
      'pasient',
      'lege',
      'pasient',
    ]);
  });

  it('recognises a relative who speaks about the patient', () => {
    const labelled = labelSpeakers([
      { text: 'Hvordan har han hatt det i natt?' },
      {
        text: 'Mannen min har vært veldig urolig, han sov nesten ikke, og han klager på at det verker.',
      },
    ]);
    expect(labelled[1]?.speaker).toBe('pårørende');
  });

  it('keeps labels that are already known and decides only the unknown ones', () => {
    const labelled = labelSpeakers([
      { text: 'Har du feber?', speaker: 'pasient' as const },
      { text: 'Ja, litt.', speaker: 'ukjent' as const },
      { text: 'Jeg har målt trettiåtte.', speaker: 'sykepleier' as const },
    ]);
    expect(labelled.map((segment) => segment.speaker)).toEqual([
      'pasient',
      'pasient',
      'sykepleier',
    ]);
    expect(labelSpeakers([])).toEqual([]);
  });
});

describe('speakersFromChannels', () => {
  it('names the speaker whose microphone is clearly loudest, and leaves ties undecided', () => {
    const loud = new Float32Array(32000).fill(0.3);
    const quiet = new Float32Array(32000).fill(0.01);
    const left = new Float32Array(64000);
    left.set(loud, 0);
    left.set(loud, 32000);
    const right = new Float32Array(64000);
    right.set(quiet, 0);
    right.set(loud, 32000);
    const labels = speakersFromChannels(
      [
        { start: 0, end: 2 },
        { start: 2, end: 4 },
      ],
      [left, right],
      ['lege', 'pasient'],
    );
    expect(labels).toEqual(['lege', undefined]);
  });
});

describe('relabelSegment', () => {
  const transcript: Transcript = {
    segments: [
      { speaker: 'lege', text: asRawText('Hei.'), start: 0, end: 1 },
      { speaker: 'lege', text: asRawText('Hei, jeg har vondt.'), start: 1, end: 3 },
    ],
  };

  it('changes one label and returns a new transcript', () => {
    const corrected = relabelSegment(transcript, 1, 'pasient');
    expect(corrected.segments.map((segment) => segment.speaker)).toEqual(['lege', 'pasient']);
    expect(corrected.segments[1]?.text).toBe('Hei, jeg har vondt.');
    expect(transcript.segments[1]?.speaker).toBe('lege');
  });

  it('refuses an index outside the transcript and an unknown speaker', () => {
    expect(() => relabelSegment(transcript, 2, 'pasient')).toThrow(InvalidInputError);
    expect(() => relabelSegment(transcript, -1, 'pasient')).toThrow(InvalidInputError);
    expect(() => relabelSegment(transcript, 0.5, 'pasient')).toThrow(InvalidInputError);
    expect(() => relabelSegment(transcript, 0, 'doktor' as Speaker)).toThrow(InvalidInputError);
  });
});
