// The yardstick for `referent deid`'s whole-process time (bench/README.md): the same JSON Lines
// contract — read {"id", "text"}, write {"id", "text", "entities"} — with the same I/O (readline
// over stdin, one write per batch of lines), but only two regular expressions for detection: an
// 11-digit number and two capitalised words in a row. Plain JavaScript, so it starts as fast as
// Node can.
import { createInterface } from 'node:readline';

const patterns = [
  { type: 'ID', pattern: /(?<!\d)\d{6} ?\d{5}(?!\d)/gu },
  { type: 'PERSON', pattern: /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/gu },
];

const batch = [];
let batchLength = 0;
function write(line) {
  batch.push(line);
  batchLength += line.length;
  if (batchLength >= 64 * 1024) flush();
}
function flush() {
  if (batch.length === 0) return;
  process.stdout.write(batch.join(''));
  batch.length = 0;
  batchLength = 0;
}

const reader = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
for await (const line of reader) {
  if (line.trim().length === 0) continue;
  let value;
  try {
    value = JSON.parse(line);
  } catch {
    write(`${JSON.stringify({ id: null, error: 'line is not valid JSON' })}\n`);
    continue;
  }
  if (typeof value?.id !== 'string' || typeof value?.text !== 'string') {
    write(`${JSON.stringify({ id: null, error: 'expected an object with "id" and "text"' })}\n`);
    continue;
  }
  const text = value.text;
  const entities = [];
  for (const { type, pattern } of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text))
      entities.push({ start: match.index, end: match.index + match[0].length, type });
  }
  entities.sort((left, right) => left.start - right.start);
  const pieces = [];
  let cursor = 0;
  const listed = [];
  for (const entity of entities) {
    if (entity.start < cursor) continue;
    const surrogate = entity.type === 'ID' ? '[id-nummer]' : '[navn]';
    pieces.push(text.slice(cursor, entity.start), surrogate);
    cursor = entity.end;
    listed.push({ ...entity, action: 'replace', surrogate });
  }
  pieces.push(text.slice(cursor));
  write(`${JSON.stringify({ id: value.id, text: pieces.join(''), entities: listed })}\n`);
}
flush();
