/*
 * Session 33h (issue 12, points 2 and 4): a note says a fact once. An interpreter's correction
 * («fire kilo, nei, hun retter seg, sju kilo») keeps only the last value, and a confirmation read
 * back («Stemmer, 20 mg.») is no statement of its own. A confirmation that adds something, and a
 * «nei» that is an answer rather than a correction, stay. Fresh synthetic text.
 */
import { describe, expect, it } from 'vitest';

import {
  draftJournalNote as draft,
  sectionText as section,
  type ConversationLines,
} from './testing/draft-lines.js';

describe("an interpreter's correction keeps the last value", () => {
  it('writes 7 kg, never 4 kg, from «fire kilo, nei, hun retter seg, sju kilo»', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt vondt i magen i to måneder.'],
      ['lege', 'Har du gått ned i vekt?'],
      ['ukjent', 'Hun har gått ned fire kilo, nei, hun retter seg, sju kilo siden sommeren.'],
    ]);
    const note = section(output, 'anamnese');
    expect(note).toMatch(/7 kg/u);
    expect(note).not.toMatch(/4 kg|retter seg/u);
  });

  it('keeps both values when «nei» answers a question between them', async () => {
    const output = await draft([
      ['lege', 'Hva kan jeg hjelpe deg med?'],
      ['pasient', 'Jeg har hatt vondt i magen i to måneder.'],
      ['lege', 'Har du hatt feber?'],
      ['pasient', 'Nei. Men jeg har gått ned sju kilo.'],
    ]);
    const note = `${section(output, 'anamnese')} ${section(output, 'kontaktarsak')}`;
    expect(note).toMatch(/7 kg/u);
    expect(note).toMatch(/[Ii]kke feber|[Ii]ngen feber/u);
  });
});

describe('a confirmation read back is said once', () => {
  /** The dose said, read back by the doctor and confirmed with the patient's `confirmation`. */
  const readBack = (confirmation: string): ConversationLines => [
    ['lege', 'Hva kan jeg hjelpe deg med?'],
    ['pasient', 'Jeg har vært nedfor og sovet dårlig i en måned.'],
    ['lege', 'Hvilke medisiner bruker du?'],
    ['pasient', 'Jeg bruker Cipralex 20 mg.'],
    ['lege', 'Cipralex 20 mg, stemmer det?'],
    ['pasient', confirmation],
  ];

  it('leaves out «Stemmer, 20 mg.» after «Bruker Cipralex 20 mg.»', async () => {
    const output = await draft(readBack('Stemmer, 20 mg.'));
    const note = section(output, 'anamnese');
    expect(note).toMatch(/Cipralex 20 mg/u);
    expect(note).not.toMatch(/[Ss]temmer/u);
  });

  it('keeps a confirmation that adds a time («Stemmer, 20 mg om morgenen.»)', async () => {
    const output = await draft(readBack('Stemmer, 20 mg om morgenen.'));
    expect(section(output, 'anamnese')).toMatch(/morgen/u);
  });
});

describe('how the body is made is pedagogy', () => {
  const opening = [
    ['lege', 'Hva kan jeg hjelpe deg med?'],
    ['pasient', 'Jeg har hatt vondt i skulderen i to uker etter at jeg malte taket.'],
  ] as const;

  it('leaves out «Skulderen er laget for bevegelse, og senene blir stive …» and keeps the dose', async () => {
    const output = await draft([
      ...opening,
      [
        'lege',
        'Skulderen er laget for bevegelse, og senene blir stive når de hviler for lenge. Du kan ta Ibux 400 mg inntil tre ganger daglig i en uke.',
      ],
    ]);
    const plan = section(output, 'tiltak');
    expect(plan).toMatch(/Ibux 400 mg/u);
    expect(`${plan} ${section(output, 'anamnese')}`).not.toMatch(/laget for|senene/u);
  });

  it('keeps the advice in «Skulderen er laget for bevegelse, så du skal bruke armen som vanlig»', async () => {
    const output = await draft([
      ...opening,
      ['lege', 'Skulderen er laget for bevegelse, så du skal bruke armen som vanlig.'],
    ]);
    expect(section(output, 'tiltak')).toMatch(/bruke armen/u);
  });
});
