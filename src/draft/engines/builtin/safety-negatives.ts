/*
 * Safety-critical negatives from question-and-answer pairs. A denied red flag or safety topic
 * (suicide, allergy, blood thinners, pregnancy, chest pain, bleeding …) must reach the note
 * however the question was put and however the denial was said: "Har du kastet opp, blitt trøtt
 * eller sett dobbelt?" — "Nei, ikke noe av det." gives "Ikke oppkast." and "Ikke dobbeltsyn.";
 * "Brukar du noko fast, til dømes blodfortynnande?" — "Nei, berre p-piller." gives "Bruker ikke
 * blodfortynnende.". The detector reads the concepts the question asks about, the polarity of the
 * answer and which parts the answer goes on to affirm; the caller adds the canonical negative when
 * the drafted statements do not already say it. Patterns run on loose text (see `loosen`).
 */

import { takenBackNo } from './retracted-no.js';
import { isLooseDeathWish } from './suicide-talk.js';
import { type AskedKind, nonDrugAllergyWord, readExceptAnswer } from './except-answer.js';

const b = '(?<![a-z0-9])';

/** A safety topic: how a question asks about it, how a note says it, and the note's negative. */
interface SafetyConcept {
  /** On the loose question. */
  readonly asked: RegExp;
  /** On loose note text: the topic named (a negation must be in the same sentence). */
  readonly said: RegExp;
  /** On the loose answer: the answer names the topic itself (then it decides, not the no). */
  readonly named: RegExp;
  /** The canonical negative, as a clinician writes it. */
  readonly note: string;
  /** On the loose answer: words that affirm the topic even though negated ("tåler ikke"). */
  readonly affirmed?: RegExp;
  /**
   * The kind an open question about the topic asks for: «Nei, kun penicillin.» to "noen
   * allergier?" names one (see except-answer.ts), and the topic is not denied.
   */
  readonly kind?: AskedKind;
}

const concept = (
  asked: string,
  said: string,
  named: string,
  note: string,
  affirmed?: string,
  kind?: AskedKind,
): SafetyConcept => ({
  asked: new RegExp(asked, 'u'),
  said: new RegExp(said, 'u'),
  named: new RegExp(named, 'u'),
  note,
  ...(affirmed === undefined ? {} : { affirmed: new RegExp(affirmed, 'u') }),
  ...(kind === undefined ? {} : { kind }),
});

