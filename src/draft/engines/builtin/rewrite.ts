import type { Speaker } from '../../../core/index.js';
import { isDrugName } from '../../language/drug-names.js';
import { writeNumbersAsDigits } from '../../language/norwegian-numbers.js';
import { relativeWordsSource } from './relative-subject.js';
import { isDeathWish } from './suicide-talk.js';
import {
  capitalize,
  toClinicalNoteWording,
  toClinicianRegister,
  toHistoryRegister,
} from './note-register.js';

/** `note` is the clinician's third-person note style; `letter` speaks to the patient ("du"). */
export type Voice = 'note' | 'letter';

const letter = '\\p{L}\\p{N}';
const compiled = new Map<string, RegExp>();
/** A whole-word pattern, compiled once per source (drafting a long consultation calls this often). */
/** Verbs whose object is the patient when the clinician speaks ("henviser deg", "sender deg"). */
const clinicObjectVerbs = 'henviser|sender|innlegger|undersøker|kontrollerer|sykmelder|ringer';

function cachedRegExp(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let pattern = compiled.get(key);
  if (pattern === undefined) {
    pattern = new RegExp(source, flags);
    compiled.set(key, pattern);
  }
  // A global pattern keeps its position between `test` calls; every use starts afresh.
  pattern.lastIndex = 0;
  return pattern;
}
const word = (pattern: string): RegExp =>
  cachedRegExp(`(?<![${letter}])(?:${pattern})(?![${letter}])`, 'giu');

// Filler and hedges of spoken Norwegian that a written note leaves out ("nok" only as a hedge:
// "krem alene er ikke nok" keeps it).
const fillerWords =
  'eh+|ehm+|øh+|hm+|mhm|liksom|altså|jo|vel|sånn|faktisk|egentlig|helt|skikkelig|innmari|kjempe|på en måte|ikke sant|du vet(?: at)?|for å si det sånn|skjønner du|skjønne du|forstår du|vil jeg si|må jeg si|tror jeg|da vet du|ganske|veldig|kanskje|(?<!(?:ikke|ikkje) )nok|liksom|greit|dessverre|heldigvis|ha ha|haha|hehe|he he|så mye|så(?= (?:vondt|tung|sliten|dårlig|redd|mye|høy|lav))';
const fillers = word(fillerWords);
/**
 * The same without «greit»: in a death wish ("det hadde vært greit å bare ikke våkne opp igjen")
 * the word carries the wish, and without it the sentence read "hadde vært å …" (session 39g).
 */
const fillersInDeathWish = word(fillerWords.replace('|greit|', '|'));
const leadingDiscourse =
  /^(?:å ja|åja|å jo|ja|nei|næ|jo|ok|okei|mm|aha|ah|au|bra|fint|flott|supert|nettopp|og|så(?! lenge)|men|altså|da|nå|ja vel|javel|godt|ja da|herlig|vent(?=,))(?:[,.!:]\s*|\s+)/iu;
/** In a letter "Da tar vi en prøve" reads well; only the hesitations go. */
const leadingDiscourseInLetters =
  /^(?:ja|nei|jo|ok|okei|mm|aha|ah|au|bra|fint|flott|supert|nettopp|og|altså|ja vel|javel|godt|ja da|herlig)(?:[,.!:]\s*|\s+)/iu;
const trailingTag =
  /,\s*(?:jeg|du|da|altså|liksom|vet du|ikke sant|ja|vel|eller|doktor|nå|da altså)\s*([.!?]?)$/iu;

/** Words a statement cannot end in: copulas, auxiliaries and prepositions (bokmål and dialect). */
const danglingEnd =
  /[\s,]+(?:er|e|var|va|blir|ble|vart|har|hadde|skal|ska|kan|må|vil|bør|i|for|av|om|fra|ved|hos|mot|at|som)([.!?]?)$/iu;

function lastWord(text: string): string {
  return /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u.exec(text)?.[1]?.toLowerCase() ?? '';
}

