/**
 * `tsx eval/deid/check-order.ts <order|reverse|alone> <out.json>`
 *
 * Runs `detectIdentifiers` over the own set and the clean corpora in one process, in the order
 * given (`alone`: word memos emptied before each text, as a compute job does), and writes each
 * text's detections (offsets and types only), so two runs can be diffed: a detection must not
 * depend on what the process read before.
 */
import { writeFileSync } from 'node:fs';
import { resetWordMemos } from '../../src/language/index.js';
import { detectIdentifiers } from '../../src/pseudonymize/index.js';
import { loadEvaluationSets } from './load-eval-set.js';

const [mode = 'order', out = '/dev/stdout'] = process.argv.slice(2);
const sets = await loadEvaluationSets();
type Known = NonNullable<Parameters<typeof detectIdentifiers>[1]>['known'];
const texts: { key: string; text: string; known: Known | undefined }[] = [
  ...sets.own.map((document) => ({
    key: `own/${document.id}`,
    text: document.text,
    known:
      document.known === undefined
        ? undefined
        : {
            ...(document.known.name === undefined ? {} : { name: document.known.name }),
            ...(document.known.fnr === undefined ? {} : { fnr: document.known.fnr }),
            ...(document.known.birthDate === undefined
              ? {}
              : { birthDate: document.known.birthDate }),
          },
  })),
  ...[...sets.clean, ...sets.cleanOpen].map((clean) => ({
    key: `clean/${clean.id}`,
    text: clean.text,
    known: undefined,
  })),
];
const ordered = mode === 'reverse' ? [...texts].reverse() : texts;
const result: Record<string, string> = {};
for (const { key, text, known } of ordered) {
  if (mode === 'alone') resetWordMemos();
  const found = detectIdentifiers(text, known === undefined ? {} : { known });
  result[key] = found.map((entity) => `${entity.start}-${entity.end}:${entity.type}`).join(' ');
}
writeFileSync(out, JSON.stringify(result));