/** The topics, in the order a note lists them. */
const concepts: readonly SafetyConcept[] = [
  concept(
    // "Har du planer om å ta livet ditt?" asks about plans only; a no there denies no thoughts.
    `${b}(?<!planer om a )(?<!planar om a )(?:ta livet|ta (?:ditt|sitt) eget liv|selvmord|suicid|ikke (?:vil|ville|orker a) leve|ikke ville vere her|livet ikke er verdt|gjore (?:deg|seg) selv noe|gjore slutt pa (?:det|livet|alt|det hele))`,
    `suicid|selvmord|ta livet|ta sitt (?:eget )?liv`,
    `${b}(?:ta livet|selvmord|suicid)`,
    'Ingen suicidtanker.',
    undefined,
    'suicidalThoughts',
  ),
  concept(
    `${b}(?:(?:lagt|har|hatt)(?: du)? (?:noen |konkrete )?planer|skaffet (?:deg )?(?:noe|piller|tabletter))`,
    `planer`,
    `${b}planer`,
    'Ingen suicidplaner.',
  ),
  concept(
    `${b}(?:(?:like greit|bedre) (?:om|hvis) (?:du|pas\\.?) ikke (?:vaknet|var her|levde)|(?:like greit|bedre) a (?:ikke vakne|slippe a vakne)|dodsonske|livslede)`,
    `dodsonske|livslede|ikke vaknet`,
    `${b}(?:dodsonske|livslede)`,
    'Ingen dødsønsker.',
  ),
  concept(
    `${b}(?:skade[rt]? (?:deg|seg) selv|selvskad)`,
    `selvskad|skade[rt]?(?: ikke)? seg selv`,
    // "men eg har skada meg" (nynorsk, without "selv") names the self-harm too.
    `${b}(?:skade[rt]? meg selv|skad(?:a|ar|et) meg|selvskad)`,
    'Ingen selvskading.',
  ),
  concept(
    `${b}(?:allergi|allergisk|taler (?:du )?(?:ikke )?(?:noen|alle) (?:medisiner|legemidler))`,
    `allergi|cave`,
    `${b}allergi|${b}allergisk|${b}taler ikke`,
    'Ingen allergier.',
    `${b}(?:taler (?:ikke|ikkje|darlig)|allergisk mot|reager(?:te|er|t) (?:pa|med)|fikk (?:utslett|elveblest)|cave)`,
    'allergy',
  ),
  concept(
    `${b}(?:blodfortynn|antikoag|marevan|warfarin|eliquis|apixaban|xarelto|rivaroksaban|pradaxa|dabigatran|lixiana|albyl)`,
    `blodfortynn|antikoag|marevan|warfarin|eliquis|xarelto|pradaxa|lixiana`,
    `${b}(?:blodfortynn|antikoag|marevan|warfarin|eliquis|apixaban|xarelto|pradaxa|lixiana|albyl)`,
    'Bruker ikke blodfortynnende.',
    undefined,
    'bloodThinner',
  ),
  concept(`${b}gravid`, `gravid`, `${b}gravid`, 'Ikke gravid.'),
  concept(
    `${b}(?:brystsmert|vondt i brystet|smerter i brystet|trykk(?:ende)? (?:i|over) brystet)`,
    `brystsmert|vondt i brystet|smerter i brystet`,
    `${b}(?:brystsmert|vondt i brystet|brystet)`,
    'Ingen brystsmerter.',
  ),
  concept(
    `${b}(?:tungpust|pustebesv|dyspn|problemer med a puste|vanskelig a puste|pustevansk|andpusten|tung i pusten)`,
    `tungpust|pustebesv|dyspn|pustevansk`,
    `${b}(?:tungpust|pustebesv|dyspn|puste|andpusten)`,
    'Ingen dyspné.',
  ),
  concept(
    `${b}(?:nakkestiv|stiv i nakken|boye (?:hodet|haken))`,
    `nakkestiv|stiv i nakken`,
    `${b}(?:nakkestiv|stiv i nakken|nakken)`,
    'Ikke nakkestivhet.',
  ),
  concept(
    `${b}(?:lammelse|lam i|nummen|nummenhet|svakhet i|kraftsvikt|skjev i (?:munnen|ansiktet))`,
    `lammelse|nummen|kraftsvikt|svakhet`,
    `${b}(?:lam|nummen|nummenhet|svak|svakhet)`,
    'Ingen lammelser eller nummenhet.',
  ),
  concept(
    `${b}blod i (?:avforingen|bæsjen|basjen|do|doen)`,
    `blod i avforingen`,
    `${b}blod`,
    'Ikke blod i avføringen.',
  ),
  // Black stool is its own red flag: "Har du sett blod i avføringen, eller har den vært svart?" —
  // "Nei." denies both, and "Ikke melena." is never folded into the blood's negative.
  concept(
    `${b}svart (?:avforing|basj)|${b}melena|${b}(?:avforing|basj)[a-z]*[^.?]{0,40}${b}svart`,
    `melena|svart avforing`,
    `${b}(?:svart|melena)`,
    'Ikke melena.',
  ),
  concept(
    `${b}blod i urinen|${b}hematuri`,
    `blod i urinen|hematuri`,
    `${b}blod`,
    'Ikke blod i urinen.',
  ),
  // Written in the patient's words: the verifier finds them in the transcript.
  concept(
    `${b}(?:kastet opp blod|blod i oppkastet|hematemese)`,
    `kastet opp blod|hematemese|blod i oppkast`,
    `${b}blod`,
    'Ikke kastet opp blod.',
  ),
  concept(
    `${b}(?:gatt ned i vekt|vekttap|mistet vekt|tapt (?:deg )?i vekt|slanket (?:deg )?uten)`,
    `vekttap|ned i vekt|vektnedgang`,
    `${b}(?:vekt|kilo|kg)`,
    'Ikke vekttap.',
  ),
  concept(
    `${b}(?:nattesvet|svetter (?:du )?(?:om|pa) natt)`,
    `nattesvet`,
    `${b}(?:nattesvet|svett)`,
    'Ikke nattesvette.',
  ),
  concept(
    `${b}(?:besvimt|besvimte|besvime|svimte av|synkope)`,
    `besvim|synkope`,
    `${b}(?:besvim|svimte|synkope)`,
    'Ikke synkope.',
  ),
  concept(
    `${b}(?:bevisstlos|mistet bevisstheten|(?:var|vert) (?:du |han |hun )?borte)`,
    `bevisstl|bevissthetstap`,
    `${b}(?:bevisstl|borte)`,
    'Ikke bevisstløs.',
  ),
  concept(
    `${b}(?:dobbeltsyn|(?:sett|ser|se) dobbelt)`,
    `dobbeltsyn|dobbelt`,
    `${b}dobbelt`,
    'Ikke dobbeltsyn.',
  ),
  concept(
    `${b}(?:synsforstyrr|uklart syn|takesyn|flimmer for oynene|problemer med synet|synet)`,
    `synsforstyrr|uklart syn|takesyn|synet`,
    `${b}(?:syn|synet|oynene)`,
    'Ingen synsforstyrrelser.',
  ),
  concept(
    // "Har du kastet opp blod?" asks about the blood (hematemesis), not about vomiting.
    `${b}(?:kastet opp|kaste opp|oppkast|brekning)(?! blod)`,
    `kast(?:et)? opp|oppkast|brekning`,
    `${b}(?:kast|oppkast|spy)`,
    'Ikke oppkast.',
  ),
];