/** Drops the copulas, auxiliaries and prepositions a removal left at the end of a statement. */
function withoutDanglingEnd(text: string): string {
  let result = text.replace(/[\s,;:]+([.!?]?)[\s,;:]*$/u, '$1');
  for (let guard = 0; guard < 3; guard += 1) {
    const next = result.replace(danglingEnd, '$1');
    if (next === result) break;
    result = next;
  }
  return result;
}

/** Imperatives to the patient, with the infinitive a note uses: "Hold deg unna" → "Skal holde seg unna". */
const imperatives: Readonly<Record<string, string>> = {
  hold: 'holde',
  ta: 'ta',
  bruk: 'bruke',
  drikk: 'drikke',
  unngå: 'unngå',
  ring: 'ringe',
  kontakt: 'kontakte',
  bestill: 'bestille',
  regn: 'regne',
  legg: 'legge',
  spis: 'spise',
  hvil: 'hvile',
  fortsett: 'fortsette',
  slutt: 'slutte',
  kjenn: 'kjenne',
  vent: 'vente',
  sett: 'sette',
  smør: 'smøre',
  skyv: 'skyve',
  len: 'lene',
  avlast: 'avlaste',
  belast: 'belaste',
  trapp: 'trappe',
  stå: 'stå',
  gå: 'gå',
  øk: 'øke',
  reduser: 'redusere',
  husk: 'huske',
  følg: 'følge',
  mål: 'måle',
  send: 'sende',
  tren: 'trene',
  sov: 'sove',
};

function imperativeToNote(text: string): string {
  const match = /^([\p{L}]+)(?=[\s,])/u.exec(text);
  const infinitive = match?.[1] === undefined ? undefined : imperatives[match[1].toLowerCase()];
  if (match?.[1] === undefined || infinitive === undefined) return text;
  // "deg" is the patient only in the imperative's own clause: "Ring oss, så ringer vi deg …"
  // keeps the second clause's "deg" for the pronoun shift ("ringer pas.").
  const rest = text.slice(match[1].length);
  const clauseEnd = rest.search(/[,;]/u);
  const own = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
  const after = clauseEnd < 0 ? '' : rest.slice(clauseEnd);
  return `skal ${infinitive}${own.replace(/(?<![\p{L}])deg(?![\p{L}])/gu, 'seg')}${after}`;
}

/** Rewrites spoken numbers and units the way a note writes them. */
export function formatClinicalNumbers(text: string, voice: Voice = 'note'): string {
  const withDigits = writeNumbersAsDigits(text);
  if (voice === 'letter') {
    // A letter keeps "4 ganger daglig": "x 4" is clinicians' shorthand.
    return withDigits
      .replace(/(\d+) over (\d+)/g, '$1/$2')
      .replace(/(\d+(?:,\d+)?) milligram/giu, '$1 mg')
      .replace(/(\d+) til (\d+) (uker|dager|døgn|måneder|timer|minutter|år|ganger)/giu, '$1–$2 $3');
  }
  return (
    withDigits
      .replace(/(\d+) over (\d+)/g, '$1/$2')
      .replace(/(\d+(?:,\d+)?) milligram/giu, '$1 mg')
      .replace(/(\d+(?:,\d+)?) gram(?![\p{L}])/giu, '$1 g')
      .replace(/(\d+(?:,\d+)?) kilo(?:gram)?(?![\p{L}])/giu, '$1 kg')
      .replace(/(\d+(?:,\d+)?) prosent/giu, '$1 %')
      .replace(/(\d+(?:,\d+)?) milliliter/giu, '$1 ml')
      .replace(/(\d+(?:,\d+)?) (?:centimeter|centimetre|cm)(?![\p{L}])/giu, '$1 cm')
      .replace(/(\d+(?:,\d+)?) millimeter(?![\p{L}])/giu, '$1 mm')
      .replace(/(\d+(?:,\d+)?) mikrogram(?![\p{L}])/giu, '$1 µg')
      .replace(
        // "2–3 ganger om dagen" → "x 2–3 daglig": the range stays whole.
        /(\d+(?:[–-]\d+)?) ganger? (?:i døgnet|daglig|om dagen|per dag|pr\. dag|per døgn|hver dag)/giu,
        'x $1 daglig',
      )
      // "Eliquis fem to ganger om dagen" → "Eliquis 5 mg x 2 daglig": a tablet strength said right
      // after the drug's name, before how often, is milligrams (the unit clinicians leave unsaid).
      .replace(
        /(?<![\p{L}])([\p{L}][\p{L}-]+) (\d+(?:,\d+)?) (?=x \d|\d+ ganger?(?![\p{L}]))/gu,
        (match: string, word: string, value: string) =>
          isDrugName(word) ? `${word} ${value} mg ` : match,
      )
      // "Eliquis 5 mg 2 ganger" → "Eliquis 5 mg x 2" (not "2 ganger i uka").
      .replace(
        /(\d (?:mg|g)) (\d+) ganger?(?![\p{L}])(?! (?:i|per|pr\.) (?:uka|uken|veka|måneden|månaden|året|uke|måned))/gu,
        '$1 x $2',
      )
      .replace(/(\d+) til (\d+) (uker|dager|døgn|måneder|timer|minutter|år|ganger)/giu, '$1–$2 $3')
      .replace(/(\d+)-(\d+) (uker|dager|døgn|måneder|timer|minutter)/giu, '$1–$2 $3')
      // "de siste 4 dagene" → "siste 4 dager": the span as a note writes it.
      .replace(
        /(?<![\p{L}])(?:de|dei|dem) siste (\d+(?:[–-]\d+)?) (dagene|døgnene|ukene|vekene|månedene|månadene)(?![\p{L}])/gu,
        (_whole, count: string, span: string) => `siste ${count} ${plainSpan[span] ?? span}`,
      )
  );
}

