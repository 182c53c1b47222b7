/*
 * "Ingen smerter i brystet?" — "Jo, litt.", "Har du nummenhet i bena?" — "Nei, jo, litt i
 * venstre.": what may follow a «jo» for the drafter to read it as a yes to the part asked (session
 * 38g, narrowed in fix38g). Anything else — a negation, an agreement with the question, another
 * person, a time that is over, a different side or body part — is read as before session 38g.
 */

/** A negation: "Jo, det har jeg ikke.", "Jo da, ingen smerter.". */
const negation = /(?<![\p{L}])(?:ikke|ikkje|ikkj|itj|ingen|inga|ingenting|nei|aldri)(?![\p{L}])/iu;

/** An agreement with a negative question: "Jo, det stemmer.", "Jo, riktig.". */
const agreement = /(?<![\p{L}])(?:stemmer|stemme|riktig|rett|korrekt|akkurat|nettopp)(?![\p{L}])/iu;

/** Another person named: "Jo, kona mi har litt.", "litt, men det var kona mi". */
const otherPerson =
  /(?<![\p{L}])(?:min|mi|mitt|mine|kona|kone|konen|mannen|mann|ektemann|samboer|samboeren|mor|mora|moren|mamma|far|faren|pappa|bror|broren|søster|søstera|søsteren|sønn|sønnen|datter|dattera|datteren|barn|barna|barnet|ungen|ungene|han|hun|ho|de|dei|familien)(?![\p{L}])/iu;

/** A time that is over or a restriction: "Jo, men det gikk over.", "i forrige uke". */
const overOrRestricted =
  /(?<![\p{L}])(?:men|over|forrige|førre|før|tidligere|tidlegare|sist|siden|sidan|var|hadde|bare|berre|kun)(?![\p{L}])/iu;

/** Body parts by the part of the body they belong to; a detail naming another group is elsewhere. */
const bodyParts: readonly (readonly [string, RegExp])[] = [
  [
    'arm',
    /(?<![\p{L}])(?:arm|armen|arma|armer|armene|armane|hand|hånd|handa|hånda|hånden|hender|hendene|fingre|fingrene|fingran|finger|fingeren|albue|albuen|handledd|handleddet|skulder|skulderen|skuldra|skuldrene)(?![\p{L}])/iu,
  ],
  [
    'leg',
    /(?<![\p{L}])(?:bein|beinet|beina|beine|bena|ben|benet|fot|foten|føtter|føttene|legg|leggen|leggene|lår|låret|lårene|kne|kneet|knær|knærne|ankel|ankelen|tær|tærne)(?![\p{L}])/iu,
  ],
  ['chest', /(?<![\p{L}])(?:bryst|brystet|brystkassa|brystkassen)(?![\p{L}])/iu],
  ['hip', /(?<![\p{L}])(?:hofte|hoften|hofta|hoftene|lyske|lysken|lyska)(?![\p{L}])/iu],
  ['back', /(?<![\p{L}])(?:rygg|ryggen|korsrygg|korsryggen)(?![\p{L}])/iu],
  ['head', /(?<![\p{L}])(?:hode|hodet|hovud|hovudet|nakke|nakken|nakken)(?![\p{L}])/iu],
  ['belly', /(?<![\p{L}])(?:mage|magen|magan)(?![\p{L}])/iu],
];

function groupsNamed(text: string): string[] {
  return bodyParts.filter(([, pattern]) => pattern.test(text)).map(([group]) => group);
}

function sidesNamed(text: string): string[] {
  const sides: string[] = [];
  if (/(?<![\p{L}])(?:høyre|høgre)(?![\p{L}])/iu.test(text)) sides.push('right');
  if (/(?<![\p{L}])venstre(?![\p{L}])/iu.test(text)) sides.push('left');
  return sides;
}

/**
 * Whether a detail given with a yes ("litt i venstre arm") names a side or a body part the
 * question did not ask about ("… i høyre bein?", "… i bena?").
 */
export function namesOtherPlace(detail: string, question: string): boolean {
  const asked = sidesNamed(question);
  const said = sidesNamed(detail);
  if (asked.length > 0 && said.some((side) => !asked.includes(side))) return true;
  const saidGroups = groupsNamed(detail);
  if (saidGroups.length === 0) return false;
  const askedGroups = groupsNamed(question);
  return saidGroups.some((group) => !askedGroups.includes(group));
}

/**
 * Whether the words after a «jo» (without it: "", "da", "litt", "litt i venstre") may be read as a
 * yes to the question as asked. `question` is the question's text.
 */
export function isSafeJoDetail(detail: string, question: string): boolean {
  const rest = detail
    .trim()
    .replace(/^(?:da|då)(?![\p{L}])[,.!]?\s*/iu, '')
    .replace(/[.!]+$/u, '')
    .trim();
  if (rest === '') return true;
  if (negation.test(rest) || agreement.test(rest) || otherPerson.test(rest)) return false;
  if (overOrRestricted.test(rest)) return false;
  if (/(?<![\p{L}])(?:nå|no)(?![\p{L}])/iu.test(rest)) return false;
  if (namesOtherPlace(rest, question)) return false;
  // "litt vondt i hoften": another complaint named after the amount is no yes to the one asked.
  const afterAmount = /^litt(?:[,\s]+([\p{L}]+))?/iu.exec(rest);
  if (afterAmount !== null) {
    const next = afterAmount[1]?.toLowerCase();
    return (
      next === undefined ||
      [
        'i',
        'på',
        'ved',
        'når',
        'om',
        'av',
        'innimellom',
        'iblant',
        'da',
        'ja',
        'det',
        'den',
        'sånn',
      ].includes(next) ||
      question.toLowerCase().includes(next.slice(0, 5))
    );
  }
  return true;
}

/**
 * Whether the sentences after the first of a «jo» answer leave its yes standing ("Men det e nok
 * bare kulda." does; "Men ikke nå.", "Men det var kona mi.", "Det gikk over." do not).
 */
export function isSafeJoFollowUp(text: string): boolean {
  return (
    !negation.test(text) &&
    !otherPerson.test(text) &&
    !/(?<![\p{L}])(?:over|forrige|førre|før|tidligere|tidlegare)(?![\p{L}])/iu.test(text)
  );
}

/** Whether a «jo» answer's words after the «jo» (`rest`, all its sentences) are a plain yes. */
export function isSafeJoAnswer(rest: string, question: string): boolean {
  const [first = '', ...later] = rest.trim().split(/(?<=[.!?])\s+/u);
  return isSafeJoDetail(first, question) && isSafeJoFollowUp(later.join(' '));
}
