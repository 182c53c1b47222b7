/**
 * Nouns for people by their role, trade or kinship that the bokmål dictionary lacks, or holds
 * without its inflected forms ("nabo" is an entry, "naboen" is not): "samboeren", "beboer",
 * "onkolog", "naprapaten", the nynorsk "sjukepleiaren", "syster", "dottera". The lexicon counts
 * every form below as an ordinary word (`Lexicon.isCommonWord`), so no recognizer reads one as a
 * name: a role word is never a person, at a sentence start ("Onkologen ringer") or before a name
 * ("Onkolog Hilde Grimsrud" is Hilde Grimsrud).
 *
 * Stems only: each takes the bokmål and nynorsk noun endings (`roleNounEndings`). A stem must be
 * a word for a person that is no given name or surname in any list.
 */
const roleNounStems = `
samboer sambuar samboar sambu medbeboer beboer bebuar nabo kjærast
onkolog kardiolog gastroenterolog nefrolog pulmolog hepatolog immunolog allergolog
naprapat osteopat homeopat kiropraktikar psykomotoriker geriater fysiater ortopediingeniør
ambulansearbeider ambulansearbeidar helsefagarbeider helsefagarbeidar hjelpepleiar sjukepleiar
heimesjukepleiar heimehjelp lækjar fastlækjar turnuslækjar legevaktlege legevaktlækjar
syster halvsyster tvillingsyster helsesyster systerson systerdotter brordotter brorson
dotter stedotter fosterdotter svigerdotter barnebarn oldebarn
`;

/** Endings the stems take: bokmål and nynorsk indefinite, definite, plural and genitive. */
const roleNounEndings = [
  '',
  'e',
  'en',
  'er',
  'ere',
  'ene',
  'ens',
  'ers',
  'ne',
  'nes',
  'enes',
  's',
  'a',
  'as',
  'ar',
  'ane',
  'anes',
  'ars',
];

/** Forms of a stem that drop its last unstressed "e" before an ending: "dotter" → "dotra". */
function contractedForms(stem: string): string[] {
  const contracted = /^(.*[^aeiouyæøå])e([rl])$/u.exec(stem);
  if (contracted === null) return [];
  const base = `${contracted[1] ?? ''}${contracted[2] ?? ''}`;
  return [`${base}a`, `${base}as`, `${base}ene`];
}

/** Every form of every role noun, lower-case. */
export const roleNounForms: ReadonlySet<string> = new Set(
  roleNounStems
    .split(/\s+/u)
    .filter((stem) => stem.length > 0)
    .flatMap((stem) => [
      ...roleNounEndings.map((ending) => `${stem}${ending}`),
      ...contractedForms(stem),
    ]),
);