/** A span said in the definite plural ("dagene") as a note writes it after a count ("dager"). */
const plainSpan: Readonly<Record<string, string>> = {
  dagene: 'dager',
  døgnene: 'døgn',
  ukene: 'uker',
  vekene: 'uker',
  månedene: 'måneder',
  månadene: 'måneder',
};

/**
 * An interpreter's, relative's or clinician's third person for the patient: "Hun sier at hun har
 * vondt" → "har vondt", "Han er våken" → "er våken", "…, og hun tar Paracet" → "…, og tar Paracet".
 * A note about the patient has no subject.
 */
function withoutReportedSpeech(text: string): string {
  return (
    text
      .replace(/^(?:hun|han) (?:sier|forteller|opplyser|sa)(?: at)?(?: (?:hun|han)(?= ))?\s*/iu, '')
      // "Han sier at han ikke tåler penicillin" → "tåler ikke penicillin": a main clause's order.
      .replace(
        /^ikke (tåler|bruker|tar|har|husker|klarer|røyker|drikker|kan|vil|vet|får)(?![\p{L}])/iu,
        '$1 ikke',
      )
      .replace(
        /^(?:hun|han) (?=(?:er|har|får|må|skal|kan|tar|bruker|blir|virker|puster|sover|spiser|drikker|hoster|går|kjenner|føler|ble|var|hadde|fikk|trenger|tåler|jobber|klarer|røyker|snuser|husker|bor|trener|svetter|tisser|merker|pleier|bør|vet|veide|våkner)(?![\p{L}]))/iu,
        '',
      )
      .replace(
        /(, (?:og|men) )(?:hun|han) (?=(?:er|har|får|må|skal|kan|tar|bruker|blir|går|hadde|fikk|klarer|jobber|røyker|husker|sover|spiser|drikker|veide)(?![\p{L}]))/giu,
        '$1',
      )
  );
}

interface RewriteOptions {
  readonly speaker: Speaker;
  readonly voice: Voice;
  /** The sentence goes on from a no said on its own ("Nei. Bare nattesvette."). */
  readonly afterNo?: boolean;
}

/** Words that open a subordinate clause; the subject after them stays ("Hvis du får …"). */
const subordinators = new Set([
  'hvis',
  'dersom',
  'når',
  'om',
  'at',
  'fordi',
  'mens',
  'som',
  'før',
  'etter',
  'så',
  'og',
  'men',
  'eller',
  'da',
  'selv',
  'siden',
  'ettersom',
  'inntil',
  'til',
]);

