/*
 * Session 25, review of the drafter rules added this session: a denied or weighed urgency is no
 * Hastegrad, the reason for a drug decision stays, and a dialect «fota» (often the feet) is not
 * made singular — each on fresh synthetic text (not the shared cases, not the eval cases).
 */
import { describe, expect, it } from 'vitest';

import { urgencyInReferral } from './analyze-conversation.js';
import {
  allText,
  draftJournalNote as draft,
  sectionText as section,
} from './testing/draft-lines.js';

describe('a denied or weighed urgency in the referral sentence', () => {
  it('writes «ikke noe som haster» and «ingenting som haster» as «Haster ikke.»', () => {
    expect(urgencyInReferral('Henvises til ortoped, ikke noe som haster.')).toBe('Haster ikke.');
    expect(urgencyInReferral('Henvises til ortoped, ingenting som haster.')).toBe('Haster ikke.');
    expect(urgencyInReferral('Tilvises til ortoped, ikkje noko som hastar.')).toBe('Haster ikke.');
  });

  it('writes a nynorsk «det hastar ikkje» as «Haster ikke.»', () => {
    expect(urgencyInReferral('Tilvises til ortoped, det hastar ikkje.')).toBe('Haster ikke.');
  });

  it('reads no Pakkeforløp out of «ikke i pakkeforløp» or «vurder om pakkeforløp er aktuelt»', () => {
    expect(urgencyInReferral('Henvises til gastrokirurg, ikke i pakkeforløp.')).toBeUndefined();
    expect(
      urgencyInReferral('Henvises til gastrokirurg, vurder om pakkeforløp er aktuelt.'),
    ).toBeUndefined();
    expect(
      urgencyInReferral('Henvises til gastrokirurg, ikke i pakkeforløp, men time innen 4 uker.'),
    ).toBe('Innen 4 uker.');
  });

  it('still reads the urgency a referral sentence does state', () => {
    expect(urgencyInReferral('Henvises til ortoped, det haster.')).toBe('Haster.');
    expect(urgencyInReferral('Henvises til ortoped, haster ikke.')).toBe('Haster ikke.');
    expect(
      urgencyInReferral('Henvises i pakkeforløp for lungekreft til lungeavdelingen, med CT.'),
    ).toBe('Pakkeforløp for lungekreft.');
    expect(urgencyInReferral('Henvises til urolog for vurdering i pakkeforløp.')).toBe(
      'Pakkeforløp.',
    );
  });
});

describe('the reason for a drug decision', () => {
  it('keeps «så du ikke får diaré» after «Reduserer Metformin til det halve»', async () => {
    const output = await draft([
      ['lege', 'Hvordan går det med magen?'],
      ['pasient', 'Jeg har hatt løs mage siden jeg begynte med tablettene.'],
      ['lege', 'Magen er myk og uøm.'],
      ['lege', 'Jeg reduserer Metformin til det halve så du ikke får diaré.'],
    ]);
    const plan = section(output, 'tiltak');
    expect(plan).toMatch(/Metformin til det halve/u);
    expect(plan).toMatch(/ikke får diaré/u);
  });
});

describe('«fota» as said', () => {
  it('does not write «begge fota» as the singular «foten»', async () => {
    const output = await draft([
      ['lege', 'Kva er det som plagar deg?'],
      ['pasient', 'Eg har hovne fota, begge fota, i to veker.'],
    ]);
    const note = allText(output);
    expect(note).toMatch(/fota/u);
    expect(note).not.toMatch(/foten/u);
  });
});