/** How a whole answer denies: a no that opens it, or a bare denial word. */
const denialOpening =
  /^(?:(?:ja,? )?nei|neida|nei da|ne|neh|nei|nee|neii|nehei|niks|nix|aldri|ingenting|ingen ting|ingen av|egentlig ikke|verken eller|ikke noe av det|ikke noe sant|ikke i det hele tatt|ingenting av det|ikke det|null(?= *(?:[.!,]|$))|langt ifra|(?:slett|slettes|overhodet|absolutt) ikke|(?:det )?stemmer ikke|(?:jeg )?(?:har|hev) (?:ikke|aldri) (?:hatt det|det|merket noe)|det er ikke noe|det (?:har|er|var|gjor) (?:jeg|det|hun|han) ikke)(?![a-z])/u;

/** "Nei, ikke noe særlig.", "ikkje nåkka særleg", "ikke så mye": a no that says "not much". */
const notMuchOpening =
  /^(?:nei,?\s*)?(?:ikke|ikkje|itj|inte) (?:noe |noko |nakka |nakke |na |sa |so )?(?:serlig|serleg|mye|mykje|mokje|veldig)(?![a-z])/u;

/** A clause affirming something: "men", "litt", "av og til" — the no then covers less. */
const affirmingClause =
  /(?<![a-z])(?:men|litt|iblant|av og til|noen ganger|en gang|ja|bare (?:nar|om|ved|litt)|unntatt|utenom)(?![a-z])/u;

/**
 * A question about stopping, a relative or a past event ("Har du sluttet med Marevan?", "Har noen
 * i familien …?"): a no there denies nothing about the patient now.
 */
const notAboutOnset =
  /(?<![a-z])(?:sluttet|slutta|stoppet|seponert|kuttet ut|glemt|glemmer|familien|slekta|foreldre|mor|far|mora|faren|bror|soster|sosken|barna|sonnen|datteren)(?![a-z])/u;

const negation = /(?<![a-z])(?:ingen|ikke|aldri|uten|nei|verken|negativ)(?![a-z])/u;

/** "Nei, veit ikkje", "usikker": the patient does not know, so the opening no denies nothing. */
const unsureAnswer =
  /(?<![a-z])(?:vet|veit) (?:ikke|ikkje|itj)(?! (?:om|av) (?:noe|noko|noka|nokon) (?:sant|slikt|slik))|(?<![a-z])(?:usikker|husker ikke|hugsar ikkje|minnes ikke)(?![a-z])/u;

