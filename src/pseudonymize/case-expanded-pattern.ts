/**
 * Writes a case-insensitive (`/iu`) regular expression as an equivalent case-sensitive (`/u`) one,
 * for the large word alternations whose `/iu` compile is slow: V8 builds the case closure of every
 * literal letter through ICU when it compiles an `/iu` pattern (≈ 0.1 s for the 2,611-character
 * textual-date pattern, bench/README.md, session 35), while `[sSſ]` costs almost nothing.
 *
 * Under the `u` flag, `i` changes only how single characters match (ECMA-262 §22.2.2.7.3
 * Canonicalize: simple case folding), plus `\w`/`\b` and back references. So replacing every
 * literal letter and every class by the set of characters it matches under `/iu` gives the same
 * matches. The sets for the letters and `\p{L}` are in `caseVariants`/`letterClassExtra`,
 * proved against `/iu` over every code point by case-expanded-pattern.test.ts; any construct whose
 * case behaviour is not covered here (other letters, other non-ASCII characters such as Ⓐ, Ⅰ or
 * U+0345, characters beyond U+FFFF, `\w`, `\b`, back references, negated classes,
 * ranges with or spanning a letter, other properties) throws instead of being guessed.
 */

/** Characters other than a letter's lower and upper case that `/iu` also matches for it. */
const caseVariants: ReadonlyMap<string, string> = new Map([
  ['k', '\\u212A'], // KELVIN SIGN folds to "k"
  ['s', '\\u017F'], // LATIN SMALL LETTER LONG S folds to "s"
  ['å', '\\u212B'], // ANGSTROM SIGN folds to "å"
]);

/** Letters this transform knows the whole `/iu` case class of (lower case). */
const knownLetters = 'abcdefghijklmnopqrstuvwxyzæøå';

/** What `\p{L}` matches under `/iu` besides itself: U+0345 (a mark) folds to "ι". */
const letterClassExtra = '\\u0345';

/** Escapes of characters with no case variants, copied as they are. */
const caselessEscapes = new Set([
  'd',
  's',
  '.',
  '-',
  '/',
  '\\',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '?',
  '*',
  '+',
  '|',
  '^',
  '$',
  ' ',
  't',
  'n',
  'r',
]);

function variantsOf(letter: string): string {
  const lower = letter.toLowerCase();
  if (lower.length !== 1 || !knownLetters.includes(lower))
    throw new Error('case-expanded pattern: a letter outside the proved alphabet');
  return `${lower}${lower.toUpperCase()}${caseVariants.get(lower) ?? ''}`;
}

function isLetter(character: string): boolean {
  return /\p{L}/u.test(character);
}

/**
 * Printable ASCII other than letters: digits, punctuation and space, which have no case variants
 * (no other code point folds to one of them), so they are copied as they are.
 */
function isCaselessAscii(character: string): boolean {
  return /^[ -@[-`{-~]$/u.test(character);
}

/** The code point at `source[index]` as a string (both halves of a surrogate pair). */
function codePointAt(source: string, index: number): string {
  return String.fromCodePoint(source.codePointAt(index) ?? 0);
}

/**
 * What to write for a literal character: a known letter's case class (outside a class, in
 * brackets), a caseless ASCII character as it is; throws on every other character, since other
 * letters, non-letters with case (Ⓐ, Ⅰ, U+0345) and characters beyond U+FFFF are not proved.
 */
function expandLiteral(character: string, insideClass: boolean): string {
  if (isCaselessAscii(character)) return character;
  if (!isLetter(character))
    throw new Error('case-expanded pattern: a character outside the proved alphabet');
  const variants = variantsOf(character);
  return insideClass ? variants : `[${variants}]`;
}

/**
 * Whether the unescaped "-" at `source[index]` inside a class (which starts at `from`) is safe to
 * copy: both neighbours are caseless ASCII and every code point between them is too, so as a range
 * or as a literal it stands only for caseless characters. A letter (or other character) on either
 * side, or a range spanning letters, would need its own case closure.
 */
function isCaselessDash(source: string, index: number, from: number): boolean {
  const before = index > from ? source.charAt(index - 1) : '';
  const after = source.charAt(index + 1);
  if (before === '' || after === ']')
    return before === '' ? isCaselessAscii(after) : isCaselessAscii(before);
  if (!isCaselessAscii(before) || !isCaselessAscii(after)) return false;
  const low = Math.min(before.charCodeAt(0), after.charCodeAt(0));
  const high = Math.max(before.charCodeAt(0), after.charCodeAt(0));
  for (let point = low; point <= high; point++)
    if (!isCaselessAscii(String.fromCharCode(point))) return false;
  return true;
}

/** Reads the escape at `source[index]` ("\\"); returns what to write and where it ends. */
function readEscape(
  source: string,
  index: number,
  insideClass: boolean,
): { readonly text: string; readonly end: number } {
  const next = source.charAt(index + 1);
  if (next === 'p') {
    if (!source.startsWith('\\p{L}', index))
      throw new Error('case-expanded pattern: a property other than \\p{L}');
    const body = `\\p{L}${letterClassExtra}`;
    return { text: insideClass ? body : `[${body}]`, end: index + 5 };
  }
  if (!caselessEscapes.has(next))
    throw new Error('case-expanded pattern: an escape whose case behaviour is not proved');
  return { text: `\\${next}`, end: index + 2 };
}

/** The body of a class `[...]` starting after its "[", and the index after its "]". */
function readClass(source: string, from: number): { readonly text: string; readonly end: number } {
  if (source.charAt(from) === '^') throw new Error('case-expanded pattern: a negated class');
  let text = '';
  let index = from;
  while (index < source.length) {
    const character = source.charAt(index);
    if (character === ']') return { text: `[${text}]`, end: index + 1 };
    if (character === '\\') {
      const escape = readEscape(source, index, true);
      text += escape.text;
      index = escape.end;
      continue;
    }
    if (character === '-' && !isCaselessDash(source, index, from))
      throw new Error('case-expanded pattern: a range with or spanning characters that have case');
    const literal = codePointAt(source, index);
    text += expandLiteral(literal, true);
    index += literal.length;
  }
  throw new Error('case-expanded pattern: an unclosed class');
}

/**
 * The `/u` source that matches exactly what `source` matches under `/iu` (see the file comment);
 * throws on constructs it cannot prove.
 */
export function toCaseExpandedSource(source: string): string {
  let out = '';
  let index = 0;
  while (index < source.length) {
    const character = source.charAt(index);
    if (character === '\\') {
      const escape = readEscape(source, index, false);
      out += escape.text;
      index = escape.end;
      continue;
    }
    if (character === '[') {
      const found = readClass(source, index + 1);
      out += found.text;
      index = found.end;
      continue;
    }
    if (character === '(' && source.charAt(index + 1) === '?') {
      // Group syntax: "(?:", "(?=", "(?!", "(?<=", "(?<!"; a named group would name a capture.
      const head = /^\(\?(?::|=|!|<=|<!)/u.exec(source.slice(index, index + 4))?.[0];
      if (head === undefined) throw new Error('case-expanded pattern: an unsupported group');
      out += head;
      index += head.length;
      continue;
    }
    const literal = codePointAt(source, index);
    out += expandLiteral(literal, false);
    index += literal.length;
  }
  return out;
}
