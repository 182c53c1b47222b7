import { pathToFileURL } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { getSharedConsultationsDirectory } from '../src/testing/shared-data.js';

/**
 * JSON Lines input for `referent deid` timings, built from the evaluation texts (eval/deid data and
 * clean corpus, eval/draft cases, the shared consultations): one line per paragraph or transcript
 * segment, repeated until `targetBytes`.
 */
export function buildDeidInput(targetBytes: number): string {
  const texts: string[] = [];
  const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));
  const jsonFiles = (url: URL): URL[] =>
    readdirSync(url)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => new URL(name, url));
  for (const file of jsonFiles(new URL('../eval/deid/data/', import.meta.url))) {
    const document = readJson(file) as { text?: unknown };
    if (typeof document.text === 'string') texts.push(...document.text.split(/\n+/u));
  }
  const clean = new URL('../eval/deid/clean/', import.meta.url);
  for (const name of readdirSync(clean)
    .filter((entry) => entry.endsWith('.txt'))
    .sort())
    texts.push(...readFileSync(new URL(name, clean), 'utf8').split(/\n+/u));
  for (const directory of [
    new URL('../eval/draft/cases/', import.meta.url),
    pathToFileURL(`${getSharedConsultationsDirectory()}/`),
  ]) {
    for (const file of jsonFiles(directory)) {
      const consultation = readJson(file) as { segments?: { text?: unknown }[] };
      for (const segment of consultation.segments ?? [])
        if (typeof segment.text === 'string') texts.push(segment.text);
    }
  }
  const lines: string[] = [];
  let bytes = 0;
  for (let index = 0; bytes < targetBytes; index++) {
    const text = texts[index % texts.length] ?? '';
    if (text.trim().length === 0) continue;
    const line = `${JSON.stringify({ id: `line-${index}`, text })}\n`;
    lines.push(line);
    bytes += Buffer.byteLength(line, 'utf8');
  }
  return lines.join('');
}