/** "Feber har vi ikke målt", "ikkje sjekka": a clause saying something went unmeasured. */
const unmeasuredClause =
  /(?<![a-z])(?:ikke|ikkje|itj|aldri) (?:[a-z]+ )?(?:malt|malte|sjekket|sjekka|kontrollert|veid|veiet|vege)(?![a-z])/u;

/**
 * Four-letter beginnings of the words a question of several parts asks about ("har du hatt feber
 * eller nattesvette?" → "febe", "natt"); none for a question of one part.
 */
function askedPartHeads(looseQuestion: string): string[] {
  // "Bruker du medisiner, blodfortynnende for eksempel?": the later part is an example of the first.
  if (/(?<![a-z])(?:for eksempel|til domes|til eksempel|som)(?![a-z])/u.test(looseQuestion))
    return [];
  const parts = looseQuestion
    .trim()
    .replace(/[?.!]+$/u, '')
    .split(/,\s*(?:eller\s+)?|\s+eller\s+/u);
  if (parts.length < 2) return [];
  return parts
    .flatMap((part) => part.split(/[^a-z]+/u))
    .filter((word) => word.length >= 3 && !askedFrame.has(word))
    .map((word) => word.slice(0, 4));
}

/** The frame of a question ("har du hatt …"), never a part it asks about. */
const askedFrame = new Set([
  'har',
  'hatt',
  'du',
  'deg',
  'sett',
  'vert',
  'vaert',
  'vore',
  'kjent',
  'merket',
  'merka',
  'noen',
  'nokon',
  'noe',
  'noko',
  'eller',
  'med',
  'for',
  'det',
  'den',
  'hun',
  'han',
  'blitt',
  'fatt',
  'blir',
]);

/** Words that make a no deny everything asked, whatever part it names. */
const wholeNo =
  /(?<![a-z])(?:i det hele tatt|i det heile teke|(?:noe|noko|noka|nakka|nake) (?:anna|annet|anne|sant|slikt|av det)|(?:ingen|ikke|ikkje|itj) (?:anna|annet|andre|sant|slikt))(?![a-z])/u;

/**
 * Whether the first sentence of a no names one part of the question as the part denied ("Nei,
 * ikke feber." to "feber eller nattesvette"): the no is then narrowed to what it names.
 */
function namesDeniedPart(looseQuestion: string, answer: string): boolean {
  const heads = askedPartHeads(looseQuestion);
  // An answer of more sentences answers the other parts in words of its own (as the drafter reads
  // it, see `deniedByName` in question-answer.ts).
  if (heads.length === 0 || answer.trim().split(/(?<=[.!?])\s+/u).length !== 1) return false;
  if (wholeNo.test(answer)) return false;
  return [
    ...answer.matchAll(
      /(?<![a-z])(?:ikke|ikkje|itj|ingen|inga|ingi)\s+(?:(?:noe|noko|nokon|noen|nake|nakka|nakke|noka|mye|serlig)\s+)?([a-z]+)/gu,
    ),
  ].some((match) => {
    const word = match[1] ?? '';
    // "Nei, ingen tanker." to "tanker om å ta livet ditt eller skade deg selv": the thoughts frame
    // every part, so naming them names no single part.
    if (/^(?:tank|tenk)/u.test(word)) return false;
    return word.length >= 3 && heads.includes(word.slice(0, 4));
  });
}

/**
 * The canonical negatives of the safety topics a question asks about and the answer denies, in
 * note order: every topic asked when the answer opens with a denial ("Nei, ingenting av det."),
 * unless a later clause names it without denying it ("Nei, men litt tungpust"); a topic the answer
 * names in a negated clause of its own ("Gravid kan jeg ikke være, jeg har spiral") even without
 * an opening no.
 */
