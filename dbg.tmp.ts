import { tokenize } from './src/draft/language/fold.js';
import { readClaims } from './src/draft/verify/read-claims.js';
import { isFindingWord, isConflictWord } from './src/draft/language/clinical-terms.js';
for (const text of process.argv.slice(2)) {
  const tokens = tokenize(text);
  const c = readClaims({ text, tokens });
  console.log(text);
  tokens.forEach((t, i) => console.log('  ', t.text, JSON.stringify(c.keys[i]), c.findingKey[i], c.negated[i] ? 'NEG' : '', c.aboutOther[i] ? 'OTHER' : '', isFindingWord(t.folded), isConflictWord(t.folded)));
  console.log('  q', JSON.stringify(c.quantities), c.frequencies, c.sides);
}
