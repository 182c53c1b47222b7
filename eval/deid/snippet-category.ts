/**
 * The weak-spot categories of the held-out snippets (`eval/deid/heldout/ho-sn-<category>-NN.json`).
 * A snippet's category is the recognizer weakness it was written against (issue 10); the category
 * is read from the document id so that the JSON schema stays the same for every set.
 */
export const SNIPPET_CATEGORY_DESCRIPTIONS = {
  lower: 'lower-case names from speech-to-text',
  noun: 'given names that are also nouns or words, in name context',
  negative: 'the same words used as ordinary words (hard negatives)',
  initial: 'sentence-initial names followed by a verb',
  relation: 'names after relation words',
  nynorsk: 'nynorsk and dialect name cues',
  intl: 'given names from outside the Nordic countries',
  surname: 'common surnames alone',
  street: 'streets without a -veien/-gata suffix, many endings',
  farm: 'farm names (Øvre/Nedre/Vestre/Søndre/Nordre …)',
  email: 'e-mail addresses holding the person’s name, typed and spoken',
  'spoken-age': 'ages over 89 said in words',
  'spoken-date': 'birth dates said in words',
  'spoken-number': 'fødselsnumre and phone numbers said in words, split across words and commas',
  initials: 'initials and signatures',
  workplace: 'workplaces whose names hold digits',
  'kept-age': 'ages the default policy keeps (children, decades)',
} as const satisfies Record<string, string>;

/** Every category name, in the order of the descriptions. */
export const SNIPPET_CATEGORIES = [
  'lower',
  'noun',
  'negative',
  'initial',
  'relation',
  'nynorsk',
  'intl',
  'surname',
  'street',
  'farm',
  'email',
  'spoken-age',
  'spoken-date',
  'spoken-number',
  'initials',
  'workplace',
  'kept-age',
] as const satisfies readonly (keyof typeof SNIPPET_CATEGORY_DESCRIPTIONS)[];

export type SnippetCategory = (typeof SNIPPET_CATEGORIES)[number];

/**
 * The category of a held-out snippet id (`ho-sn-spoken-age-03` → `spoken-age`); undefined for an id
 * that does not follow the pattern.
 */
export function snippetCategory(id: string): SnippetCategory | undefined {
  const match = /^ho-sn-([a-z-]+)-\d+$/.exec(id);
  const name = match?.[1];
  return SNIPPET_CATEGORIES.find((category) => category === name);
}