export function deniedSafetyTopics(looseQuestion: string, looseAnswer: string): string[] {
  const answer = looseAnswer
    .trim()
    .replace(/^(?:eh+|ehm|oh|altsa|mm|hm+|nja(?=[,.\s]+nei))[,.\s]+/u, '');
  if (notAboutOnset.test(looseQuestion)) return [];
  // "Nei. Jo forresten, ein gong i natt.": a no taken back denies nothing.
  if (takenBackNo(answer, looseQuestion) !== undefined) return [];
  // "Nei, ikke lenger.", "Nei, ikkje no, men i går.": the no holds now only; the answer is read as
  // said ("Ingen brystsmerter nå."), never a plain lifelong denial (review r39g).
  if (
    /^(?:nei|nae|nei da)[,.!]?\s*(?:ikke|ikkje|itj|itte) (?:(?:na|no) )?(?:lenger|lengre|lenga)(?![a-z])|^(?:nei|nae|nei da)[,.!]?\s*(?:ikke|ikkje|itj|itte) (?:na|no),? men(?![a-z])/u.test(
      answer,
    )
  )
    return [];
  // In the order the question asks them.
  const asked = concepts
    .filter((topic) => topic.asked.test(looseQuestion))
    .sort((one, other) => looseQuestion.search(one.asked) - looseQuestion.search(other.asked));
  if (asked.length === 0) return [];
  // "Nei, veit ikkje.": no denial. "Nei, ikke feber." to "feber eller nattesvette": the no denies
  // only the part it names; a topic it leaves unnamed is not denied by the opening no.
  // "Er du tung i pusten?" — "Nei, ikkje nåkka særlig.": "not much" is no denial of the topic
  // (the note says "Ikke særlig tung i pusten.", never "Ingen dyspné.").
  const opened =
    !notMuchOpening.test(answer) &&
    denialOpening.test(answer) &&
    !unsureAnswer.test(answer) &&
    !namesDeniedPart(looseQuestion, answer);
  const clauses = answer.replace(denialOpening, '').split(/[.!?,]/u);
  // "Har du tenkt på å ta livet ditt?" — "Ja, det har eg. Men eg har ingen plan.": thoughts said,
  // plans denied unasked; the denied plan is the safety fact the note must carry.
  const plansDenied =
    asked[0] === concepts[0] &&
    !asked.some((topic) => topic.note === 'Ingen suicidplaner.') &&
    /(?<![a-z])(?:ingen|inga|ingi|ikke|ikkje)(?: (?:noen|noe|nokon|noko|konkrete|konkret))? plan(?:er|ar|ane|ene)?(?![a-z])/u.test(
      answer,
    );
  // "Har du noen allergier?" — "Nei, kun penicillin.": the no names one of the kind asked.
  // "Nei, bare pollen.": the turned answer denies drug allergy only, never all allergy.
  // "Nei, bare narkose.": any allergen named after the no is a CAVE, never denied with it.
  const reading = readExceptAnswer(looseQuestion, answer);
  const namedKinds: readonly AskedKind[] =
    reading?.reading === 'member'
      ? reading.kinds
      : reading?.reading === 'non-drug-allergen' || reading?.reading === 'allergen'
        ? ['allergy']
        : [];
  const denied = asked
    .filter((topic) => {
      if (topic.kind !== undefined && namedKinds.includes(topic.kind)) return false;
      // "Nei, men jeg har tenkt at det hadde vært lettere å ikke være her.": the answer tells a
      // death wish, and no suicidal thoughts are denied beside it (session 39g).
      if (topic.kind === 'suicidalThoughts' && isLooseDeathWish(answer)) return false;
      const naming = clauses.filter((clause) => topic.named.test(clause));
      if (naming.length === 0) return opened;
      if (topic.affirmed?.test(answer) === true) return false;
      // "Nei. Vekta har jeg ikke målt.": a topic never measured is left open, not denied.
      if (naming.some((clause) => unmeasuredClause.test(clause))) return false;
      // "…, men ikkje noko blodfortynnande": a "men" that opens a negation denies, not affirms.
      return naming.every((clause) => {
        const plain = clause.replace(/^\s*men (?=(?:ikke|ingen|aldri)(?![a-z]))/u, '');
        return negation.test(plain) && !affirmingClause.test(plain);
      });
    })
    .map((topic) => topic.note);
  return plansDenied ? [...denied, 'Ingen suicidplaner.'] : denied;
}

/**
 * Whether an answer sentence speaks of a safety topic the question asked ("Har du noen
 * allergier?" — "Jeg tåler ikke sulfa."): the note keeps it whatever else it says.
 */
