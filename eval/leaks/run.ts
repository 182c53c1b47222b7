/**
 * `npm run eval:leaks`: drafts every consultation we have with the `openai` engine against a
 * capturing server and reports every part of a direct identifier (person, identity number, phone,
 * e-mail, address) that reached a model request. Exit 1 when any did. Held-out consultations
 * (eval/draft/heldout and heldout-v2 … v32) are reported as counts only, never as text.
 */
import { fileURLToPath } from 'node:url';
import { countLeaks, leakCheckSets, loadConsultations, runLeakCheck } from './run-leak-check.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
let total = 0;
for (const [set, folders] of Object.entries(leakCheckSets)) {
  const consultations = await loadConsultations(root, folders);
  const results = await runLeakCheck(consultations);
  const counts = countLeaks(results);
  total += counts.parts;
  const requests = results.reduce((sum, result) => sum + result.requests, 0);
  const sent = results.reduce((sum, result) => sum + result.sentCharacters, 0);
  const spoken = results.reduce((sum, result) => sum + result.transcriptCharacters, 0);
  console.log(
    `${set}: ${consultations.length} consultations, ${requests} model requests ` +
      `(${sent} characters sent for ${spoken} characters of transcript): ` +
      `${counts.parts} leaked identifier parts (${counts.occurrences} mentions) in ${counts.consultations} consultations`,
  );
  for (const result of results) {
    if (result.leaks.length === 0) continue;
    if (set.startsWith('heldout')) {
      const byType = new Map<string, number>();
      for (const leak of result.leaks)
        byType.set(leak.part.type, (byType.get(leak.part.type) ?? 0) + 1);
      console.log(`  ${result.id}: ${[...byType].map(([type, n]) => `${type} ${n}`).join(', ')}`);
    } else {
      for (const leak of result.leaks)
        console.log(
          `  ${result.id}: ${leak.part.type} ${leak.part.kind} "${leak.part.text}" ×${leak.occurrences}`,
        );
    }
  }
}
process.exitCode = total === 0 ? 0 : 1;
