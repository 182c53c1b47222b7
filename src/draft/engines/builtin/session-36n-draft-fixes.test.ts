/*
 * Session 36n (issue 12): wrong outputs of the builtin drafter. Samples the clinician says they
 * take («Jeg tar noen blodprøver.») are the plan, not a finding; a bare duration answering «Hvor
 * lenge har det vart?» («Et par måneder.») is kept in the anamnesis as the complaint's duration.
 * Fresh text, each with a counter-example that must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import {
  draftJournalNote as draft,
  draftsOneExchange,
  sectionText as section,
} from './testing/draft-lines.js';

const history = draftsOneExchange('Hva kan jeg hjelpe deg med i dag?');

describe('samples the clinician takes are the plan', () => {
  it.each([
    ['Jeg tar noen blodprøver før du går.', /blodprøver/u],
    ['Vi tar en CRP og en senkning.', /CRP/u],
    ['Da tar vi et par blodprøver i dag.', /blodprøver/u],
    ['Jeg sender en urinprøve til dyrkning.', /urinprøve/u],
  ])('«%s» is under Tiltak, not Funn', async (said, sample) => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vært slapp og hatt nattesvette i tre uker.'],
      ['lege', said],
    ]);
    expect(section(output, 'tiltak')).toMatch(sample);
    expect(section(output, 'funn')).not.toMatch(sample);
  });

  it('a result said aloud stays a finding (counter-example)', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har vært slapp og hatt nattesvette i tre uker.'],
      ['lege', 'CRP er 38 i dag.'],
    ]);
    expect(section(output, 'funn')).toMatch(/CRP 38/u);
    expect(section(output, 'tiltak')).not.toMatch(/CRP/u);
  });
});

describe('a bare duration answering how long it has lasted is kept', () => {
  it.each([
    ['Et par måneder.', 'Varighet et par måneder.'],
    ['Fem-seks uker, tror jeg.', 'Varighet ca. 5–6 uker.'],
    ['Omtrent tre uker.', 'Varighet ca. 3 uker.'],
    ['Siden nyttår.', 'Plager siden nyttår.'],
  ])('«Hvor lenge har det vart?» «%s» → «%s»', async (answer, expected) => {
    const text = await history(
      'Jeg har vondt i høyre hæl om morgenen.',
      'Hvor lenge har det vart?',
      answer,
    );
    expect(text).toContain(expected);
  });

  it('a duration said with its complaint keeps its own wording (counter-example)', async () => {
    const text = await history(
      'Jeg har vondt i høyre hæl om morgenen.',
      'Hvor lenge har det vart?',
      'Smertene har vart i tre uker nå.',
    );
    expect(text).not.toMatch(/Varighet|Plager siden/u);
    expect(text).toMatch(/3 uker|tre uker/u);
  });

  it('a time answering another question gains no duration (counter-example)', async () => {
    const text = await history(
      'Jeg har vondt i høyre hæl om morgenen.',
      'Når skal du ut og løpe igjen?',
      'Om to uker.',
    );
    expect(text).not.toMatch(/Varighet|Plager siden/u);
  });
});
