/**
 * `npx tsx eval/draft/list-missed-facts.ts [--drafts]`
 *
 * Development aid: drafts every DEVELOPMENT case (eval/draft/cases*, shared d01–d06; never a
 * held-out set) with the builtin engine and lists the facts the draft misses, grouped by a rough
 * category taken from the fact label's words (duration, better/worse, function/work, fear, tried,
 * relative, lifestyle, negative, other), with the transcript sentence that carries it.
 * Also prints the word count by section relative to the reference note's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { categoryOf } from './fact-category.js';
import { createDrafter, getTemplate, verifyDraft } from '../../src/draft/index.js';
import {
  loadConsultationCases,
  sharedCasesDirectory,
  toPseudonymizedTranscript,
  type ConsultationCase,
} from '../../src/draft/testing/consultation-cases.js';

function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => word.length > 0).length;
}

const draftDirectory = import.meta.dirname;
const directories = [
  sharedCasesDirectory,
  ...fs
    .readdirSync(draftDirectory)
    .filter((name) => name.startsWith('cases'))
    .map((name) => path.join(draftDirectory, name)),
];
const showDrafts = process.argv.includes('--drafts');
const drafter = await createDrafter({ engine: 'builtin' });
const grouped = new Map<string, string[]>();
const sectionWords = new Map<
  string,
  { draft: number; reference: number; empty: number; cases: number }
>();
for (const directory of directories) {
  const cases: ConsultationCase[] = loadConsultationCases(directory);
  for (const consultation of cases) {
    const template = getTemplate(consultation.template);
    const transcript = toPseudonymizedTranscript(consultation);
    const output = await drafter.draft({ template, transcript });
    const draft = verifyDraft({ template, transcript, output, engine: drafter.info });
    const text = draft.sections
      .map((section) => section.text)
      .join('\n')
      .toLowerCase();
    if (showDrafts)
      process.stdout.write(
        `\n## ${consultation.id}\n${draft.sections.map((section) => `${section.title}: ${section.text}`).join('\n')}\n`,
      );
    const reference = consultation.reference_note?.sections ?? {};
    for (const section of draft.sections) {
      const referenceText = reference[section.title];
      if (referenceText === undefined) continue;
      const entry = sectionWords.get(section.title) ?? {
        draft: 0,
        reference: 0,
        empty: 0,
        cases: 0,
      };
      entry.draft += countWords(section.text);
      entry.reference += countWords(referenceText);
      entry.cases += 1;
      if (section.text.trim().length === 0) entry.empty += 1;
      sectionWords.set(section.title, entry);
    }
    for (const fact of consultation.facts) {
      const hit = fact.keywords.every((group) =>
        group.some((keyword) => text.includes(keyword.toLowerCase())),
      );
      if (hit) continue;
      const firstKeyword = fact.keywords.flat()[0]?.toLowerCase() ?? '';
      const said = consultation.segments
        .filter((segment) =>
          fact.keywords
            .flat()
            .some((keyword) => segment.text.toLowerCase().includes(keyword.toLowerCase())),
        )
        .map((segment) => `${segment.speaker}: ${segment.text}`)[0];
      const category = categoryOf(fact.fact);
      const list = grouped.get(category) ?? [];
      list.push(
        `${consultation.id} | ${fact.section}: ${fact.fact} | kw ${JSON.stringify(fact.keywords)}${firstKeyword.length > 0 && said !== undefined ? `\n      said: ${said}` : ''}`,
      );
      grouped.set(category, list);
    }
  }
}
for (const [category, list] of [...grouped].sort((a, b) => b[1].length - a[1].length)) {
  process.stdout.write(
    `\n=== ${category} (${list.length})\n${list.map((line) => `  ${line}`).join('\n')}\n`,
  );
}
process.stdout.write('\nSection words draft/reference:\n');
for (const [title, entry] of sectionWords)
  process.stdout.write(
    `  ${title.padEnd(16)} ${(entry.draft / Math.max(1, entry.reference)).toFixed(2)}× (${entry.draft}/${entry.reference}), empty ${entry.empty}/${entry.cases}\n`,
  );
