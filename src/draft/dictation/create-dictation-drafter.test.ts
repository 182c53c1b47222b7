import { describe, expect, it } from 'vitest';
import { createPseudonymizerCapability } from '../../capabilities.js';
import { draftDocument } from '../../consultations/index.js';
import { asRawText, systemIds, type Speaker } from '../../core/index.js';
import { createBuiltinDrafter, getTemplate, verifyDraft } from '../index.js';
import { isDictation } from './create-dictation-drafter.js';

const drafting = {
  getTemplate,
  drafter: createBuiltinDrafter(),
  verify: verifyDraft,
};

async function draft(
  templateId: 'journalnotat' | 'epikrise' | 'henvisning',
  texts: readonly string[],
  options: { timed?: boolean; speaker?: Speaker } = {},
) {
  const result = await draftDocument({
    transcript: {
      segments: texts.map((text, index) => ({
        speaker: options.speaker ?? 'lege',
        text: asRawText(text),
        ...(options.timed === true ? { start: index * 6, end: index * 6 + 5 } : {}),
      })),
    },
    templateId,
    pseudonymizer: createPseudonymizerCapability(systemIds),
    drafting,
  });
  const section = (key: string) =>
    result.draft.sections.find((entry) => entry.key === key)?.text ?? '';
  return { draft: result.draft, section };
}

describe('dictation mode', () => {
  it('dictates an epikrise by spoken headings, with punctuation and a correction', async () => {
    const { draft: result, section } = await draft(
      'epikrise',
      [
        'overskrift innleggelsesårsak kolon innlagt med feber og frostanfall etter cellegiftkur punktum',
        'overskrift forløp blodkultur viste gramnegative staver komma behandlet med piperacillin-tazobactam intravenøst i fem dager punktum feberfri fra dag tre punktum',
        'han var litt urolig første natt punktum stryk siste setning',
        'overskrift medikamentendringer ny linje ciprofloksacin 500 mg to ganger daglig i fem dager til punktum',
        'overskrift videre oppfølging kontroll hos onkolog om to uker punktum',
      ],
      { timed: true },
    );
    expect(result.engine).toEqual({ kind: 'builtin', model: 'diktat-norsk-v1' });
    expect(section('innleggelsesarsak')).toBe(
      'Innlagt med feber og frostanfall etter cellegiftkur.',
    );
    expect(section('forlop')).toBe(
      'Blodkultur viste gramnegative staver, behandlet med piperacillin-tazobactam intravenøst i fem dager. Feberfri fra dag tre.',
    );
    expect(section('medikamentendringer')).toBe(
      'Ciprofloksacin 500 mg to ganger daglig i fem dager til.',
    );
    expect(section('oppfolging')).toBe('Kontroll hos onkolog om to uker.');
    expect(JSON.stringify(result)).not.toContain('urolig');
    expect(JSON.stringify(result)).not.toMatch(/punktum|overskrift|komma/u);
    // Every sentence is the clinician's own, so each is found in what was said.
    const sentences = result.sections.flatMap((entry) => entry.sentences);
    expect(sentences.every((sentence) => sentence.supported)).toBe(true);
    expect(sentences.every((sentence) => sentence.evidence.length > 0)).toBe(true);
  });

  it('keeps a pasted letter word for word, with its paragraphs, in the sections it belongs to', async () => {
    const { draft: result, section } = await draft('henvisning', [
      'Henvises til øre-nese-hals for vurdering av ensidig hørselstap på venstre øre siden august.',
      'Ved otoskopi normale trommehinner bilateralt. Weber lateraliserer til høyre.',
      'Bruker Levaxin 100 mikrogram daglig.',
      'Ber om vurdering med tanke på MR av indre øregang.',
    ]);
    expect(section('problemstilling')).toBe(
      'Henvises til øre-nese-hals for vurdering av ensidig hørselstap på venstre øre siden august.\n\nBer om vurdering med tanke på MR av indre øregang.',
    );
    expect(section('funn')).toBe(
      'Ved otoskopi normale trommehinner bilateralt. Weber lateraliserer til høyre.',
    );
    expect(section('medikamenter')).toBe('Bruker Levaxin 100 mikrogram daglig.');
    expect(result.warnings.join(' ')).toContain('Diktatet hadde ingen overskrifter');
  });

  it('says so when a heading names no section of the template', async () => {
    const { draft: result, section } = await draft(
      'journalnotat',
      ['overskrift sosialt bor alene i enebolig punktum'],
      { timed: true },
    );
    expect(result.warnings.join(' ')).toContain('Overskriften «sosialt» finnes ikke');
    expect(section('kontaktarsak')).toBe('Bor alene i enebolig.');
  });

  it('is used only when the clinician is the only speaker', () => {
    expect(isDictation({ segments: [{ speaker: 'lege' }, { speaker: 'lege' }] })).toBe(true);
    expect(isDictation({ segments: [{ speaker: 'lege' }, { speaker: 'pasient' }] })).toBe(false);
    expect(isDictation({ segments: [] })).toBe(false);
  });
});