function shiftPronouns(text: string, options: RewriteOptions): string {
  const isPatientSide = options.speaker === 'pasient';
  const isClinician = options.speaker === 'lege' || options.speaker === 'sykepleier';
  if (options.voice === 'letter') {
    if (!isPatientSide) return text;
    return text
      .replace(word('jeg'), 'du')
      .replace(word('meg'), 'deg')
      .replace(word('min'), 'din')
      .replace(word('mitt'), 'ditt')
      .replace(word('mine'), 'dine');
  }
  if (!isPatientSide && !isClinician) return text; // relatives speak of the patient in third person
  const [subject, object, possessive] = isPatientSide
    ? ['jeg', 'meg', 'min|mitt|mine']
    : ['du', 'deg', 'din|ditt|dine'];
  let result = text;
  const hadSubject = word(subject).test(result);
  // "Tar jeg kalktabletten" / "Kommer du til kontroll" after a dropped "Så": the subject goes.
  const opening = /^([\p{L}]+)/u.exec(result)?.[1]?.toLowerCase() ?? '';
  if (!subordinators.has(opening)) {
    result = result.replace(
      cachedRegExp(`^([${letter}]+) (?:${subject}${isClinician ? '|vi|jeg' : ''}) `, 'iu'),
      '$1 ',
    );
  }
  // A subject pronoun that opens the sentence is dropped ("Jeg har vondt" → "Har vondt").
  result = result.replace(cachedRegExp(`^(?:${subject})\\s+`, 'iu'), '');
  if (isClinician) result = result.replace(/^(?:jeg|vi)\s+/iu, '');
  result = result.replace(word(subject), 'pas.');
  // "… som du skal ha med deg, og henviser deg til allergolog": the object of what the clinic
  // does is the patient, never "seg".
  if (isClinician)
    result = result.replace(
      cachedRegExp(`(?<![${letter}])(${clinicObjectVerbs}) ${object}(?![${letter}])`, 'giu'),
      '$1 pas.',
    );
  result = result.replace(word(object), hadSubject ? 'seg' : 'pas.');
  // "Svigerfar min hadde Parkinson" → "Svigerfar hadde Parkinson": a relative said with the
  // speaker's possessive (the bare form the definite rule below does not reach).
  result = result.replace(
    cachedRegExp(
      `(?<![${letter}])(${relativeWordsSource}) (?:${possessive})(?![${letter}])`,
      'giu',
    ),
    '$1',
  );
  // "spyttet ditt" → "spyttet"; "din lege" → "sin lege".
  result = result.replace(
    cachedRegExp(`([${letter}]+(?:en|et|a|ene|ne)) (?:${possessive})(?![${letter}])`, 'giu'),
    '$1',
  );
  result = result
    .replace(word(possessive.split('|')[0] ?? ''), 'sin')
    .replace(word(possessive.split('|')[1] ?? ''), 'sitt')
    .replace(word(possessive.split('|')[2] ?? ''), 'sine');
  return result;
}

/**
 * Turns one spoken sentence into note language: drops filler and discourse markers, shifts
 * first/second person to the note's voice, writes numbers as digits with units, and tidies
 * punctuation. Returns `undefined` when nothing with content is left.
 */
