/**
 * The rough category of a draft fact from the words of its label (duration, better/worse,
 * function/work, fear, tried, relative, lifestyle, negative, other), for
 * eval/draft/list-missed-facts.ts.
 */
/**
 * Word boundaries that know Norwegian letters: JavaScript's `\b` is ASCII-only, so `\bår\b`
 * never matches "år" and `\bønsk` never matches "ønsker" (session 35d).
 */
const before = '(?<![\\p{L}\\d])';
const after = '(?![\\p{L}\\d])';
/** Whole words (`words`) or word openings (`stems`), case-insensitive. */
function wordsPattern(words: readonly string[], stems: readonly string[] = []): RegExp {
  const whole = words.length > 0 ? [`${before}(?:${words.join('|')})${after}`] : [];
  const opening = stems.length > 0 ? [`${before}(?:${stems.join('|')})`] : [];
  return new RegExp([...whole, ...opening].join('|'), 'iu');
}

const categories: readonly (readonly [string, RegExp])[] = [
  ['negative', wordsPattern(['ikke', 'ingen', 'ikkje', 'uten', 'nei', 'neg'])],
  [
    'duration/onset',
    wordsPattern([
      'dager?',
      'døgn',
      'uker?',
      'måneder?',
      'år',
      'siden',
      'timer?',
      'debut',
      'start',
      'varighet',
      'gradvis',
      'plutselig',
    ]),
  ],
  [
    'better/worse',
    wordsPattern([], ['verre', 'bedre', 'forverr', 'lindr', 'bedring', 'ved ', 'utløs', 'provos']),
  ],
  [
    'function/work',
    wordsPattern([
      'jobb',
      'arbeid',
      'sykmeld',
      'søvn',
      'sove',
      'funksjon',
      'skole',
      'klarer',
      'gå',
    ]),
  ],
  ['fear/wish', wordsPattern([], ['bekymr', 'redd', 'frykt', 'ønsk', 'vil ha'])],
  [
    'tried/medication',
    wordsPattern(
      [],
      ['prøvd', 'paracet', 'ibux', 'ibuprofen', 'mg', 'tablett', 'bruker', 'tatt', 'medisin'],
    ),
  ],
  [
    'relative',
    wordsPattern(
      [],
      [
        'mor',
        'far',
        'datter',
        'sønn',
        'kone',
        'mann',
        'samboer',
        'komparent',
        'søster',
        'bror',
        'familie',
      ],
    ),
  ],
  [
    'lifestyle',
    wordsPattern([], ['røyk', 'alkohol', 'snus', 'trening', 'enheter', 'vekt', 'kg', 'drikk']),
  ],
];

/** The rough category of a fact from its label's words; "other" when none fits. */
export function categoryOf(label: string): string {
  for (const [name, pattern] of categories) if (pattern.test(label)) return name;
  return 'other';
}