export function answersSafetyTopic(looseQuestion: string, looseSentence: string): boolean {
  return concepts.some(
    (topic) =>
      topic.asked.test(looseQuestion) &&
      (topic.named.test(looseSentence) || topic.affirmed?.test(looseSentence) === true),
  );
}

/** Words that say nothing beside a denied topic ("Ikke vært tungpusten", "Har ingen allergier"). */
const emptyWords =
  /(?<![a-z])(?:ingen|ikke|aldri|uten|nei|verken|eller|noe|noen|har|hatt|vert|var|er|pas\.?|na|i|pa|det|den|heller|etterpa|merket|sett|kjent|kjente|fatt|fikk|bruker|noensinne|i det hele tatt|tenkt|tenker|tanker|tanke)(?![a-z])/gu;

const topicOf = (note: string): SafetyConcept | undefined =>
  concepts.find((candidate) => candidate.note === note);

/**
 * The denied topics a short statement says and nothing besides ("Ikke vært tungpusten.", "Ikke
 * vondt i brystet."): the statement can be written as their canonical negatives.
 */
export function onlySaysNegatives(looseSentence: string, notes: readonly string[]): string[] {
  if (!negation.test(looseSentence)) return [];
  let rest = looseSentence;
  const said: string[] = [];
  for (const note of notes) {
    const topic = topicOf(note);
    if (topic === undefined) continue;
    const global = new RegExp(`${topic.said.source}[a-z]*`, 'gu');
    if (!global.test(rest)) continue;
    said.push(note);
    rest = rest.replace(global, ' ');
  }
  const left = rest
    .replace(emptyWords, ' ')
    .split(/[^a-z]+/u)
    .filter((word) => word.length > 2);
  return left.length === 0 ? said : [];
}

/** Whether loose note text already says this negative with the negation next to the topic. */
export function saysNegative(looseSentences: readonly string[], note: string): boolean {
  const topic = topicOf(note);
  if (topic === undefined) return false;
  const near = new RegExp(
    // "Ingen nattesvette, vekttap eller feber." denies each item of its list of single words.
    `(?<![a-z])(?:(?:ingen|ikke|aldri|uten|verken)(?: (?!a )(?:pas\\.|[a-z]+))?|(?:ingen|ikke|verken) [a-z]+(?:, [a-z]+){0,4}(?:,| eller| og)) (?:${topic.said.source})`,
    'u',
  );
  return looseSentences.some((sentence) => near.test(sentence));
}

/**
 * Denied topics as one statement: "Ingen brystsmerter." and "Ikke synkope." → "Ingen
 * brystsmerter, ikke synkope." (each item keeps its negation, as clinicians list them); a negative
 * of another form ("Bruker ikke blodfortynnende.") stays its own sentence.
 */
export function joinNegatives(notes: readonly string[]): string[] {
  const listed = notes.filter((note) => /^(?:Ingen|Ikke) /u.test(note));
  const others = notes.filter((note) => !listed.includes(note));
  if (listed.length === 0) return others;
  const items = listed.map((note, index) => {
    const bare = note.replace(/\.$/u, '');
    return index === 0 ? bare : bare.charAt(0).toLowerCase() + bare.slice(1);
  });
  return [`${items.join(', ')}.`, ...others];
}

const drugAllergyQuestion =
  /(?<![a-z])(?:allergi|allergisk|allergiar|taler (?:du )?(?:alle|noen|noe))/u;
const noDrugAllergy =
  /(?:^|(?<=[,.]\s?))\s*(?:men )?ikke (?:noe |noen )?(?:mot |for )?(?:medisiner|medisin|legemidler|tabletter)(?: heller)?(?=\s*(?:[.!,]|$))/iu;

/**
 * "Er du allergisk mot noe?" — "Jeg tåler ikke plaster. Men ikke noe medisiner.": the denied part
 * is the drug allergy ("Ingen kjent legemiddelallergi."), never a bare "Ikke medisiner." and never
 * "Ingen allergier" (the plaster allergy stays).
 */
