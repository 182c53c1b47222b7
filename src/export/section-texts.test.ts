import { describe, expect, it } from 'vitest';
import type { ApprovedNote } from '../core/index.js';
import {
  cleanText,
  defaultDisclosureTemplate,
  toSectionTexts,
  toWindows1252Safe,
} from './index.js';
import { loadSharedConsultations, toApprovedNote } from './testing/shared-consultations.js';

const note: ApprovedNote = {
  consultationId: 'c-1',
  template: 'journalnotat',
  sections: [
    { key: 'kontaktarsak', title: 'Kontaktårsak', text: 'Sår hals.  \r\n\r\n\r\n\r\nFeber.\u200b' },
    { key: 'funn', title: 'Funn', text: '   ' },
    { key: 'vurdering', title: 'Vurdering', text: 'CRP\u00a0≥ 50 → antibiotika.' },
  ],
  diagnoses: [{ system: 'ICD-10', code: 'J039', text: 'Akutt tonsillitt' }],
  // 23:30 UTC on 31 December is already 1 January in Oslo.
  approvedAt: '2025-12-31T23:30:00.000Z',
  approvedBy: { userId: 'u-1', username: 'lege', displayName: 'Kari Mæland', hpr: '4518263' },
  engine: { kind: 'openai', model: 'norsk-modell-7b' },
};

describe('toSectionTexts', () => {
  it('gives each section its cleaned text, ready to paste', () => {
    const result = toSectionTexts(note);
    expect(result.sections).toEqual([
      { key: 'kontaktarsak', title: 'Kontaktårsak', text: 'Sår hals.\n\nFeber.' },
      { key: 'funn', title: 'Funn', text: '' },
      { key: 'vurdering', title: 'Vurdering', text: 'CRP ≥ 50 → antibiotika.' },
    ]);
  });

  it('builds the whole note with headings, the diagnosis with its dotted code, and the disclosure last', () => {
    const { fullText } = toSectionTexts(note);
    expect(fullText).toBe(
      [
        'Kontaktårsak\nSår hals.\n\nFeber.',
        'Vurdering\nCRP ≥ 50 → antibiotika.',
        'Diagnose\nJ03.9 Akutt tonsillitt (ICD-10)',
        'Utkast laget med KI-støtte (Referent), kontrollert og godkjent av Kari Mæland 01.01.2026.',
      ].join('\n\n'),
    );
  });

  it('leaves empty sections out of the whole note', () => {
    expect(toSectionTexts(note).fullText).not.toContain('Funn');
  });

  it('dates the disclosure in Norwegian time and names the approver', () => {
    expect(toSectionTexts(note).disclosure).toBe(
      'Utkast laget med KI-støtte (Referent), kontrollert og godkjent av Kari Mæland 01.01.2026.',
    );
    expect(defaultDisclosureTemplate).toContain('{approver}');
  });

  it('takes a clinic-specific disclosure template with time and model', () => {
    const { disclosure, fullText } = toSectionTexts(note, {
      disclosure: 'KI-utkast ({model}), godkjent av {approver} {date} kl. {time}.',
    });
    expect(disclosure).toBe(
      'KI-utkast (norsk-modell-7b), godkjent av Kari Mæland 01.01.2026 kl. 00.30.',
    );
    expect(fullText.endsWith(disclosure)).toBe(true);
  });

  it('drops the disclosure line when turned off', () => {
    const result = toSectionTexts(note, { disclosure: false });
    expect(result.disclosure).toBe('');
    expect(result.fullText).not.toContain('KI-støtte');
  });

  it('replaces characters older EPJ systems cannot store when asked for Windows-1252', () => {
    const result = toSectionTexts(note, { charset: 'windows-1252' });
    expect(result.sections[2]?.text).toBe('CRP >= 50 -> antibiotika.');
    expect(result.fullText).toContain('Kontaktårsak'); // Norwegian letters are kept
  });

  it('writes CRLF line endings when asked', () => {
    const result = toSectionTexts(note, { lineEnding: 'crlf' });
    expect(result.fullText).toContain('Kontaktårsak\r\nSår hals.\r\n\r\nFeber.');
    expect(result.fullText.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('does not repeat the coded diagnoses in an epikrise, which has its own Diagnoser section', () => {
    const d06 = loadSharedConsultations().find(
      (consultation) => consultation.template === 'epikrise',
    );
    if (d06 === undefined) throw new Error('shared epikrise case missing');
    const { fullText, diagnoses } = toSectionTexts(toApprovedNote(d06));
    expect(diagnoses).toEqual([
      'M16.1 Annen primær koksartrose (høyre hofte) (ICD-10)',
      'I10 Essensiell (primær) hypertensjon (ICD-10)',
    ]);
    expect(fullText).toContain('Diagnoser\n');
    expect(fullText).not.toContain('M16.1 Annen primær koksartrose (høyre hofte) (ICD-10)');
  });

  it('keeps every section of every shared reference note word for word', () => {
    for (const consultation of loadSharedConsultations()) {
      const result = toSectionTexts(toApprovedNote(consultation));
      for (const [title, text] of Object.entries(consultation.reference_note.sections)) {
        expect(result.fullText).toContain(`${title}\n${text.trim()}`);
      }
    }
  });
});

describe('cleanText and toWindows1252Safe', () => {
  it('removes control and zero-width characters but keeps line structure', () => {
    expect(cleanText('a\u0007b\u200d\tc \n\n\n\nd')).toBe('ab c\n\nd');
  });

  it('keeps Windows-1252 characters and replaces the rest', () => {
    expect(toWindows1252Safe('æøå ÆØÅ – € ± ° µ')).toBe('æøå ÆØÅ – € ± ° µ');
    expect(toWindows1252Safe('≤ 3 − 1 ✓')).toBe('<= 3 - 1 ?');
  });
});