export function toNoteLanguage(sentence: string, options: RewriteOptions): string | undefined {
  // "Puls ... 68" → "Puls: 68"; a longer lead-in before a pause just runs on.
  let text = sentence
    .replace(/^([\p{L}]+(?: [\p{L}]+)?)\s*\.\.\.\s*/u, '$1: ')
    .replace(/\s*\.\.\.\s*/g, ' ')
    .replace(/\s*—\s*$/u, '')
    .trim();
  // "Beinet va greit" → "Beinet var normalt": a finding said as "greit", before "greit" goes as filler.
  if (/(?:grei|ok)/iu.test(text))
    text = text.replace(
      /(?<![\p{L}])([\p{L}]{3,}?(en|et|a|ene|na|ne)) (er|e|var|va) (?:greit|grei|ok|okei)(?![\p{L}])/giu,
      (_match, subject: string, ending: string, verb: string) =>
        `${subject} ${/^va/iu.test(verb) ? 'var' : 'er'} ${
          ending.toLowerCase() === 'et' ? 'normalt' : /e$/iu.test(ending) ? 'normale' : 'normal'
        }`,
    );
  const lastWordBeforeRemoval = lastWord(text);
  // "Nei, kanskje litt kvalm." → "Kanskje litt kvalm.": after a no, the "kanskje" is the patient's
  // doubt about a symptom, never filler (without it the note says the symptom as certain).
  const doubtAfterNo =
    options.voice === 'note' &&
    options.speaker !== 'lege' &&
    options.speaker !== 'sykepleier' &&
    (options.afterNo === true ? /^kanskje / : /^(?:nei|næ)[,.!]?\s+kanskje /).test(
      text.toLowerCase(),
    );
  text = text
    .replace(isDeathWish(text) ? fillersInDeathWish : fillers, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const opening = options.voice === 'letter' ? leadingDiscourseInLetters : leadingDiscourse;
  const saidNo = options.afterNo === true || /^(?:nei|næ)(?![\p{L}])/iu.test(text);
  for (let guard = 0; guard < 5; guard += 1) {
    const next = text
      .replace(/^[,.;:\s]+/, '')
      .replace(opening, '')
      .trim();
    if (next === text) break;
    text = next;
  }
  // "Nei, bare litt kvalm." → "Litt kvalm.": after a no, the "bare" that keeps one part back is
  // said by the note's denial of the rest; a restriction ("bare når …", "bare i armen") stays.
  if (
    saidNo &&
    options.voice === 'note' &&
    options.speaker !== 'lege' &&
    options.speaker !== 'sykepleier'
  )
    text = text.replace(
      /^(?:bare|berre|kun) (?!(?:når|nå|om|ved|hvis|viss|i|på|etter|under|da|for|til|med|av|en|ei|et|ein|eitt)(?![\p{L}]))(?=[\p{L}])/iu,
      '',
    );
  if (doubtAfterNo && /^[\p{L}]/u.test(text)) text = `kanskje ${text}`;
  text = text
    .replace(trailingTag, '$1')
    // "Matlysta er ok" → "Matlysta er normal"; a closing "nå" or "det er sant" adds nothing.
    .replace(/(?<![\p{L}])(er|var) (?:ok|okei|grei|greit)(?![\p{L}])/giu, '$1 normal')
    .replace(
      /,? (?:det er sant|i det hele tatt|eller noe sånt|og sånn|og sånt|eller sånn)(?=[.!]?$)/iu,
      '',
    )
    .replace(/ nå([.!]?)$/u, '$1')
    // "Svetter litt om natten, det gjør jeg." → "Svetter litt om natten.": the tag repeats the
    // statement (session 37j); a negated tag ("…, det gjør jeg ikke") does not end here and stays.
    .replace(/,\s*det (?:gjør|gjorde|gjer|har|hadde|er|var) (?:jeg|eg|æ)(?=[.!]?$)/iu, '')
    .trim();
  // "… ordinær ventetid er, liksom" → "… ordinær ventetid": a removal at the end never leaves a
  // statement ending in a copula, an auxiliary or a preposition.
  if (lastWord(text) !== lastWordBeforeRemoval) {
    text = withoutDanglingEnd(text);
    // "Det er greit." leaves "Det": nothing with content.
    if (/^(?:det|den|dette|de)?[.!?]?$/iu.test(text)) return undefined;
  }
  if (
    options.voice === 'note' &&
    (options.speaker === 'lege' || options.speaker === 'sykepleier')
  ) {
    // "jeg ringer deg når svaret kommer" → "ringer deg med svar": the plan, not the waiting
    // (session 36d); the pronoun shift below makes it "ringer pas. med svar". Before the
    // imperative's rewrite, which turns "deg" of "Ring oss, så ringer vi deg …" into "seg".
    // "Ring oss, så ringer vi deg når svaret kommer" → "ringer deg med svar": the decision (the
    // clinic rings with the result), not how the call is set up («Skal ringe lege, så ringer …»).
    // Only with nothing between: "Ring oss på fredag, så …" keeps the day the patient calls.
    text = text.replace(
      /(?<![\p{L}])ring (?:oss|meg),? så (ringer|kontakter) (?:vi|jeg) (deg|dere)(?: (?:tilbake|opp igjen|opp|igjen))?(?![\p{L}])/giu,
      (_whole: string, verb: string, whom: string, offset: number) =>
        `${offset === 0 ? capitalize(verb.toLowerCase()) : verb.toLowerCase()} ${whom}`,
    );
    text = text.replace(
      /(?<![\p{L}])(ringer|kontakter)(?: (?:jeg|vi))? (deg|dere)(?: igjen)? (?:så snart |straks )?(?:når|nå) (?:svaret|svarene|svara|prøvesvaret|prøvesvarene|prøvesvara|resultatet|resultatene|resultata|prøvene|prøven|blodprøvene|blodprøven)(?: (?:er|e))? (?:kommer|kjem|er klar|er klare|er klart|foreligger|er tilbake|kommer tilbake)(?![\p{L}])/giu,
      '$1 $2 med svar',
    );
    text = text.replace(
      /(?<![\p{L}])(ringer|kontakter) (deg|dere) med (?:svaret|svarene|prøvesvaret|prøvesvarene)(?![\p{L}])/giu,
      '$1 $2 med svar',
    );
    text = imperativeToNote(text);
    // "jeg kjenner ingen knuter" → "ingen knuter": the finding, not the act of finding it.
    text = text.replace(
      /(?<![\p{L}])(?:jeg|vi) (?:kjenner|ser|hører|finner)(?: også)? (?=(?:ingen|ikke|noen|en|et|litt|tydelig|normale?)(?![\p{L}]))/giu,
      '',
    );
  }
  const isClinicianSpeech = options.speaker === 'lege' || options.speaker === 'sykepleier';
  if (options.voice === 'note' && options.speaker !== 'pasient') text = withoutReportedSpeech(text);
  if (options.voice === 'note')
    text = isClinicianSpeech
      ? toClinicianRegister(text)
      : toHistoryRegister(text, { byPatient: options.speaker === 'pasient' });
  if (options.speaker === 'pårørende' && options.voice === 'note')
    text = text
      .replace(/(?<![\p{L}])(?:jeg|meg)(?![\p{L}])/giu, 'komparent')
      .replace(/^(?:hun|han) (?=[\p{L}])/iu, '')
      // A relative turning to the patient ("Du fikk utslett av penicillin da du var liten"): the
      // "du" is the patient, and a note names the patient "pas." (never the filler "du vet").
      .replace(
        /(?<![\p{L}])(?:du|deg)(?![\p{L}])(?! (?:vet|veit|skjønner|forstår|ser|hører|veist)(?![\p{L}]))/giu,
        'pas.',
      );
  if (options.voice === 'letter' && isClinicianSpeech)
    text = text
      .replace(/(?<![\p{L}])jeg(?![\p{L}])/gu, 'vi')
      .replace(/(?<![\p{L}])Jeg(?![\p{L}])/gu, 'Vi')
      .replace(/(?<![\p{L}])meg(?![\p{L}])/gu, 'oss');
  text = shiftPronouns(text, options);
  text = formatClinicalNumbers(text, options.voice);
  if (options.voice === 'note') text = toClinicalNoteWording(text);
  text = text
    .replace(/\s+([,.!?:;])/g, '$1')
    .replace(/,\s*,/g, ',')
    .replace(/,+([.!?])/g, '$1')
    .replace(/,$/, '')
    .replace(/\s+(?:eller|og|men|så)([.!?]?)$/iu, '$1')
    .replace(/(vr(?:ei|ed|idde|idd) seg innover|vridd innover)/iu, '$1 (inversjonstraume)')
    .replace(/^[,.;:\s]+/, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/pas\.\./g, 'pas.')
    .trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
  text = capitalize(text);
  if (!/[.!?]$/.test(text)) text += '.';
  if (text.endsWith('?')) return undefined;
  return text.replace(/!$/, '.');
}