export function withDrugAllergyDenied(question: string | undefined, said: string): string {
  if (question === undefined || !drugAllergyQuestion.test(question.toLowerCase())) return said;
  return said.replace(noDrugAllergy, (whole: string) =>
    /^\s*$/u.test(said.slice(0, said.indexOf(whole)))
      ? 'Ingen kjent legemiddelallergi'
      : ' ingen kjent legemiddelallergi',
  );
}

const allergyOrToleranceQuestion =
  /(?<![a-z])(?:allergi|allergisk|allergiske|allergiar|taler (?:du )?(?:alle|noen|noe|ikke|ikkje))/u;
/** Words that never stand alone as the allergen of an answer ("Nei.", "Det vet jeg ikke."). */
const notAnAllergen = new Set([
  'ja',
  'jo',
  'joda',
  'nei',
  'neida',
  'nope',
  'nja',
  'tja',
  'joa',
  'nææ',
  'neppe',
  'husker',
  'aner',
  'ukjent',
  'ingenting',
  'vanlig',
  'hm',
  'mm',
  'eh',
  'ok',
  'greit',
  'takk',
  'ingen',
  'ikke',
  'ikkje',
  'aldri',
  'jeg',
  'eg',
  'æ',
  'du',
  'det',
  'den',
  'dei',
  'de',
  'hun',
  'han',
  'ho',
  'vi',
  'alt',
  'alle',
  'noe',
  'noko',
  'noen',
  'nokon',
  'vet',
  'veit',
  'tror',
  'trur',
  'har',
  'er',
  'kan',
  'tåler',
  'tåle',
  'kanskje',
  'usikker',
  'mulig',
  'litt',
  'sånn',
  'sant',
  'medisiner',
  'medisin',
  'allergi',
  'allergier',
  'allergisk',
]);
const bareAnswer =
  /^\s*(?:(?:[Bb]are|[Bb]erre|[Kk]un|[Uu]nntatt|[Uu]tenom|[Bb]ortsett fra)\s+(?:(?:mot|for)\s+)?)?(\p{L}[\p{L}-]{2,}(?: og \p{L}[\p{L}-]{2,})?)\s*(?:[,;:]\s*((?:fikk|fekk|får|ble|vart|blir|gir|ga|gav|reagerte|reagerer|hovnet|hovna)\s[^.!?]+))?[.!]?\s*$/u;

/**
 * "Er du allergisk mot noe?" — "Nikkel." / "Penicillin, fikk utslett.": an answer that only names
 * what the patient reacts to (and how) is an allergy, written as clinicians do, "CAVE nikkel." —
 * or, to "Tåler du alle medisiner?", "Tåler ikke aspirin." — so the note keeps it although a bare
 * noun says nothing clinical on its own ("Allergisk mot …" would repeat a word only asked, which
 * the verifier rightly reads as unconfirmed). Undefined for any other answer.
 */
export function bareAllergyAnswer(looseQuestion: string, sentence: string): string | undefined {
  if (!allergyOrToleranceQuestion.test(looseQuestion)) return undefined;
  // "Nei, kun penicillin.": to a question about any allergy the no names one (except-answer.ts).
  const match = bareAnswer.exec(
    sentence.replace(
      /^\s*(?:nei|næ|neida)[,.!]?\s+(?=(?:bare|berre|kun|unntatt|utenom|bortsett fra)\s)/iu,
      '',
    ),
  );
  const named = match?.[1];
  if (named === undefined) return undefined;
  if (named.split(' og ').some((word) => notAnAllergen.has(word.toLowerCase()))) return undefined;
  const allergen = /^\p{Lu}\p{Ll}+$/u.test(named.split(' ')[0] ?? '')
    ? named.charAt(0).toLowerCase() + named.slice(1)
    : named;
  const reaction = match?.[2] === undefined ? '' : `, ${match[2].trim()}`;
  if (!/(?<![a-z])allergi/u.test(looseQuestion)) return `Tåler ikke ${allergen}${reaction}.`;
  // CAVE heads a drug and anything not known to be none («smertestillende», «narkose»); pollen, a
  // pet or a food is written as the allergy it is ("Pollenallergi.").
  const compound = nonDrugAllergyWord(allergen);
  return compound === undefined ? `CAVE ${allergen}${reaction}.` : `${compound}${reaction}.`;
}
