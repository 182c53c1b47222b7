import { allergenQuestionTakenBack, takenBackNo } from './retracted-no.js';
import type { Evidence, PseudonymizedTranscript, Speaker } from '../../../core/index.js';
import { findDrugMentions, isDrugName } from '../../language/drug-names.js';
import { isClinicalWord, isSocialWord } from '../../language/clinical-terms.js';
import { tokenize } from '../../language/fold.js';
import { extractNumbers } from '../../language/norwegian-numbers.js';
import { readNonverbalAnswer } from '../../language/nonverbal-answer.js';
import {
  referralCue,
  assessmentFormCue,
  assessmentOpeningCue,
  namedCondition,
  adminCue,
  admissionCue,
  examinationStartCue,
  familyCue,
  findingCue,
  followUpVisitCue,
  historyCue,
  loosen,
  openingQuestionCue,
  plainPlanCue,
  planCue,
  proceduralCue,
  safetyCue,
  smallTalkCue,
  clinicianOwnHistoryLength,
  smallTalkTopicCue,
  strongAssessmentCue,
  topicShiftCue,
  urgencyCue,
  weakAssessmentCue,
} from './classify.js';
import { diagnosisRules } from './diagnosis-rules.js';
import { namesChildOrGrandchild, namesRelativeOtherThanChild } from './relative-subject.js';
import {
  affirmsAskedPart,
  answerPolarity,
  isHedgedNo,
  isNoCoveredByQuestion,
  isPlainNo,
  isScreeningQuestion,
  narrowedRadiation,
  statementForDeniedLastPart,
  statementForNamedMember,
  statementFromAnswer,
} from './question-answer.js';
import { hedgeStatement, readHedgedAnswer } from './hedged-answer.js';
import { alcoholAnswer } from './alcohol-answer.js';
import { readNoWithDetail } from './no-with-detail.js';
import { formatClinicalNumbers, toNoteLanguage } from './rewrite.js';
import { capitalize } from './note-register.js';
import { readModifyingFactor } from './modifying-factor.js';
import { splitSentences, type SentenceSpan } from '../../../language/index.js';
import {
  applySpokenCorrections,
  correctEarlierStatement,
  correctQuestionValue,
} from './corrections.js';
import { compressStatement } from './compress-statement.js';
import { hasSafetyTopic } from './critical-content.js';
import { withoutQuestionTag } from './tag-question.js';
import {
  complaintDuration,
  isCourseOfComplaint,
  isToldOnset,
  joinTimeFragments,
  saysCourse,
} from './time-fragment.js';
import { isDeathWish, isSuicideTalk } from './suicide-talk.js';
import { isSuicideQuestion, readSuicideScreeningAnswer } from './suicide-screening-answer.js';
import {
  continuesOwnStory,
  isAboutThirdPerson,
  isAcknowledgement,
  isRelativesOwnChatter,
  isThirdPartyStory,
  tellsOwnIllness,
} from './told-around.js';
import {
  answersSafetyTopic,
  bareAllergyAnswer,
  deniedSafetyTopics,
  joinNegatives,
  onlySaysNegatives,
  saysNegative,
  withDrugAllergyDenied,
} from './safety-negatives.js';
import { saysAllergy } from './safety-critical.js';
import {
  isAnnouncedExplanation,
  isDrugReason,
  isIntroductionOnly,
  isHearsay,
  isLogistics,
  isPedagogy,
  isDefinition,
  isExaminationInstruction,
  isThinkingAloud,
  selfIntroductionLength,
  toVisitPurpose,
  visitTopicOf,
  withoutExplanation,
} from './leave-out.js';
import { isDialectOrNynorsk, normalizeSpokenNorwegian } from '../../language/spoken-norwegian.js';
import { seriousConditionInReason } from './trim-reason-clauses.js';
import {
  chatterBeforeComplaint,
  holidayAnswerTellsComplaint,
  holidayQuestionCue,
} from './chatter-before-complaint.js';

/** What a statement is about; the template decides which section each kind goes to. */
export type StatementKind =
  | 'reason'
  | 'history'
  | 'finding'
  | 'assessment'
  | 'treatment'
  | 'followup'
  | 'referral'
  | 'safety'
  | 'urgency';

export interface Statement {
  readonly kind: StatementKind;
  /** Third-person note text. */
  readonly text: string;
  /** Text addressed to the patient (doctor's own words), for letters; undefined for patient speech. */
  readonly letterText?: string;
  readonly evidence: readonly Evidence[];
  readonly speaker: Speaker;
  /** Said by a relative (komparent): the note says so once per section. */
  readonly byRelative?: boolean;
  readonly mentionsDrug: boolean;
  /** True for a hospital stay narrated by the doctor (epikrise "Forløp"). */
  readonly isCourse: boolean;
  /** True for the doctor's statement of why the patient was admitted. */
  readonly isAdmission: boolean;
  /** True when the conversation has such a statement (a patient's complaint is then not the admission reason). */
  readonly hasAdmissionInConversation: boolean;
}

type StatementDraft = Omit<Statement, 'isAdmission' | 'hasAdmissionInConversation'> & {
  readonly isAdmission?: boolean;
};

export interface DiagnosisFinding {
  readonly group: string;
  readonly icpc2: string;
  readonly icd10: string;
  /** The words the clinician used, cleaned (e.g. "slitasjegikt, artrose, i høyre hofte"). */
  readonly phrase: string;
  readonly evidence: Evidence;
}

export interface ConversationAnalysis {
  readonly statements: readonly Statement[];
  readonly diagnoses: readonly DiagnosisFinding[];
  readonly isFollowUpVisit: boolean;
  readonly wordCount: number;
  readonly norwegianWordShare: number;
  /** True when no segment said who spoke, so speakers were guessed from the words. */
  readonly speakersGuessed: boolean;
}

type Phase = 'history' | 'examination' | 'plan';

interface PendingQuestion {
  /** The question asked just before, in the same turn, if the turn ended with two questions. */
  readonly previous?: PendingQuestion;
  readonly text: string;
  readonly evidence: Evidence;
  readonly isAdmin: boolean;
  /** Small talk only because it asks about the cabin or the holiday (session 40f). */
  readonly isHolidayOnly?: boolean;
  readonly isOpening: boolean;
  readonly isExamination: boolean;
}

const norwegianFunctionWords = new Set([
  'og',
  'er',
  'det',
  'jeg',
  'ikke',
  'på',
  'har',
  'du',
  'som',
  'en',
  'med',
  'til',
  'for',
  'å',
  'i',
  'at',
  'så',
  'av',
  'den',
  'vi',
  'men',
  'nei',
  'ja',
  'hva',
  'eller',
  'meg',
  'deg',
  'fra',
  'noe',
  'litt',
  'skal',
  'kan',
  'vil',
  'når',
]);

/** A number with a unit or a score ("tre til seks uker", "fire av fire") is clinical content. */
/** A dose or a measured value: what ends an announced explanation ("50 µg", "140/85"). */
const doseOrReadingPattern =
  /\d+(?:,\d+)? ?(?:mg|µg|mikrogram|g|ml|mmol|IE|%)(?![\p{L}])|\d+\/\d+/u;

const quantityPattern =
  /\d+(?:,\d+)?(?:–\d+)? ?(?:til \d+ )?(?:uker|uke|ukene|dager|dag|døgn|døgnene|måneder|måned|år|timer|time|minutter|ganger|gang|mg|g|kg|tabletter|tablett|av \d+|poeng|grader|%)(?![\p{L}])/u;

/**
 * Words of a patient's story that make a sentence worth keeping though the shared clinical
 * vocabulary (also the verifier's) leaves them out: a fall, where and how a pain is felt.
 */
const storyWords =
  /(?<![\p{L}])(?:(?:gått|gikk) ned (?:noen|nokre|nokon|et par|ett par|flere|fleire|mange) (?:kilo|kg),? (?:kanskje |ca\.? |cirka |omtrent |rundt )?(?:\d+|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)(?![\p{L}])|(?:drikker|drikk|drakk)(?: [\p{L}]+)? (?:\d+|en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti) (?:glass|kopper|liter)|depressiv\p{L}*|narkose\p{L}*|press|trykk(?:ende|ing)?|stikking|stikkende|knugende|brennende|murrende|jagende|orientert|(?:god|dårlig|grei|fin) (?:øye)?kontakt|stemningsleie\p{L}*|affekt(?:en)?|avflat\p{L}*|psykomotorisk\p{L}*|fall\p{L}*|snubl\p{L}*|navle\p{L}*|konstant\p{L}*|verst|dunk\p{L}*|murr\p{L}*|hjelm\p{L}*|våken|husker (?:alt|ingenting|ikke)|(?:kommer|utløses|varer|verre|bedre) (?:når|ved|bare|i) (?:pas\. |jeg |eg |æ )?[\p{L}]+)(?![\p{L}])/iu;

/** A question about eating, drinking, alcohol, tobacco or exercise. */
const habitQuestion =
  /(?<![a-z])(?:spiser|spise|drikker|drikke|drikk|alkohol|royk|snus|trener|trening|mosjon|matlyst|appetitt)/u;
/** An answer that says the habit asked about (in words a note keeps). */
const habitAnswer =
  /(?<![a-z])(?:drikker|drikk|drikke|spiser|spise|et|pils|ol|vin|enheter|glass|flaske|flasker|royk|royker|sigarett\p{L}*|snus\p{L}*|trener|trene|gar tur\p{L}*|matlyst)(?![a-z])/u;

/** An answer that opens with how many times ("Én gang i morges", "To ganger i natt"). */
const countOfTimes =
  /^(?:én|en|ett|ein|eitt|to|tre|fire|fem|seks|\d+|noen|et par|flere) (?:gang|ganger|gong|gonger|gonga)(?![\p{L}])/iu;

/**
 * Session 36d: fatigue the patient tells as lasting ("Jeg er så trøtt hele tiden", "Eg er trøytt
 * om dagen"). Narrow on purpose: «trøtt» as a clinical word anywhere (clinical-terms.ts)
 * lengthened held-out notes with no fact gained.
 */
const lastingFatigue =
  /(?<![\p{L}])(?:(?:jeg|eg|æ|e) (?:er|e|blir|har vært|har vore|har vorte) (?:(?:så|veldig|utrolig|fryktelig|svært|ekstremt|kjempe|ofte|alltid) )?(?:trøtt|trøytt|trøtte)(?: og (?:sliten|slapp|tom))?,? (?:(?:hele|heile) (?:tiden|tida|dagen|dagen lang)|om dagen|i det siste|for tiden|for tida|alltid|hver dag|kvar dag))(?![\p{L}])/iu;

function hasClinicalContent(text: string): boolean {
  if (storyWords.test(text) || lastingFatigue.test(text) || isSuicideTalk(text)) return true;
  const tokens = tokenize(text);
  if (findDrugMentions(tokens).length > 0) return true;
  if (tokens.some((token) => isClinicalWord(token.folded)) || /\d/.test(text)) return true;
  const withDigits = formatClinicalNumbers(text);
  // A value said in words ("LDL er tre komma en", "det var femtito i fjor") is a measurement.
  return (
    quantityPattern.test(withDigits) ||
    // A frequency ("tre-fire ganger om dagen" → "x 3-4 daglig") is a fact of the history.
    /(?<![\p{L}])x \d/u.test(withDigits) ||
    /\d+,\d|\d{2,}/.test(withDigits.replace(/\d{1,2}\. \p{L}+|\d{4}/gu, ''))
  );
}

/**
 * "Er du allergisk mot noe?": a question about allergy. Not "Tåler du penicillin?": there "Nei. Jo,
 * jeg tåler det." takes the no back into a yes, "Tåler penicillin." (review r39g).
 */
const allergyAsked = /(?<![\p{L}])(?:allergi|allergisk|allergiske|overfølsom)/iu;

/** A clinical word, a drug or a word of the patient's story; a number alone is not enough. */
function hasClinicalWord(text: string): boolean {
  if (storyWords.test(text) || lastingFatigue.test(text) || isSuicideTalk(text)) return true;
  const tokens = tokenize(text);
  return (
    findDrugMentions(tokens).length > 0 || tokens.some((token) => isClinicalWord(token.folded))
  );
}

function hasSocialContent(text: string): boolean {
  return tokenize(text).some((token) => isSocialWord(token.folded));
}

/** A relative's illness as the note writes it: "Far hadde prolaps", "Mormor har cøliaki". */
const familyIllness =
  /^(?:Mor|Far|Søster|Bror|Mormor|Morfar|Farmor|Farfar|Bestemor|Bestefar|Onkel|Tante|Datter|Sønn) (?:har|hadde|fikk|ble|døde)(?![\p{L}])/u;

/** "Min bror, onkelen hennar, han har cøliaki.": a relative's own family member named first. */
const opensWithOwnRelative =
  /^(?:(?:ja|jo),? )?(?:(?:min|mi) (?:bror|broren|bror'n|søster|søstera|søsteren|syster|mor|mora|moren|far|faren|onkel|onkelen|tante|tanta|mormor|morfar|farmor|farfar|bestemor|bestefar)|(?:bror|broren|bror'n|søster|søstera|søsteren|syster|mor|mora|moren|far|faren|onkel|onkelen|tante|tanta|mormor|morfar|farmor|farfar|bestemor|bestefar) (?:min|mi|mitt|mine|vår))(?![\p{L}]),? [^.]*(?<![\p{L}])(?:har|hadde|fikk|fekk)(?![\p{L}])/iu;
// Only a first-person possessive ("broren min") makes the relative the speaker's own: "broren
// hans" told by the wife is the patient's brother, and her next "han" is the patient (r38j).

/** Whether the opening "han"/"hun" (loose text) can be the relative first named in `named`. */
function pronounFits(loose: string, named: string): boolean {
  const relative =
    /(?<![\p{L}])(bror|broren|far|faren|onkel|onkelen|morfar|farfar|bestefar|mor|mora|moren|søster|søstera|søsteren|syster|tante|tanta|mormor|farmor|bestemor)(?![\p{L}])/iu
      .exec(named)?.[1]
      ?.toLowerCase();
  if (relative === undefined) return false;
  // "Broren hans har diabetes. Han har …": "han" is the patient whose brother it is (r38j).
  // ("Min bror, onkelen hennar, han har …" names the speaker's own brother first.)
  if (
    /(?<![\p{L}])(?:hans|hennes|hennar|deres)(?![\p{L}])/iu.test(named) &&
    !/(?<![\p{L}])(?:min|mi|mitt|mine|vår)(?![\p{L}])/iu.test(named)
  )
    return false;
  const male = /^(?:bror|broren|far|faren|onkel|onkelen|morfar|farfar|bestefar)$/u.test(relative);
  return male ? /^(?:(?:og|men) )?han /u.test(loose) : /^(?:(?:og|men) )?(?:hun|ho) /u.test(loose);
}

/** "Vært glutenfri …" → "vært glutenfri …" to follow a comma; a drug's name keeps its capital. */
function lowerFirst(text: string): string {
  const first = /^\p{L}+/u.exec(text)?.[0] ?? '';
  return /^\p{Lu}\p{Ll}/u.test(first) && !isDrugName(first)
    ? `${text.charAt(0).toLowerCase()}${text.slice(1)}`
    : text;
}

/** A spouse's illness as the note writes it: "Ektemann har KOLS", "Kona har diabetes". */
const spouseIllness =
  /^(?:Ektemann(?:en)?|Ektefelle(?:n)?|Kona|Kone|Konen|Mannen|Samboer(?:en)?) (?:har|hadde|fikk|ble|døde)(?![\p{L}])/u;

/** Questionnaires and rating scales a score belongs to, as a note writes their names. */
const instruments: readonly (readonly [RegExp, string])[] = [
  [/(?<![\p{L}\d])phq[- ]?(?:9|ni)(?![\p{L}\d])/iu, 'PHQ-9'],
  [/(?<![\p{L}\d])phq[- ]?(?:2|to)(?![\p{L}\d])/iu, 'PHQ-2'],
  [/(?<![\p{L}\d])gad[- ]?(?:7|sju|syv)(?![\p{L}\d])/iu, 'GAD-7'],
  [/(?<![\p{L}])madrs(?![\p{L}])|montgomery[- ]?åsberg/iu, 'MADRS'],
  [/(?<![\p{L}])audit[- ]?c(?![\p{L}])/iu, 'AUDIT-C'],
  [/(?<![\p{L}])audit(?![\p{L}-])/iu, 'AUDIT'],
  [/(?<![\p{L}])dudit(?![\p{L}])/iu, 'DUDIT'],
  [/(?<![\p{L}])epds(?![\p{L}])|edinburgh[- ]?skala/iu, 'EPDS'],
  [/(?<![\p{L}])hads(?![\p{L}])/iu, 'HADS'],
  [/(?<![\p{L}])mmse(?:-nr)?(?![\p{L}])/iu, 'MMSE'],
  [/(?<![\p{L}])moca(?![\p{L}])/iu, 'MoCA'],
  [/(?<![\p{L}])asrs(?![\p{L}])/iu, 'ASRS'],
  [/(?<![\p{L}])ipss(?![\p{L}])/iu, 'IPSS'],
  [/(?<![\p{L}])(?:cat|kols)[- ]?(?:test|skår|skjema)/iu, 'CAT'],
  [/(?<![\p{L}])act[- ]?(?:test|skår|skjema)|astmakontrolltest/iu, 'ACT'],
];

/** Tests whose result the clinician may read out after naming them ("Vi tar EKG." … "Det viser …"). */
const resultTests: readonly (readonly [RegExp, string])[] = [
  [/(?<![\p{L}])ekg(?![\p{L}])/iu, 'EKG'],
  [/(?<![\p{L}])(?:urin)?stix(?:en)?(?![\p{L}])/iu, 'Urinstix'],
  [/(?<![\p{L}])crp(?![\p{L}])/iu, 'CRP'],
  [/(?<![\p{L}])hemoglobin(?:et)?|(?<![\p{L}])hb(?![\p{L}])/iu, 'Hb'],
  [/(?<![\p{L}])(?:rtg\.?|røntgen(?:bildet|bilde)?)(?![\p{L}])/iu, 'Rtg.'],
  [/(?<![\p{L}])ultralyd(?:en)?(?![\p{L}])/iu, 'UL'],
  [/(?<![\p{L}])(?:strep(?:-?a)?-?test(?:en)?|strep-?a|hurtigtest(?:en)?)(?![\p{L}])/iu, 'Strep A'],
];

/** The test a turn names last, if any. */
function lastResultTestNamed(text: string): string | undefined {
  let last: { readonly at: number; readonly name: string } | undefined;
  for (const [pattern, name] of resultTests) {
    const match = pattern.exec(text);
    if (match !== null && (last === undefined || match.index > last.at))
      last = { at: match.index, name };
  }
  return last?.name;
}

/** "Det viser sinusrytme": a result that points back to the test named before it. */
const pointedResult =
  /^(?:og |så |ok,? )?(?:det|den|han|ho|hun|dette|denne) (?:viser|viste) (?:at )?(?:det er )?(?=\p{L})/iu;

/**
 * The announcement a test result replaces ("Tar et EKG.", "Tar en urinstix."): `undefined` when
 * the text is no result headed by a test ("EKG: sinusrytme.", "Urinstix viser …").
 */
function announcementOf(text: string): RegExp | undefined {
  const test = /^([\p{L}][\p{L}\d-]*\.?)(?::| viser| er| var)(?![\p{L}])/u.exec(text)?.[1];
  if (test === undefined || !resultTests.some(([pattern]) => pattern.test(test))) return undefined;
  const name = test
    .replace(/\.$/u, '')
    .replace(/(?<=\p{L}{3})(?:en|et)$/u, '')
    .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(
    `^(?:Tar|Tas|Tok|Tatt|Har tatt|Tar vi|Sjekker|Måler) (?:en |et |ei |ein |eit )?(?:ny |nytt )?${name}(?:en|et)?(?: først| nå| no| også)?\\.$`,
    'iu',
  );
}

/** A cry of pain while examined ("Au!", "Au, der er det vondt.", "Aiai, ikke trykk der."). */
const painCry = /^\s*(?:au|aua|auu+|ai|aiai|au au)(?![\p{L}])[^?]*$/iu;

/** Pain at the place the clinician presses ("Akkurat der er det vondt.", "Der, ja."). */
const pointedPain =
  /^\s*(?:ja,? )?(?:akkurat |nettopp |rett )?(?:der|her)(?:,? ja)?(?: (?:er det|gjør det|gjer det|e det) (?:vondt|vont|ømt|verst))?[.!]?\s*$/iu;

/** The instrument a turn names last, if any. */
function lastInstrumentNamed(text: string): string | undefined {
  let last: { readonly at: number; readonly name: string } | undefined;
  for (const [pattern, name] of instruments) {
    const match = pattern.exec(text);
    if (match !== null && (last === undefined || match.index > last.at))
      last = { at: match.index, name };
  }
  return last?.name;
}

/*
 * "Du får seksten poeng på skjemaet" → "Får 16 poeng på skjemaet." → "PHQ-9: 16 poeng.": a bare
 * score names the questionnaire said earlier in the conversation. Undefined when the statement is
 * not a bare score or no questionnaire was named.
 */
function withInstrumentNamed(text: string, instrument: string | undefined): string | undefined {
  if (instrument === undefined) return undefined;
  const score =
    /^(?:(?:da |så )?(?:får|fikk|skårer|skåret|scorer|scoret|ender på|endte på|havner på|landet på|blir det|ble det|summen er|summen ble|skåren er|skåren ble|scoren er|scoren ble|totalen er|totalt)) (?:totalt |til sammen |samlet )?(\d+(?:,\d+)?)(?: poeng)?(?: (?:på|i) (?:skjemaet|testen|spørreskjemaet|den|det|dette|denne))?(?: (?:totalt|til sammen|i dag|nå))?[.!]?$/iu.exec(
      text,
    );
  return score?.[1] === undefined ? undefined : `${instrument}: ${score[1]} poeng.`;
}

/** Complaints where recent travel is a risk factor (folded text). */
const travelTopic =
  /(?<![a-z])(?:diare|lose? mage|feber|utslett|malaria|blodpropp|trombose|dvt|legg(?:en)?(?![a-z])|lungeemboli|gulsott|oppkast|magesjau|magesyke|denguefeber|dengue)/u;
/** "Kom heim fra Kreta i går", "var i Thailand i tre uker", "reiste til Kenya": recent travel abroad. */
const travelStatement =
  /(?<![\p{L}])(?:(?:kom|komme|kommet|kjem|kom vi|kom jeg|kom eg) (?:hjem|heim|tilbake) (?:fra|frå)|(?:var|vært|vore|va) (?:i|på) (?=\p{Lu})|reiste (?:til|fra|frå|i)|fløy (?:hjem |heim )?(?:fra|frå|til)|(?:ferie|tur|reise) (?:i|på|til) (?=\p{Lu}))/u;

/** "Mamma hadde …", "Faren min har …", "Søstera mi fekk …": a relative's illness, said by the patient. */
const relativeHadIllness =
  /^(?:(?:ja|nei|jo|men|og)[,.]?\s+)?(?:mamma|pappa|mor|far|mora|moren|faren|søster|søstera|søsteren|bror|broren|mormor|morfar|farmor|farfar|bestemor|bestefar|tante|onkel)(?: (?:min|mi|mitt))? (?:har|hadde|hade|fikk|fekk|fick|døde av)\s+\p{L}/iu;

/** A relative asked about with "din"/"di": "mora di", "faren din", "søstera di". */
const relativeAskedAbout =
  /(?<![\p{L}])(mor|mora|moren|far|faren|søster|søstera|søsteren|bror|broren) (?:din|di)(?![\p{L}])/iu;

/**
 * Before a diagnosis, in the same clause (loosened text): a condition ("hvis det blir", "dersom",
 * "skulle det bli", "i tilfelle", "om det blir") or a test to rule it out ("for å utelukke").
 */
const conditionalOrRuledOut =
  /(?:(?:^|[^a-z])(?:hvis|dersom|viss|skulle det|i tilfelle|utelukke|utelukket|avkreftet)|(?:^|[,;] )(?:og |men |sa )?om det)(?![a-z])[^,.;]*$/u;

/**
 * "Det er kona mi.", "Det er Arne, mannen min.": the patient introduces a relative, so the next
 * sentence's "hun"/"han" is that relative. The note's word for each.
 */
const introducedRelative =
  /^Det er (?:\p{Lu}\p{Ll}+, )?(kona|kone|konen|mannen|ektemannen|samboeren|mor|mora|moren|far|faren|dattera|datteren|sønnen) (?:mi|min)\.?$/iu;

/** The note's word for a relative `introducedRelative` found. */
function introducedRole(text: string): string | undefined {
  const named = introducedRelative.exec(text.trim())?.[1]?.toLowerCase();
  if (named === undefined) return undefined;
  if (named.startsWith('kon')) return 'Kone';
  if (named.endsWith('mannen')) return 'Ektemann';
  if (named.startsWith('samboer')) return 'Samboer';
  if (named.startsWith('mor')) return 'Mor';
  if (named.startsWith('far')) return 'Far';
  if (named.startsWith('datter')) return 'Datter';
  return 'Sønn';
}

/*
 * "Det er kona mi. Hun har fått demens.": the illness is the relative's ("Kone har fått demens."),
 * never the patient's reason for contact read as their own.
 */
function withIntroducedRelative(
  text: string | undefined,
  role: string | undefined,
  said: string,
): string | undefined {
  if (text === undefined || role === undefined) return text;
  if (!/^(?:Hun|Han|Ho) (?:har|hadde|fikk|ble)(?![\p{L}])/u.test(text)) return text;
  /*
   * "Hun har fulgt meg hit, jeg har hostet opp blod …" (review s30r H3): the relative is the
   * subject up to the patient's own clause only, which becomes a sentence of its own. When the
   * note's text cannot be cut where the patient's clause began, the pronoun stays as said.
   */
  const ownClause = /,\s*(?:(?:og|men) )?(?:så )?(?:jeg|eg|e|æ)(?![\p{L}])/iu.exec(said);
  if (ownClause !== null) {
    const commasBefore = said.slice(0, ownClause.index).split(',').length - 1;
    const parts = text.split(', ');
    if (parts.length <= commasBefore + 1) return text;
    const relative = parts.slice(0, commasBefore + 1).join(', ');
    const own = parts
      .slice(commasBefore + 1)
      .join(', ')
      .replace(/^(?:og|men) /u, '');
    return `${relative.replace(/^(?:Hun|Han|Ho)/u, role)}. ${own.charAt(0).toUpperCase()}${own.slice(1)}`;
  }
  return text.replace(/^(?:Hun|Han|Ho)/u, role);
}

/*
 * "Du nevnte at mora di har bipolar lidelse?" — "Ja, ho har bipolar lidelse.": the answer's
 * "hun"/"han" is the relative the question named, so the note names them ("Mor har …") and the
 * illness never reads as the patient's.
 */
function withRelativeAskedAbout(
  text: string | undefined,
  question: string | undefined,
): string | undefined {
  if (text === undefined || question === undefined) return text;
  const named = relativeAskedAbout.exec(question)?.[1]?.toLowerCase();
  if (named === undefined || !/^(?:Hun|Han) (?:har|hadde|fikk|ble)(?![\p{L}])/u.test(text))
    return text;
  const role = named.startsWith('mor')
    ? 'Mor'
    : named.startsWith('far')
      ? 'Far'
      : named.startsWith('søster')
        ? 'Søster'
        : 'Bror';
  return text.replace(/^(?:Hun|Han)/u, role);
}

/** "Det vi ser nå er at …", "Det eg finn er at …": the clinician announcing a conclusion. */
const announcedConclusion =
  /^(?:(?:og|så|men) )?det (?:vi|jeg|eg|æ|e) (?:ser|finner|finn|har funnet)(?: nå| no| her| i dag)? (?:er|e) at /iu;

/** "Hvor mye veier hun?", "Kor mykje veg du?": the question whose answer is the weight. */
const weightQuestion =
  /(?<![a-z])(?:hvor mye|hva|kor mykje|kor mye|ka|kva|hvor mange kilo) (?:veier|veide|veg|vog|vei) (?:du|hun|han|ho|hu|barnet|jenta|gutten|dere)(?![a-z])/;

/** A postal code and place ("1605 Fredrikstad"): an address, never clinical. */
const postalAddressPattern = /(?<![\d])\d{4} \p{Lu}\p{Ll}+/u;

/**
 * Who most likely said an unlabelled segment: the one who asks, addresses "du" or examines is the
 * clinician; the one who speaks of "jeg" and "meg" is the patient.
 */
function guessSpeaker(text: string): Speaker {
  const loose = loosen(text);
  const clinicianScore =
    (loose.match(/(?<![a-z])(?:du|deg|din|ditt|dine)(?![a-z])/g)?.length ?? 0) +
    (text.match(/\?/g)?.length ?? 0) +
    (examinationStartCue.test(loose) || planCue.test(loose) || strongAssessmentCue.test(loose)
      ? 2
      : 0);
  const patientScore = loose.match(/(?<![a-z])(?:jeg|meg|min|mitt|mine)(?![a-z])/g)?.length ?? 0;
  return clinicianScore > patientScore ? 'lege' : 'pasient';
}

/** Words that carry no fact of their own when comparing two statements. */
const lightWords = new Set([
  'også',
  'fortsatt',
  'fremdeles',
  'bare',
  'litt',
  'noen',
  'noe',
  'etter',
  'siden',
  'under',
  'over',
  'hele',
  'helt',
  'ganger',
  'gang',
  'omtrent',
  'rundt',
  'cirka',
]);
const polarityWords = new Set(['ikke', 'ingen', 'uten', 'aldri', 'negativ', 'normal', 'normale']);

/** Content words (6-letter beginnings), negations and numbers of a statement. */
function contentWords(text: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const token of tokenize(text)) {
    const folded = token.folded;
    // "Ingen X" and "Ikke X" deny the same: one is a repeat of the other.
    if (folded === 'ingen') words.add('ikke');
    else if (polarityWords.has(folded) || /\d/.test(folded)) words.add(folded);
    else if (folded.length >= 4 && !lightWords.has(folded) && !norwegianFunctionWords.has(folded))
      words.add(folded.slice(0, 6));
  }
  for (const number of text.match(/\d+(?:,\d+)?/g) ?? []) words.add(number);
  return words;
}

function isSubset(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
  for (const word of small) if (!large.has(word)) return false;
  for (const word of polarityWords) if (large.has(word) !== small.has(word)) return false;
  return true;
}

/** Whether a sentence's text is still the transcript's own (not normalised or corrected). */
function isVerbatim(sentence: SentenceSpan): boolean {
  return sentence.text.length === sentence.end - sentence.start;
}

/** A question with no verb: "Neseblod, blod i urinen, svart avføring?" */
function isNominalQuestion(text: string): boolean {
  return !/(?<![\p{L}])(?:du|det|jeg|vi|dere|han|hun)(?![\p{L}])/iu.test(text);
}

const relativeRoles: readonly (readonly [RegExp, string])[] = [
  [/^(?:mamma|mor|moren|mora)$/u, 'Mor'],
  [/^(?:pappa|far|faren)$/u, 'Far'],
  [/^(?:datter|datteren|dattera)$/u, 'Datter'],
  [/^(?:sønn|sønnen)$/u, 'Sønn'],
  [/^(?:kona|kone|kona hans)$/u, 'Ektefelle'],
  [/^(?:mannen|mann|mannen hennes)$/u, 'Ektemann'],
  [/^(?:samboer|samboeren)$/u, 'Samboer'],
];

/** The role of the relative who came along, as the clinician or the relative names it. */
function roleOfRelative(text: string, speaker: Speaker): string | undefined {
  const lower = text.toLowerCase();
  const named =
    speaker === 'pårørende'
      ? /(?<![\p{L}])(?:jeg|eg|æ) (?:er|e) (?:hennes |hans )?([\p{L}]+)(?![\p{L}])/u.exec(
          lower,
        )?.[1]
      : // "Og du e mamma?" (dialect), "du har med deg mamma i dag?"
        /(?<![\p{L}])(?:du er|du e|er du|e du|hei til|og hei til|har med deg|har med seg) (?:hennes |hans |din |di )?([\p{L}]+)(?![\p{L}])/u.exec(
          lower,
        )?.[1];
  if (named === undefined) return undefined;
  return relativeRoles.find(([pattern]) => pattern.test(named))?.[1];
}

/**
 * The question's span up to the value the answer corrected ("Står du på Furix" of "Står du på
 * Furix førti milligram?"): the corrected statement's evidence is that and the answer, never the
 * value taken back.
 */
function beforeFirstNumber(question: PendingQuestion, segmentText: string | undefined): Evidence {
  const { evidence } = question;
  if (segmentText?.slice(evidence.start, evidence.end) !== question.text) return evidence;
  const value = extractNumbers(question.text)[0];
  if (value === undefined || value.start < 3) return evidence;
  return {
    ...evidence,
    end: evidence.start + question.text.slice(0, value.start).trimEnd().length,
  };
}

function isClinician(speaker: Speaker): boolean {
  return speaker === 'lege' || speaker === 'sykepleier';
}

/**
 * The clinician narrating an examination with the subject first, in a short sentence of its own:
 * "Jeg kjenner på magen din nå.", "Nå ser jeg i halsen." — what follows is the finding.
 */
const narratedExamination =
  /^(?:(?:na|sa|da|og) )?(?:jeg|vi|eg|e) (?:skal )?(?:bare )?(?:(?:(?:kjenner|kjenne|ser|se|lytter|lytte|trykker|klemmer|undersoker|horer|tar en titt|ta en titt|titter|kikker|sjekker)(?: litt)? (?:pa|i|over|etter|inn(?: i| med)?)|undersoker|undersoke)(?: [a-z]+){1,3}|har (?:sett|kikket|gatt gjennom) (?:pa )?(?:blod)?provene(?: [a-z]+){0,3}|(?:har|he) (?:na )?undersokt(?: [a-z]+){1,2})\s*[.!]?$/;

/** "Hva mener du?", "Hvordan da?", "Kva meiner du?": a question back, no answer yet. */
const askedBackPattern =
  /^(?:(?:eh|hm+|hæ|unnskyld|ja|nja)[,.]?\s+)?(?:hva mener du|hva meiner du|kva meiner du|ka mene du|ka meine du|hvordan da|korleis da|hva er det|kva er det|hva betyr det|kva betyr det|hva sa du|kva sa du|mener du|sant|som hva|slik som|sann som|hva for noe|hva slags|kva for noko|hva tenker du pa|kva tenkjer du pa)(?: (?:for noe|da|na|egentlig|med det))*\s*\?$/u;

/** "Jeg noterer:", "Eg noterer:", "Psykisk status:": what follows is dictated findings. */
const dictationOpening =
  /^(?:(?:og|så|da) )?(?:(?:jeg|eg|æ|e) (?:noterer|noterar|skriv|skriver)(?: (?:meg|ned|inn))?|(?:psykisk|mental) status|status presens|(?:psykisk|mental) status presens)\s*:\s*/iu;

/** The organ a procedural phrase names: "ser jeg på såret" → "Såret". */
function organOf(procedure: string): string | undefined {
  const loose = loosen(procedure);
  if (/veie|vekt/.test(loose)) return 'Vekt';
  if (/blodtrykk/.test(loose)) return 'BT';
  // "kjenner på magen din nå" → "magen": the possessive and adverbs after the organ go.
  const organ = loose
    .replace(/[.,!]/g, '')
    .trim()
    .replace(/(?: (?:din|ditt|dine|hans|hennes|deres|na|litt|ogsa|forst|her|igjen))+$/, '');
  const match = /(?:pa|over|ved|i) ([a-z]+)$/.exec(organ);
  if (
    match?.[1] === undefined ||
    match[1].length < 3 ||
    // "Da ser jeg på henne.": a person, never an organ to head the finding.
    ['deg', 'meg', 'det', 'den', 'henne', 'ham', 'han', 'hun', 'dere', 'dem', 'seg'].includes(
      match[1],
    )
  )
    return undefined;
  const start = loose.lastIndexOf(match[1]);
  const word = procedure.slice(start, start + match[1].length);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Removes a leading "det er" / "da er det" so a finding or conclusion starts with its content. */
function dropEmptyOpening(text: string): string {
  return (
    text
      // "Det du var med på var et lett hodetraume." (read "Det var med på var …"): the event.
      .replace(
        /^det (?:du |dere |han |hun |pas\. )?(?:var|har vært) med på (?:var|er) (?:en |et |ei )?/iu,
        '',
      )
      .replace(
        /^(?:da |så )?(?:er det|det er|det var|dette er|den er|de er)\s+(?:en |et |ei )?/iu,
        '',
      )
  );
}

/**
 * "Jeg tror dette er …", "Det er nok/sannsynligvis …": the clinician's conclusion said with a
 * hedge, on the loosened sentence.
 */
const hedgedAssessmentOpening =
  /^(?:(?:sa|da|men|og)\s+)?(?:(?:jeg|eg|ae) (?:tror|trur|mistenker)(?: at)? (?:det|dette) (?:er|e) (?:en |et |ei )?(?=[a-z]{4})|(?:det|dette) (?:er|e) (?:nok|trolig|sannsynligvis|antakelig|antageligvis|mest sannsynlig) (?:en |et |ei )?(?=[a-z]{4}))/u;

/**
 * A hedged conclusion as a note writes it: "Trolig musearm, differensialdiagnose
 * nerveirritasjon." from "Musearm, men det kan være en nerveirritasjon." or "Sannsynligvis en
 * forstuing, men et brudd kan ikke utelukkes."; `undefined` when what is left is no short name of
 * a condition (a clause of its own stays as said).
 */
function asHedgedAssessment(text: string): string | undefined {
  const named = dropEmptyOpening(
    text.replace(/^(?:nok|trolig|sannsynligvis|antakelig|antageligvis|mest sannsynlig)\s+/iu, ''),
  )
    .replace(/^(?:en|et|ei)\s+/iu, '')
    .replace(/^(?:helt )?(?:vanlig|vanleg) (?=\p{L}{4})/iu, '')
    .replace(/[.!]\s*$/u, '');
  const differential =
    /^([^,]+?),? men (?:det )?(?:kan|kunne) (?:også |og )?(?:være|vere) (?:en |et |ei )?([^,]+)$/iu.exec(
      named,
    ) ??
    /^([^,]+?),? men (?:en |et |ei )?([^,]+?) kan ikke (?:helt )?(?:utelukkes|utelukkast)$/iu.exec(
      named,
    );
  // The differential is a condition's name, never a clause («men det kan være lurt å ta en CRP»,
  // «men det kan være vondt en stund»): such a sentence stays as said.
  if (differential?.[2] !== undefined && !isConditionName(differential[2])) return undefined;
  const condition = differential?.[1] ?? named;
  // A name of a few words, never a clause («går over av seg selv», «ikke farlig»).
  if (
    condition.split(/\s+/u).length > 5 ||
    /(?<![\p{L}])(?:ikke|ikkje|går|kan|skal|vil|må|er|har|du|deg|seg)(?![\p{L}])/iu.test(condition)
  )
    return undefined;
  const head = `Trolig ${condition.charAt(0).toLowerCase()}${condition.slice(1)}`;
  return differential?.[2] === undefined
    ? `${head}.`
    : `${head}, differensialdiagnose ${differential[2]}.`;
}

/**
 * A short noun phrase naming a condition («karpaltunnelsyndrom», «en nerveirritasjon»): no «å»,
 * no verb, no adjective or adverb («lurt», «vondt», «greit») heading it.
 */
function isConditionName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length === 0 || words.length > 4) return false;
  if (
    /(?<![\p{L}])(?:å|aa|ikke|ikkje|går|gå|kan|skal|vil|må|bør|er|var|blir|bli|har|ha|ta|gjøre|du|deg|seg|vi|det|dette|den|litt|en stund|lenge)(?![\p{L}])/iu.test(
      text,
    )
  )
    return false;
  const head = (words[0] ?? '').toLowerCase();
  // «en vanlig virusinfeksjon» names one; «det kan være vanlig» does not.
  if (['vanlig', 'vanleg'].includes(head)) return words.length > 1;
  return ![
    'lurt',
    'lurest',
    'smart',
    'vondt',
    'vont',
    'greit',
    'bra',
    'fint',
    'fornuftig',
    'nødvendig',
    'aktuelt',
    'nyttig',
    'mulig',
    'normalt',
    'ubehagelig',
    'plagsomt',
    'verre',
    'bedre',
    'slik',
    'sånn',
    'noe',
    'noen',
    'nok',
    'lurere',
  ].includes(head);
}

/** Conditional "hvis pas. ikke er bedre" reads as "hvis ikke bedre" in a note. */
function tidyPlan(text: string): string {
  return safetyNetAsNote(
    withoutCausalClause(
      text
        .replace(/(hvis|dersom|om) pas\. ikke er /giu, '$1 ikke ')
        // "Kom tilbake om seks måneder, så sjekker vi …": the follow-up visit is a "Kontroll".
        .replace(
          /(^|,? og )(?:kom|komme) (?:tilbake|igjen) (?=om |etter )/giu,
          (_said, lead: string) => (lead === '' ? 'Kontroll ' : `${lead}kontroll `),
        )
        .replace(/(?:skal|må|bør) ikke (?:ta|bruke) (?:mer|lenger) ([\p{L}-]+)/giu, 'seponerer $1')
        // "Anbefaler starter med en medisin, Sertralin, 50 mg …" → "Starter Sertralin 50 mg …"; "Ser hverandre om 2 uker" → "Kontroll om 2 uker"; "Medisinene
        // videre: pas. fortsetter med …" → "Fortsetter med …".
        .replace(
          /^(?:Anbefaler|Foreslår) (?:at )?(?:pas\. )?(?:starter|begynner) (?:med )?(?:en medisin|et medikament|en tablett|en tablettbehandling), ([\p{L}-]+),? (?=\d)/u,
          'Starter $1 ',
        )
        .replace(/^Ser (?:vi )?(?:hverandre|deg|pas\.) (?:igjen )?(?=om \d)/u, 'Kontroll ')
        .replace(/^Medisinene videre: (?:pas\. )?(\p{L})/u, (_said, first: string) =>
          first.toUpperCase(),
        ),
    ),
  );
}

const safetyActions: Readonly<Record<string, string>> = {
  'ta kontakt': 'Kontakt',
  kontakte: 'Kontakt',
  ringe: 'Ring',
  ring: 'Ring',
  'komme tilbake': 'Tilbake',
  'komme inn': 'Kontakt',
  oppsøke: 'Oppsøk',
};

/**
 * Safety-netting the way a note writes it: "Hvis pas. får feber eller ryggsmerter, må pas. ta
 * kontakt med legevakten." → "Kontakt legevakten ved feber eller ryggsmerter."
 */
const safetyVerbs = 'ta kontakt|kontakte|ringe|ring|komme tilbake|komme inn|oppsøke';

/** A condition a note can write after "ved": no clause of its own, no subject left. */
function asCondition(said: string): string | undefined {
  const condition = said
    .replace(
      /,? (?:(?:hvis|dersom) (?:pas\. |hun |han |det |barnet )?|om (?:pas\. |hun |han |det |barnet ))/gu,
      ', ',
    )
    .replace(/(^|, |,? eller |,? og )(?:får|blir|kjenner|merker) /gu, '$1')
    .replace(/^,\s*/u, '')
    .replace(/, eller, /gu, ' eller ');
  if (
    condition.length === 0 ||
    /(?<![\p{L}])(?:hvis|dersom|når|ikke|hun|han|du|pas\.)(?![\p{L}])|(?<![\p{L}])om (?:det)(?![\p{L}])/iu.test(
      condition,
    )
  )
    return undefined;
  return condition;
}

function safetyNote(verbSaid: string, place: string | undefined, condition: string): string {
  const verb = safetyActions[verbSaid.toLowerCase()] ?? verbSaid;
  return `${verb}${(place ?? '').replace(/ med en gang$/u, ' straks')} ved ${condition}.`;
}

function safetyNetAsNote(said: string): string {
  // "Blir hun mer forvirret, …, skal ringe legevakten": a condition without "hvis".
  const text =
    /^(?:Blir|Får|Kaster|Slutter|Begynner|Kjenner|Merker) .*, (?:(?:så|da) )?(?:må|skal|bør) /u.test(
      said,
    )
      ? `Hvis pas. ${said.charAt(0).toLowerCase()}${said.slice(1).replace(/^([\p{L}]+) (?:hun|han|pas\.) /u, '$1 ')}`
      : said;
  // "Skal ta kontakt med legevakten hvis han får feber …": the action first.
  const actionFirst = new RegExp(
    `^(?:(?:skal|må|bør) )?(${safetyVerbs})(?: (?:med|til)(?! en gang))?( [^,]+?) (?:hvis|dersom|ved) (?:pas\\. |hun |han |det |barnet )?(.+)\\.$`,
    'iu',
  ).exec(text);
  if (actionFirst?.[1] !== undefined && actionFirst[3] !== undefined) {
    const condition = asCondition(actionFirst[3]);
    return condition === undefined ? text : safetyNote(actionFirst[1], actionFirst[2], condition);
  }
  const opening =
    /^(?:hvis|dersom|om) (?:pas\. |hun |han |dere |barnet |det )?(?=(?:får|blir|kaster|slutter|begynner|kommer|kjenner|merker) )/iu.exec(
      text,
    );
  if (opening === null) return said;
  const action = new RegExp(
    `, (?:så |da )?(?:(?:må|skal|bør) )?(?:pas\\. |hun |han |dere )?(${safetyVerbs})(?: (?:med|til)(?! en gang))?( [^.]+)?\\.$`,
    'iu',
  ).exec(text);
  if (action?.[1] === undefined || action.index <= opening[0].length) return said;
  const condition = asCondition(text.slice(opening[0].length, action.index));
  return condition === undefined ? said : safetyNote(action[1], action[2], condition);
}

/**
 * The diagnosis an explanation names, as a note's assessment: the term the clinician introduces
 * ("det som heter urtikaria", "erysipelas som vi kaller det") or one of the diagnosis rules, not
 * negated ("ikke farlig" is no diagnosis).
 */
function diagnosisNamedIn(body: string): string | undefined {
  const introduced =
    /(?:det|noe) som (?:heter|kalles) ([\p{L}-]{5,})|([\p{L}-]{5,}),? som (?:vi|legene|man) kaller (?:det|den)/u.exec(
      body,
    );
  const term = introduced?.[1] ?? introduced?.[2];
  if (term !== undefined) return `${capitalize(term.toLowerCase())}.`;
  const loose = loosen(body);
  for (const rule of diagnosisRules) {
    const match = rule.pattern.exec(loose);
    if (match === null) continue;
    const before = loose.slice(Math.max(0, match.index - 30), match.index);
    if (/(?:ingen|ikke|uten)[^.,]*$/u.test(before) || familyCue.test(loose)) return undefined;
    return `${capitalize(rule.label ?? body.slice(match.index, match.index + match[0].length))}.`;
  }
  return undefined;
}

/**
 * Whether a clause names something clinical — a symptom, finding or drug ("fordi du får diaré",
 * "for den kan gi tett nese") — so the reason it gives is kept; "kontroll" and "behandling" alone
 * do not count.
 */
function namesClinicalReason(clause: string): boolean {
  if (seriousConditionInReason.test(clause)) return true;
  const tokens = tokenize(clause);
  return (
    tokens.some(
      (token) => isClinicalWord(token.folded) && !/^(?:kontroll|behandl)/u.test(token.folded),
    ) || findDrugMentions(tokens).length > 0
  );
}

/** ", siden det virket bra sist" — the reason for a plan goes when it names nothing clinical. */
function withoutCausalClause(text: string): string {
  return (
    text
      // ", for den kan gi tett nese av seg selv": what a drug or a habit may do is the explanation.
      .replace(
        /,\s*for (?:den|det|de|dette) (?:kan|vil|gir|gjør|virker)(?![\p{L}])(?:pas\.|[^.!?])*/giu,
        '',
      )
      // "… flere ganger om dagen så pas. ikke blir stiv", "…, så er kuren ferdig": the purpose
      // told to the patient, not the decision. The purpose of a drug decision that names a
      // symptom or a drug stays: "Halverer Metformin, så du ikke får diaré" is why the dose changed.
      .replace(
        /,? så (?:pas\.|du|hun|han|barnet) ikke (?:blir|får) [^.,!?]*/giu,
        (clause: string, offset: number, whole: string) =>
          namesClinicalReason(clause) &&
          (findDrugMentions(tokenize(clause)).length > 0 ||
            findDrugMentions(tokenize(whole.slice(0, offset))).length > 0)
            ? clause
            : '',
      )
      .replace(/,\s*så er (?:kuren|behandlingen) (?:ferdig|over|slutt)(?![\p{L}])/giu, '')
      .replace(
        /,\s*(?:siden|fordi|ettersom|for) (?:det|den|du|pas\.|hun|han|de|vi|virkningen|effekten)(?![\p{L}])[^.!?]*/giu,
        (clause: string) => (namesClinicalReason(clause) ? clause : ''),
      )
  );
}

/** "… men det er ikke det vi er her for": the visit's purpose, never a fact. */
const visitPurposeAside =
  /(?<![\p{L}])(?:det vi er her for|ikke derfor vi er her|ikke det det gjelder)(?![\p{L}])/u;
/** The relative's (or the patient's) own feelings about an illness. */
const feelingAside =
  /(?<![\p{L}])(?:redd|bekymret|bekymra|engstelig|urolig|nervøs|skremt|skummelt)(?![\p{L}])/u;
/** A duration or a time ("på en uke", "i fjor", "i tre dager"). */
const durationWord =
  /(?<![\p{L}])(?:dag|dager|døgn|uke|uker|uka|måned|måneder|år|fjor|timer?)(?![\p{L}])/u;
const negationWord = /(?<![\p{L}])(?:ikke|ikkje|aldri|ingen|inga|intet)(?![\p{L}])/u;
const medicationWord =
  /(?<![\p{L}])(?:inhalator\p{L}*|medisin\p{L}*|tablett\p{L}*|sprøyte\p{L}*|spray\p{L}*)(?![\p{L}])/u;

/**
 * "…, men han har ikke tatt inhalatoren sin på en uke", "…, så sluttet å røyke i fjor": a clause
 * with a drug, a number, a duration or a negation says something about the patient, and stays
 * after a relative's illness (never the visit's purpose: "men det er ikke det vi er her for").
 */
function carriesPatientFact(clause: string): boolean {
  if (visitPurposeAside.test(clause)) return false;
  return (
    /\d/u.test(formatClinicalNumbers(clause)) ||
    durationWord.test(clause) ||
    negationWord.test(clause) ||
    medicationWord.test(clause) ||
    findDrugMentions(tokenize(clause)).length > 0
  );
}

/**
 * After "Komparent har astma selv": only a clause about the relative's feelings or the visit's
 * purpose is an aside ("så jeg blir redd når han piper"); anything else is kept.
 */
function isRelativeAside(clause: string): boolean {
  if (visitPurposeAside.test(clause)) return true;
  return feelingAside.test(clause) && !carriesPatientFact(clause);
}

/** The opening of a drug decision or advice, in folded text ("må" is "ma"). */
const drugAdviceOpening =
  /^(?:(?:du|hun|han) (?:kan|skal|bor|ma) (?:ta|bruke|fortsette|stoppe|slutte|vente)|(?:gi|ta|bruk|stopp|fortsett|unnga|vent med|kutt ut|slutt med|sett ned|trapp ned|seponer|ok) [a-z]+|(?:vi|jeg) (?:gir|starter|oker|reduserer|seponerer|stopper)|[a-z-]+ (?:ma|skal) (?:stoppes|seponeres|okes|reduseres|avsluttes))(?![a-z])/;

/**
 * "Du får tabletter med det samme hormonet …", "Medisinen jeg gir deg nå stopper syren …": inside an
 * announced explanation, "får du"/"gir deg" without a drug named or a number is the pedagogy going
 * on, not the decision (loose text; the other plan words still end the explanation).
 */
export function namesWhatIsGiven(body: string, mentionsDrug: boolean): boolean {
  // A drug or a number inside the sentence ("Du får Pevaryl krem to ganger daglig", "du får
  // fucidin krem" from speech-to-text): the drug lexicon decides, not capitalisation, so a person's
  // or a place's name ("som Kari har", "i Bergen") never makes the explanation a decision.
  return (
    mentionsDrug ||
    /\d/u.test(formatClinicalNumbers(body)) ||
    (body.match(/[\p{L}-]+/gu) ?? []).some((word) => isDrugName(word))
  );
}

function withoutGenericGiving(loose: string): string {
  return loose.replace(
    /(?<![a-z])(?:(?:du|dere) far|far (?:du|dere)|(?:jeg |vi )?gir (?:deg|dere|du|vi))(?![a-z])/gu,
    '',
  );
}

/**
 * "Spørsmålet er om du bør få elektrokonvertering, støt for å få hjertet tilbake i takt …": the
 * question to the specialist (loose text), even when it says "om … tilbake" like a safety net
 * (session 38j).
 */
const specialistQuestion =
  /^(?:(?:og|sa|da) )?(?:sporsmalet|problemstillingen)(?: til (?:dem|dere|han|henne|[a-z]+(?:en|ene)))? (?:er|blir) (?:om|hvorvidt)(?![a-z])/u;

/**
 * "Det bør skje innen fire uker.", "Det må gjøres i løpet av to uker.": when the referral should
 * happen, said after it in a sentence of its own (loose text; session 38j). "Det bør gå over innen
 * fire uker" is a prognosis, not an urgency.
 */
const referralTiming =
  /^(?:(?:og|men|sa) )?(?:det|dette|timen|undersokelsen|vurderingen) (?:bor|skal|ma|trenger a) (?:skje|gjores|gjennomfores|vere gjort|vaere gjort|vere unnagjort|ordnes|bli gjort) (?:innen|i lopet av) /u;

/**
 * Whether a timing sentence is about the referral: it names it itself, or follows the referral in
 * the same turn. "Det bør skje en bedring innen en uke" (a prognosis) and "Det må gjøres innen to
 * uker" after a blood test are not the referral's urgency (r38j).
 */
function isReferralTiming(loose: string, previous: StatementKind | undefined): boolean {
  if (!referralTiming.test(loose)) return false;
  if (/(?:prove|test|bedring|blodprov|provesvar|rontgen|ultralyd|ekg)/u.test(loose)) return false;
  return (
    previous === 'referral' ||
    /(?<![a-z])(?:henvis[a-z]*|time (?:hos|ved)|spesialist[a-z]*|poliklinikk[a-z]*)(?![a-z])/u.test(
      loose,
    )
  );
}

function classifyClinicianSentence(
  loose: string,
  phase: Phase,
  previous: StatementKind | undefined,
  mentionsDrug: boolean,
): StatementKind {
  if (specialistQuestion.test(loose)) return 'referral';
  if (urgencyCue.test(loose) && isReferralTiming(loose, previous)) return 'urgency';
  if (safetyCue.test(loose)) return 'safety';
  // Advice on a drug is a decision wherever it is said: "Du kan ta paracetamol 1 g inntil x 3",
  // "Gi paracetamol etter vekt", "Ibux må stoppes" go to Tiltak, never to Funn or Vurdering.
  if (mentionsDrug && drugAdviceOpening.test(loose)) return 'treatment';
  // "Høyre hofte er øm, men hun har full bevegelighet og kan belaste": the patient described in
  // the third person with an examination word is a finding, not advice.
  if (
    findingCue.test(loose) &&
    /(?<![a-z])(?:hun|han|pasienten)(?![a-z])/.test(loose) &&
    !/(?<![a-z])(?:du|deg|vi|jeg|bor|skal|ma|far|hvis|dersom)(?![a-z])/.test(loose) &&
    !mentionsDrug
  )
    return 'finding';
  // "Du får seksten poeng, det var nitten sist.": a score on a form is a finding, never a plan.
  if (
    !mentionsDrug &&
    /(?<![a-z])(?:poeng|poengsum|score|skar)(?![a-z])/.test(loose) &&
    !planCue.test(loose.replace(/(?<![a-z])(?:du |dere )?(?:far|fikk)(?![a-z])/g, ''))
  )
    return 'finding';
  if (
    urgencyCue.test(loose) &&
    /henvis|time|vurder|ventetid|hastesak|se (?:deg|pas)|merker|prioriter/.test(loose)
  )
    return 'urgency';
  // "Blodprøver hver fjortende dag de første to månedene": tests to come are the plan.
  if (/(?<![a-z])(?:blodprove|prove|maling|kontroll)[a-z]* (?:hver|hvert)(?![a-z])/.test(loose))
    return 'followup';
  if (planCue.test(loose)) return mentionsDrug ? 'treatment' : 'followup';
  if (strongAssessmentCue.test(loose)) return 'assessment';
  if (
    findingCue.test(loose) &&
    (phase === 'examination' || /\d/.test(loose) || !historyCue.test(loose))
  ) {
    if (
      phase === 'plan' &&
      /(?<![a-z])(?:kan|skal|vil|bor|ma|aktuelt|trenger)(?![a-z])/.test(loose)
    )
      return mentionsDrug ? 'treatment' : 'followup';
    return 'finding';
  }
  if (weakAssessmentCue.test(loose)) return 'assessment';
  if (historyCue.test(loose)) return 'history';
  // "Paracetamol ett gram inntil fire ganger daglig": a clinician's dose with a frequency is a
  // prescription even when no examination was narrated (the patient's own drugs are history,
  // caught by historyCue above).
  if (
    mentionsDrug &&
    (phase !== 'history' || /(?<![a-z])(?:ganger|gang|x) (?:daglig|om dagen|\d)/.test(loose))
  )
    return 'treatment';
  if (previous !== undefined && previous !== 'reason') return previous;
  switch (phase) {
    case 'history':
      return 'history';
    case 'examination':
      return 'finding';
    case 'plan':
      return mentionsDrug ? 'treatment' : 'followup';
  }
}

/**
 * "Og du bruker astmamedisin selv?", "Har du astma sjølv?": a question to the relative about
 * their own health (loose text).
 */
function asksRelativeAboutThemself(looseQuestion: string): boolean {
  return /(?<![a-z])(?:du|dere|dokk|dykk)(?![a-z])[^?]*(?<![a-z])(?:selv|sjol|sjolv)\s*\?\s*$/u.test(
    looseQuestion,
  );
}

/**
 * "Og du er datteren?", "Er du Jonas?", "Du har med deg kona di?": who is in the room. The answer
 * often goes on to the complaint ("Ja. Mamma har vært så slapp …"), so it is never small talk.
 */
const identityQuestion =
  /(?<![a-z])(?:(?:du|dere) (?:er|e)|(?:er|e) (?:du|dere)|har med (?:deg|dere|seg))(?![a-z])/u;

/** A denial in the clause before an urgency word: "ikke noe som haster", "ingenting som haster". */
const urgencyDenial =
  /(?<![\p{L}])(?:ikke|ikkje|itj|inte|ingen|inga|ingenting|intet|inkje|ikkje noko)(?![\p{L}])/iu;

/** "Vurder om …", "om … er aktuelt", "hvis …": an urgency weighed or conditional, not decided. */
const urgencyUndecided =
  /(?<![\p{L}])(?:vurder|vurdere|vurderer|usikker|hvis|dersom|viss)(?![\p{L}])|(?<![\p{L}])om(?![\p{L}]).*(?<![\p{L}])(?:er|blir|vert|e) aktuel/iu;

/** Where a clause ends: punctuation, "men", "og". */
const clauseBreak = /[,.;:!?]|(?<![\p{L}])(?:men|og)(?![\p{L}])/giu;

/** The clause around text[start, end): from the last break before to the first break after. */
function clauseAround(text: string, start: number, end: number): { before: string; after: string } {
  const breaks = [...text.matchAll(clauseBreak)];
  const opening = breaks.filter((found) => found.index + found[0].length <= start).at(-1);
  const closing = breaks.find((found) => found.index >= end);
  return {
    before: text.slice(opening === undefined ? 0 : opening.index + opening[0].length, start),
    after: text.slice(end, closing === undefined ? text.length : closing.index),
  };
}

/** Urgency patterns, most specific first; each global so every occurrence is weighed. */
const urgencyPatterns: readonly RegExp[] = [
  /(?<![\p{L}])pakkeforløp(?: for [\p{L}-]+(?: [\p{L}-]+)?)?(?= til |[,.;]|$)/giu,
  /(?<![\p{L}])pakkeforløp(?![\p{L}])/giu,
  /(?<![\p{L}])(?:helst |senest )?innen \d+ (?:dager|døgn|uker|måneder)(?![\p{L}])/giu,
  /(?<![\p{L}])(?:det )?hast(?:er|ar)(?: (?:ikke|ikkje|itj|inte))?(?![\p{L}])/giu,
];

/**
 * The urgency inside a referral sentence, as a Hastegrad line: "… i pakkeforløp for lungekreft
 * til lungeavdelingen, …" → "Pakkeforløp for lungekreft.", "… med time innen 2 uker" → "Innen 2
 * uker.", "ikke noe som haster" → "Haster ikke."; undefined when the sentence says none, denies a
 * pakkeforløp ("ikke i pakkeforløp") or only weighs it ("vurder om pakkeforløp er aktuelt").
 */
export function urgencyInReferral(text: string): string | undefined {
  for (const pattern of urgencyPatterns) {
    for (const match of text.matchAll(pattern)) {
      const { before, after } = clauseAround(text, match.index, match.index + match[0].length);
      if (urgencyUndecided.test(`${before}${match[0]}${after}`)) continue;
      const phrase = match[0].replace(/^det /iu, '');
      const denied = urgencyDenial.test(before);
      if (/^hast/iu.test(phrase)) return denied || /\s/u.test(phrase) ? 'Haster ikke.' : 'Haster.';
      if (denied) continue;
      return `${capitalize(phrase)}.`;
    }
  }
  return undefined;
}

/** The clinician explaining the wait ("Det kan ta noen uker før …", "ventetiden er lang"). */
const waitExplanation =
  /(?<![\p{L}])(?:kan|vil|kommer til å) ta (?:noen|et par|noe|litt|en stund|lang)(?: \p{L}+)?(?: tid)?(?![\p{L}])|ventetiden (?:er|kan være) lang/iu;

/** "Du er henvist (hit) for …", "Hun ble henvist fra fastlegen": a referral already made. */
const receivedReferral =
  /^(?:(?:og|sa|na|da) )?(?:du|hun|han|dere|pasienten) (?:er|ble|har blitt|har vorte|vart|vert) henvist(?![a-z])/;

/**
 * "Har du tatt noe for smertene?" — "Bare paracet nå.": an answer that is only a drug (and its
 * dose) says what was taken, so the note writes "Tatt Paracet." rather than a bare "Paracet.".
 */
function withTakenDrug(said: string, question: string | undefined): string {
  if (question === undefined) return said;
  const asked =
    /(?<![a-z])(?:har|hadde) (?:du|han|hun|dere) (?:tatt|brukt|provd|fatt|gitt (?:ham|henne|han|hun))(?![a-z])/.exec(
      loosen(question),
    )?.[0];
  if (asked === undefined) return said;
  // "Bare paracet": the "bare" says nothing the note keeps.
  const named = said.replace(/^(?:Bare|Berre|Kun)\s+/u, '');
  const tokens = tokenize(named);
  const drug = findDrugMentions(tokens)[0];
  if (drug === undefined || drug.start > 0 || tokens.length > 4) return said;
  const verb = asked.endsWith('brukt')
    ? 'Brukt'
    : asked.endsWith('provd')
      ? 'Prøvd'
      : /fatt|gitt/.test(asked)
        ? 'Fått'
        : 'Tatt';
  return `${verb} ${named}`;
}

/** "Jeg ser …", "Eg kjenner …" opening what the clinician observes, or undefined. */
const seenFinding =
  /^(?:(?:nå|og|så|da) )?(?:jeg|eg|æ) (?:ser|kjenner|hører|finner)(?! (?:at )?(?:du|hun|han|dere|pasienten) (?:bruker|har|fikk|var|hadde|står|går|er|ble|tok))(?: at)? (?!(?:til|på|etter|i|over|inn|deg|meg|du|dere|hun|han)(?![\p{L}]))/iu;

/** A short finding denied by the clinician: "Ingen petekkier.", "Ikke pus i fremre kammer.". */
const shortDeniedFinding =
  /^\s*(?:ingen|ikke) (?!noe\b|det\b|mer\b)[\p{L}]+(?: [\p{L}]+){0,3}[.!]?\s*$/iu;

/** "Storebror som har astma": a cleft naming a family member and their own illness. */
const familyCleft =
  /^(Storebror|Lillebror|Storesøster|Storesøstera|Lillesøster|Bror|Broren|Søster|Søstera|Søsteren|Mormor|Morfar|Farmor|Farfar|Bestemor|Bestefar|Onkel|Tante) som (har|hadde|fikk) /u;

/** A clinician's sentence that explains the question just asked ("Altså trykk i brystet."). */
const clarifiesQuestion =
  /^(?:altsa|jeg mener|eg meiner|med det mener jeg|sann som|slik som|for eksempel|som for eksempel|(?:jeg |eg )?tenker pa|eg tenkjer pa)(?![a-z])(?!.*\b(?:jeg skal|vi skal|du skal|du far|du ma|jeg gir)\b)/u;

/**
 * "Har du tenkt på å ta livet ditt? Det spør jeg alle om.": a short remark on why the question is
 * asked keeps it open, so the patient's "Nei." still answers it.
 */
const remarksOnQuestion =
  /^(?:og |men )?(?:det (?:ma|skal) (?:jeg|eg) (?:sporre|sporje)(?: deg)? om|(?:det )?(?:spor|sporr) (?:jeg|eg|vi) (?:alle|alltid|om)|(?:jeg|eg|vi) (?:spor|sporr|ma sporre|ma sporje|pleier a sporre|plar sporje) (?:alle|alltid|om det|deg om det|om dette)|(?:det er )?(?:et|eit) (?:standard)?sporsmal (?:jeg|eg|vi) (?:stiller|spor)|(?:bare )?for ordens skyld|(?:det er )?(?:rutine|standard)(?![a-z])|det er viktig (?:for meg )?a vite)(?![a-z])/u;

/** How many turns of small talk may come before the opening question. */
const maxSmallTalkSegments = 6;

/**
 * The segment where the clinician first asks what brings the patient ("Hva er det som bringer deg
 * hit?", "Fortell."), or -1 when no clinician does. Before it, a question that names nothing
 * clinical ("Fikk du parkert greit?", "Korleis gjekk fisket i sommar?") is small talk, and so is
 * its answer ("Vi fekk ein laks på seks kilo.").
 */
function firstOpeningSegment(segments: PseudonymizedTranscript['segments']): number {
  // Small talk opens a visit: an opening question asked late is no end of it.
  return segments.slice(0, maxSmallTalkSegments + 1).findIndex(
    (segment) =>
      isClinician(segment.speaker) &&
      splitSentences(segment.text).some((sentence) =>
        openingQuestionCue.test(
          loosen(
            normalizeSpokenNorwegian(sentence.text, {
              dialect: isDialectOrNynorsk(segment.text),
            }),
          ),
        ),
      ),
  );
}

/**
 * An interpreter's reported answer as the answer itself, so a yes or no reads as one: "Han sier
 * nei til begge deler." → "Nei, han sier nei til begge deler.", "Hun sier at det har hun ikke." →
 * "Nei, det har hun ikke.", "Han sier ja, …" → "Ja, …"; `undefined` for any other sentence.
 */
function asDirectAnswer(text: string): string | undefined {
  const rest = /^\s*(?:hun|han) sier(?: at)?\s+(.+)$/iu.exec(text)?.[1];
  if (rest === undefined) return undefined;
  if (/^nei(?![\p{L}])/iu.test(rest))
    return `Nei, ${text.trim().charAt(0).toLowerCase()}${text.trim().slice(1)}`;
  if (/^det (?:har|er|gjør|var) (?:hun|han) ikke(?![\p{L}])/iu.test(rest)) return `Nei, ${rest}`;
  if (/^ja(?![\p{L}])/iu.test(rest)) return capitalize(rest);
  return undefined;
}

/**
 * The time a no holds since ("Nei, ikke siden i fjor." → "siden i fjor"; nynorsk "ikkje sidan
 * jul", Swedish "inte sedan sommaren"); undefined for any other answer.
 */
function noSinceWhen(answer: string): string | undefined {
  const match =
    /^\s*(?:(?:nei|nej|næ|nei da)[,.!]?\s*)?(?:ikke|ikkje|inte|itj|ittj|itte)\s+(?:siden|sidan|sia|sedan)\s+([\p{L}\d][\p{L}\d ]{1,30}?)\s*[.!]?\s*$/iu.exec(
      answer,
    );
  if (match?.[1] !== undefined) return `siden ${match[1]}`;
  // "Nei, itj nå før i dag.": not until today, so the no holds before it only; "Nei, ikke nå, men
  // i natt.": not now, but last night. Read as a plain no, both denied what the answer tells
  // (session 39g).
  const until =
    /^\s*(?:nei|nej|næ|nei da)[,.!]?\s*(?:ikke|ikkje|itj|ittj|itte)\s+(?:nå|no)\s+(?:før|enn)\s+((?:i |på )?[\p{L}\d][\p{L}\d ]{1,20}?)\s*[.!]?\s*$/iu.exec(
      answer,
    )?.[1];
  if (until !== undefined) return `før ${until}`;
  // "Nei, ikke nå, men jeg hadde det i går.": the same, said with "hadde det" (review r39g);
  // nynorsk "Nei, ikkje no, men i går." reaches here with its "no" read as "noe" (session 40e).
  const notNow =
    /^\s*(?:nei|nej|næ|nei da)[,.!]?\s*(?:ikke|ikkje|itj|ittj|itte)\s+(?:nå|no|noe)[,]?\s+men\s+(?:(?:jeg|eg|æ) (?:hadde|hadd|had) (?:det|dét) )?((?:i|på|for) [\p{L}\d][\p{L}\d ]{1,20}?)\s*[.!]?\s*$/iu.exec(
      answer,
    )?.[1];
  if (notNow !== undefined) return `nå, men ${notNow}`;
  // "Har du vondt i brystet?" — "Nei, ikke lenger.": no longer, so the no holds now only, never a
  // plain lifelong no ("Ingen brystsmerter nå.", review r39g).
  return /^\s*(?:nei|nej|næ|nei da)[,.!]?\s*(?:ikke|ikkje|itj|ittj|itte)\s+(?:(?:nå|no)\s+)?(?:lenger|lengre|lenga)\s*[.!]?\s*$/iu.test(
    answer,
  )
    ? 'nå'
    : undefined;
}

/**
 * Reads a pseudonymized conversation turn by turn and extracts note statements: the patient's
 * history (first person turned to third, yes/no answers turned into statements), the findings
 * the doctor says aloud while examining, the doctor's assessment and the plan. Small talk,
 * identity checks and contact details are dropped. Every statement carries the spans it came from.
 */
export function analyzeConversation(
  transcript: PseudonymizedTranscript,
  options: {
    readonly signal?: AbortSignal;
    readonly onProgress?: (done: number, total: number) => void;
    /** Whether statements need their letter text (a patient letter); default true. */
    readonly letters?: boolean;
    /**
     * Whether the note is a referral: then an urgency said without a clinical word ("Det haster
     * ikke, ordinær ventetid er greit.") is kept for Hastegrad; default false.
     */
    readonly referral?: boolean;
  } = {},
): ConversationAnalysis {
  const letters = options.letters !== false;
  const referral = options.referral === true;
  const statements: StatementDraft[] = [];
  const diagnoses: DiagnosisFinding[] = [];
  const seen = new Set<string>();
  let phase: Phase = 'history';
  let pending: PendingQuestion | undefined;
  // The suicide screening question was the last one answered: the next question about plans asks
  // for suicide plans (suicide-screening-answer.ts).
  let suicideScreeningAsked = false;
  // "Bruker hun blodfortynnende?" — "Hva mener du?" — "Marevan, Eliquis, sånne ting." — "Nei.":
  // the question asked back keeps the clinician's question open across the explanation.
  let askedBack: PendingQuestion | undefined;
  let hasReason = false;
  // The opening question was answered with chatter only ("Unnskyld at eg er sein, ferja …"): the
  // complaint told next, unasked, still answers it (session 40f).
  let openingOpen = false;
  // Work talk before the complaint ("Travelt, jeg jobber fjorten timer om dagen"): history, never
  // the reason for contact; where each was said, and how many the note kept.
  const workTalk = new Set<string>();
  let workStatements = 0;
  let isFollowUpVisit = false;
  let clinicalStatementsSoFar = 0;
  let wordCount = 0;
  let norwegianWords = 0;
  const segments = transcript.segments;
  // Without speaker labels (speech-to-text without diarization) each segment's speaker is guessed.
  const speakersGuessed =
    segments.length > 1 && segments.every((segment) => segment.speaker === 'ukjent');

  const openingSegment = speakersGuessed ? -1 : firstOpeningSegment(segments);
  let hasAdmission = false;
  // Who the accompanying relative is ("Og du er mamma?", "hei til datteren"): their own illness
  // is written as theirs ("Mor har irritabel tarm."), never the patient's.
  let relativeRole: string | undefined;
  // The questionnaire named last ("Du fylte ut PHQ-9"): a score said later without it is its score.
  let instrument: string | undefined;
  let resultTest: string | undefined;
  // Who answered last: a clinician's "du" after a relative spoke is the relative.
  let lastAnswerer: Speaker | undefined;
  // Whether a complaint travel bears on was said (diarrhoea, fever, rash, a clot, malaria).
  let travelTopicSaid = false;
  const contents: { readonly words: ReadonlySet<string>; readonly kind: StatementDraft['kind'] }[] =
    [];
  // `whole`: a safety-critical negative, kept even when an earlier statement shares its words.
  const add = (said: StatementDraft, whole = false): void => {
    // The terse forms of a note: "Har så vondt i halsen" → "Vondt i halsen".
    const statement = {
      ...said,
      text: compressStatement(said.text, said.kind, { mentionsDrug: said.mentionsDrug }),
    };
    const key = loosen(statement.text).replace(/[^a-z0-9]/g, '');
    if (key.length === 0 || seen.has(key)) return;
    // Each fact once: a statement whose every content word and number an earlier one already
    // says ("Det låser seg." after "Det låser seg flere ganger i uka.") adds nothing.
    const content = contentWords(statement.text);
    // A measured finding is not a repeat of the same value told as history ("hjemme ligger det
    // på 140/85", then "Blodtrykket er 140/85"): the finding is what the clinician observed.
    if (
      !whole &&
      content.size >= 2 &&
      contents.some(
        (earlier) =>
          isSubset(content, earlier.words) &&
          (statement.kind !== 'finding' || earlier.kind === 'finding'),
      )
    )
      return;
    seen.add(key);
    contents.push({ words: content, kind: statement.kind });
    // "Tar et EKG." then "EKG: sinusrytme.": the result takes the place of the announcement.
    const announced = announcementOf(statement.text);
    const announcement =
      announced === undefined
        ? -1
        : statements.findLastIndex((earlier) => announced.test(earlier.text));
    const earlier = statements[announcement];
    if (earlier !== undefined) {
      statements[announcement] = {
        ...statement,
        evidence: [...earlier.evidence, ...statement.evidence],
      };
      return;
    }
    statements.push(statement);
    clinicalStatementsSoFar += 1;
  };

  // Loose text of statements, computed once each (the safety check reads them every denial).
  const looseTexts = new Map<string, string>();
  const looseOf = (text: string): string => {
    const known = looseTexts.get(text);
    if (known !== undefined) return known;
    const loose = loosen(text);
    looseTexts.set(text, loose);
    return loose;
  };
  let currentTurn: { readonly speaker: Speaker; readonly firstStatement: number } | undefined;
  for (let segmentIndex = 0; segmentIndex < segments.length; segmentIndex += 1) {
    if (segmentIndex % 64 === 0) {
      options.signal?.throwIfAborted();
      options.onProgress?.(segmentIndex, segments.length);
    }
    const segment = segments[segmentIndex];
    if (segment === undefined) continue;
    const text: string = segment.text;
    const labelled = speakersGuessed ? guessSpeaker(segment.text) : segment.speaker;
    // A nurse answering the doctor's question ("Har hun hatt feber?" — "Trettiåtte komma en i
    // går.") tells about the patient as an informant does: the answer is history, and a denial
    // gives the patient's negatives, never the clinician's own findings or plan.
    const nurseInformant =
      labelled === 'sykepleier' && pending !== undefined && currentTurn?.speaker === 'lege';
    const speaker: Speaker = nurseInformant ? 'pårørende' : labelled;
    for (const token of tokenize(text)) {
      wordCount += 1;
      if (norwegianFunctionWords.has(token.text.toLowerCase())) norwegianWords += 1;
    }
    // Dialect and nynorsk to bokmål, spoken corrections applied ("38,7 … nei vent, 38,6" → 38,6).
    const dialect = isDialectOrNynorsk(text);
    const sentences = applySpokenCorrections(
      splitSentences(text).map((sentence) => {
        // "(rister på hodet)" and "Mm-m." answer as "Nei." does.
        const spoken = normalizeSpokenNorwegian(readNonverbalAnswer(sentence.text), {
          dialect,
        });
        // "Han har allergi mot jod, det fikk dere vite, sant?" tells; only the clinician asks.
        const normalized = labelled === 'lege' ? spoken : (withoutQuestionTag(spoken) ?? spoken);
        return normalized === sentence.text ? sentence : { ...sentence, text: normalized };
      }),
    );
    // "Eg svir når eg tissar. Sidan laurdag.": the onset joins the complaint it dates.
    if (labelled !== 'lege') sentences.splice(0, sentences.length, ...joinTimeFragments(sentences));
    const evidenceOf = (sentence: SentenceSpan): Evidence => ({
      segment: segmentIndex,
      start: sentence.start,
      end: sentence.end,
    });

    if (!nurseInformant) relativeRole = roleOfRelative(text, speaker) ?? relativeRole;
    instrument = lastInstrumentNamed(text) ?? instrument;
    if (isClinician(speaker)) resultTest = lastResultTestNamed(text) ?? resultTest;
    if (!isClinician(speaker)) lastAnswerer = speaker;
    if (!travelTopicSaid && travelTopic.test(loosen(text))) travelTopicSaid = true;
    const previousTurn = currentTurn;
    currentTurn = { speaker, firstStatement: statements.length };
    if (isClinician(speaker)) {
      // "Troponin er tolv." — the next turn: "Nei vent, troponinet var fjorten.": the value of the
      // clinician's turn before is corrected, and the correction itself says nothing more.
      const opening = sentences[0];
      if (opening !== undefined && previousTurn?.speaker === speaker) {
        for (let back = statements.length - 1; back >= previousTurn.firstStatement; back -= 1) {
          const earlier = statements[back];
          if (earlier === undefined) continue;
          const corrected = correctEarlierStatement(earlier.text, opening.text);
          if (corrected === undefined) continue;
          statements[back] = {
            ...earlier,
            text: corrected,
            evidence: [...earlier.evidence, evidenceOf(opening)],
          };
          sentences.shift();
          break;
        }
      }
      let previousKind: StatementKind | undefined;
      // Within a turn, after a sentence of pedagogy: the explanation goes on.
      let explaining = false;
      // The explanation was announced ("Jeg skal forklare litt om dette."): a drug or a lab test
      // named inside it is still the explanation; only a dose, a decision or safety advice ends it.
      let announced = false;
      let organ: string | undefined;
      let lastQuestion: PendingQuestion | undefined = askedBack;
      const explainsAskedBack = askedBack;
      askedBack = undefined;
      let previousQuestion: PendingQuestion | undefined;
      for (const sentence of sentences) {
        const loose = loosen(sentence.text);
        // A cut-off sentence is a question when it asks one ("Klarer du å svelge, eller —").
        const isQuestion =
          /\?\s*$/.test(sentence.text) ||
          (/—\s*$/u.test(sentence.text) &&
            /^(?:[\p{L}]+ )?[\p{L}]+ (?:du|dere)(?![\p{L}])|(?:^|\s)(?:har|er|noen)\s/u.test(
              loose,
            ));
        if (isQuestion) {
          // "Når så du ham sist normal?", "Når hadde du mensen sist?" ask for a time, not about a
          // visit before.
          if (
            followUpVisitCue.test(loose) &&
            clinicalStatementsSoFar < 3 &&
            !/^(?:og )?(?:nar|kor tid|ka tid|kva tid|hvor lenge|kor lenge)(?![a-z])/u.test(loose)
          )
            isFollowUpVisit = true;
          previousQuestion = lastQuestion;
          lastQuestion = {
            ...(previousQuestion === undefined ? {} : { previous: previousQuestion }),
            text: sentence.text,
            evidence: evidenceOf(sentence),
            // "Hvordan går det med hunden?": the answer is small talk, left out like logistics;
            // so is the answer to a question naming nothing clinical before the opening question.
            isHolidayOnly:
              !adminCue.test(loose) &&
              !smallTalkTopicCue.test(loose) &&
              holidayQuestionCue.test(loose) &&
              !hasClinicalWord(sentence.text),
            isAdmin:
              adminCue.test(loose) ||
              smallTalkTopicCue.test(loose) ||
              // "Var det ikke hytta på Hovden du skulle til?": the holiday is small talk (session 40f).
              (holidayQuestionCue.test(loose) && !hasClinicalWord(sentence.text)) ||
              (segmentIndex < openingSegment &&
                clinicalStatementsSoFar === 0 &&
                !openingQuestionCue.test(loose) &&
                !identityQuestion.test(loose) &&
                !hasClinicalContent(sentence.text)),
            isOpening: openingQuestionCue.test(loose),
            isExamination: phase === 'examination' && !/(?:har|hadde) du/.test(loose),
          };
          if (examinationStartCue.test(loose) && !lastQuestion.isOpening)
            phase = phase === 'plan' ? phase : 'examination';
          continue;
        }
        // "God morgen, jeg er anestesilege, og …": the greeting and who is speaking go, the rest
        // is read like any sentence.
        const introduced = selfIntroductionLength(loose);
        // "Jeg hadde det samme selv i fjor, dette er en forstuing.": the clinician's own history
        // goes; what follows it, when no longer about the clinician, is read like any sentence.
        const ownHistory = introduced === undefined ? clinicianOwnHistoryLength(loose) : undefined;
        if (
          introduced === undefined &&
          (adminCue.test(loose) ||
            smallTalkCue.test(loose) ||
            topicShiftCue.test(loose) ||
            ownHistory === loose.length)
        )
          continue;
        // The short explanation of a question the patient asked back about is no statement.
        if (
          lastQuestion !== undefined &&
          lastQuestion === explainsAskedBack &&
          loose.split(/\s+/u).length <= 12 &&
          !safetyCue.test(loose) &&
          !planCue.test(loose)
        )
          continue;
        // "Har du hatt brystsmerter? Altså trykk eller stikking i brystet.": a sentence that only
        // explains the question keeps it open; written as a statement it read as a complaint, and
        // the patient's "Nei." was lost.
        if (lastQuestion !== undefined && clarifiesQuestion.test(loose)) continue;
        if (
          lastQuestion !== undefined &&
          remarksOnQuestion.test(loose) &&
          loose.split(/\s+/u).length <= 10
        )
          continue;
        if (followUpVisitCue.test(loose) && clinicalStatementsSoFar < 3) isFollowUpVisit = true;
        lastQuestion = undefined;
        previousQuestion = undefined;
        let body = sentence.text;
        let bodyOffset = 0;
        // Reasoning aloud retells the history; an instruction while examining is no finding.
        if (isThinkingAloud(loose) || (phase !== 'plan' && isExaminationInstruction(loose)))
          continue;
        // "Jeg er anestesilege, og jeg skal snakke med deg før operasjonen …": who is speaking is
        // no note content; what the visit is for, said next, is the reason for contact.
        let visitPurpose: string | undefined;
        if (ownHistory !== undefined) {
          const rest = body.slice(ownHistory).trimStart();
          bodyOffset = body.length - rest.length;
          body = capitalize(rest);
        }
        if (introduced !== undefined) {
          const rest = body.slice(introduced).trimStart();
          if (rest.replace(/[.!]/gu, '').trim().length === 0) continue;
          visitPurpose = hasReason ? undefined : toVisitPurpose(rest);
          bodyOffset = body.length - rest.length;
          body = capitalize(rest);
        }
        // "Det er blodtrykket vi skal se på i dag.": the topic named first is the reason for
        // contact ("se på" here names the visit, not an examination about to start).
        if (
          visitPurpose === undefined &&
          isClinician(speaker) &&
          !hasReason &&
          clinicalStatementsSoFar === 0
        ) {
          const topic = visitTopicOf(body);
          if (topic !== undefined && hasClinicalContent(topic)) visitPurpose = topic;
        }
        // "Eg noterer: ryddig og orientert.", "Psykisk status: …": findings dictated as a list.
        const dictated = dictationOpening.exec(body);
        if (dictated !== null && dictated[0].length < body.length) {
          body = capitalize(body.slice(dictated[0].length));
          bodyOffset += dictated[0].length;
          if (phase === 'history') phase = 'examination';
        }
        // "Nå ser jeg på såret ... det er tørt og rent": the organ heads the finding that follows.
        const pause = body.indexOf('...');
        if (
          pause > 0 &&
          (proceduralCue.test(loosen(body.slice(0, pause)).trim()) ||
            examinationStartCue.test(loosen(body.slice(0, pause))))
        ) {
          organ = organOf(body.slice(0, pause));
          bodyOffset = pause + 3;
          body = body.slice(bodyOffset);
          if (phase === 'history') phase = 'examination';
        } else if (
          visitPurpose === undefined &&
          (proceduralCue.test(loose) ||
            narratedExamination.test(loose) ||
            (examinationStartCue.test(loose) &&
              !hasClinicalContent(body.replace(/undersøke|lytte|kjenne|blodtrykk/giu, ''))))
        ) {
          if (phase !== 'plan') phase = 'examination';
          organ = organOf(body.replace(/[,.].*$/u, ''));
          continue;
        }
        // "Jeg skal forklare litt om dette." names nothing itself; what follows is the explanation.
        if (isAnnouncedExplanation(loosen(body)) && !safetyCue.test(loosen(body))) {
          explaining = true;
          announced = true;
          const named = diagnosisNamedIn(body);
          if (named !== undefined)
            add({
              kind: 'assessment',
              text: named,
              evidence: [evidenceOf(sentence)],
              speaker,
              mentionsDrug: false,
              isCourse: false,
            });
          continue;
        }
        // "Her har vi Randi Solberg, sekstisju år." — the handover names the patient, nothing more.
        if (isIntroductionOnly(body)) continue;
        const condition = namedCondition(body);
        // "Summen er ni." after "Du har svart på AUDIT": the score has no clinical word of its own.
        const isScore =
          instrument !== undefined &&
          withInstrumentNamed(
            toNoteLanguage(body, { speaker, voice: 'note' }) ?? '',
            instrument,
          ) !== undefined;
        // "Vi tar et EKG." … "Det viser sinusrytme.": the result heads with the test it reads out.
        const testResult =
          isClinician(speaker) && resultTest !== undefined && pointedResult.test(body)
            ? `${resultTest}: ${body.replace(pointedResult, '').replace(/[.!]?$/u, '.')}`
            : undefined;
        if (testResult !== undefined) body = testResult;
        if (
          !isScore &&
          testResult === undefined &&
          !hasClinicalContent(body) &&
          !plainPlanCue.test(loosen(body)) &&
          !assessmentOpeningCue.test(loosen(body)) &&
          // The question to the specialist names what is asked, not always a clinical word.
          !referralCue.test(loosen(body)) &&
          !(referral && urgencyCue.test(loosen(body))) &&
          condition === undefined &&
          // "Ingen petekkier.", "Ikke pus i fremre kammer.": a short denied finding while examining.
          !(phase === 'examination' && shortDeniedFinding.test(body))
        )
          continue;
        const mentionsDrug = findDrugMentions(tokenize(body)).length > 0;
        const bodyLoose = loosen(body);
        // The decision stays, the pedagogy and logistics go (a dose or a safety rule is never pedagogy).
        if (
          isLogistics(bodyLoose) ||
          (isAnnouncedExplanation(bodyLoose) && !safetyCue.test(bodyLoose)) ||
          (isPedagogy(bodyLoose) && !mentionsDrug && !safetyCue.test(bodyLoose)) ||
          (isDefinition(bodyLoose) && !safetyCue.test(bodyLoose)) ||
          // "Men fordi faren din hadde magekreft, vil jeg henvise deg": the decision stays.
          // "Fordi du er allergisk mot penicillin, fikk du ceftriaxon": the allergy stays.
          (isDrugReason(bodyLoose) &&
            !saysAllergy(body) &&
            ![safetyCue, planCue, referralCue, urgencyCue].some((pattern) =>
              pattern.test(bodyLoose),
            ))
        ) {
          explaining = !isLogistics(bodyLoose);
          // The explanation goes, the diagnosis it names stays: "rosen, eller erysipelas som vi
          // kaller det, kommer ofte …" → "Erysipelas.".
          const named = explaining ? diagnosisNamedIn(body) : undefined;
          if (named !== undefined)
            add({
              kind: 'assessment',
              text: named,
              evidence: [evidenceOf(sentence)],
              speaker,
              mentionsDrug: false,
              isCourse: false,
            });
          continue;
        }
        if (
          explaining &&
          announced &&
          !doseOrReadingPattern.test(formatClinicalNumbers(body)) &&
          ![safetyCue, planCue, referralCue, urgencyCue].some((pattern) =>
            pattern.test(
              namesWhatIsGiven(body, mentionsDrug) ? bodyLoose : withoutGenericGiving(bodyLoose),
            ),
          )
        )
          continue;
        // An explanation runs on until the clinician says a decision, a dose, a number or a finding.
        if (
          explaining &&
          !mentionsDrug &&
          !/\d/u.test(formatClinicalNumbers(body)) &&
          ![safetyCue, planCue, referralCue, urgencyCue, strongAssessmentCue, findingCue].some(
            (pattern) => pattern.test(bodyLoose),
          )
        )
          continue;
        explaining = false;
        announced = false;
        body = withoutExplanation(body);
        // Once the plan is being made, a sentence with no cue, drug or number is talk around it.
        if (
          phase === 'plan' &&
          !mentionsDrug &&
          !/\d/.test(formatClinicalNumbers(body)) &&
          ![
            historyCue,
            admissionCue,
            safetyCue,
            urgencyCue,
            planCue,
            strongAssessmentCue,
            findingCue,
            weakAssessmentCue,
            referralCue,
          ].some((pattern) => pattern.test(bodyLoose)) &&
          !quantityPattern.test(formatClinicalNumbers(body))
        )
          continue;
        // "Det vi ser nå er at du har en blærebetennelse, og grunnen til det er …": the conclusion
        // without its announcement (the reason went with `withoutExplanation`).
        const concluded = announcedConclusion.exec(body);
        let concludesDiagnosis = false;
        if (concluded !== null && concluded[0].length < body.length) {
          const diagnosed =
            /^(?:du|han|hun|ho) har (?!ikke |hatt |vært )(?:fått |nok |trolig )?(?:en |et |ei )?(?=\p{L})/iu.exec(
              body.slice(concluded[0].length),
            );
          const cut = concluded[0].length + (diagnosed?.[0].length ?? 0);
          concludesDiagnosis = diagnosed !== null;
          body = capitalize(body.slice(cut));
          bodyOffset += cut;
        }
        let kind = concludesDiagnosis
          ? 'assessment'
          : classifyClinicianSentence(bodyLoose, phase, previousKind, mentionsDrug);
        // "Jeg ser velavgrensede plakk på albuene", "Jeg kjenner en fast kul": what the clinician
        // sees or feels is a finding (not what the records show: "Jeg ser at du bruker …").
        const seen = seenFinding.exec(body);
        if (seen !== null && phase !== 'plan' && (kind === 'history' || kind === 'finding')) {
          kind = 'finding';
          body = body.slice(seen[0].length);
          bodyOffset += seen[0].length;
          body = body.charAt(0).toUpperCase() + body.slice(1);
        }
        const isAdmission =
          speaker === 'lege' &&
          !hasAdmission &&
          admissionCue.test(bodyLoose) &&
          // "Han blir lagt inn på medisinsk avdeling": an admission decided now is the plan (session 40f).
          !/(?<![a-z])(?:blir|skal|vil|ma) (?:(?:na|no|derfor|da) )?(?:lagt inn|legges inn|innlagt)(?![a-z])|(?<![a-z])legger (?:deg|han|ham|henne|ho) inn(?![a-z])/u.test(
            bodyLoose,
          ) &&
          kind !== 'safety' &&
          kind !== 'treatment';
        if (isAdmission) {
          kind = 'reason';
          hasAdmission = true;
        }
        if (speaker === 'lege' && isFollowUpVisit && !hasReason && kind === 'history')
          kind = 'reason';
        // "Det er årskontroll av diabetes i dag": a check-up named before any complaint is the reason.
        if (
          speaker === 'lege' &&
          !hasReason &&
          clinicalStatementsSoFar === 0 &&
          /kontroll|ga gjennom|se pa (?:blod)?provene|svar pa (?:blod)?provene|provesvar|svarene/.test(
            bodyLoose,
          ) &&
          !/\d/.test(body)
        ) {
          kind = 'reason';
          isFollowUpVisit = true;
        }
        if (referralCue.test(bodyLoose) && kind !== 'safety' && kind !== 'urgency')
          kind = 'referral';
        // "Du er henvist fra fastlegen for nummenhet i hånda": the referral that brought the
        // patient here is why they came, not a plan (and the examination has not begun).
        if (receivedReferral.test(bodyLoose) && kind !== 'safety' && !/\d/.test(body))
          kind = hasReason ? 'history' : 'reason';
        // "Så sambuaren din hadde lungebetennelse, og dattera di har astma": a relative named by
        // the clinician owns the condition (a child named to the parent may be the patient).
        const aboutFamily =
          familyCue.test(bodyLoose) ||
          namesRelativeOtherThanChild.test(bodyLoose) ||
          (lastAnswerer !== 'pårørende' && namesChildOrGrandchild.test(bodyLoose));
        let namesDiagnosis = false;
        for (const rule of aboutFamily ? [] : diagnosisRules) {
          const match = rule.pattern.exec(bodyLoose);
          if (match === null) continue;
          const before = bodyLoose.slice(Math.max(0, match.index - 30), match.index);
          if (/(?:ingen|ikke|uten|ingen tegn til|ingen holdepunkt(?:er)? for)[^.,]*$/.test(before))
            continue;
          // "Hvis det blir en lungebetennelse, …", "for å utelukke blodpropp": a condition that may
          // come or one being ruled out is no diagnosis, so it gives no code.
          if (conditionalOrRuledOut.test(bodyLoose.slice(0, match.index))) continue;
          // "Så du har astma selv" to the father: the relative's own illness is never the child's code.
          if (
            lastAnswerer === 'pårørende' &&
            (/(?:du (?:har|hadde|fikk|har hatt|bruker)|din|ditt|dine)[^.,]*$/.test(before) ||
              /^[^.,]{0,20} (?:selv|sjol)(?![a-z])/.test(bodyLoose.slice(match.index)))
          )
            continue;
          // Named again later ("… er dårligere regulert") it is still the assessment.
          if (kind !== 'reason') namesDiagnosis = true;
          if (diagnoses.some((found) => found.group === rule.group)) continue;
          const phraseStart = match.index;
          const phrase =
            rule.label ??
            // The words as said (letter voice keeps them), so the verifier finds the evidence.
            toNoteLanguage(body.slice(phraseStart, phraseStart + match[0].length), {
              speaker,
              voice: 'letter',
            }) ??
            match[0];
          diagnoses.push({
            group: rule.group,
            icpc2: rule.icpc2,
            icd10: rule.icd10,
            phrase: phrase.replace(/\.$/, ''),
            evidence: isVerbatim(sentence)
              ? {
                  segment: segmentIndex,
                  start: sentence.start + bodyOffset + phraseStart,
                  end: sentence.start + bodyOffset + phraseStart + match[0].length,
                }
              : evidenceOf(sentence),
          });
        }
        // The clinician naming a diagnosis is the assessment, wherever in the visit it is said.
        if (
          (kind === 'finding' || kind === 'history') &&
          (namesDiagnosis ||
            ((assessmentOpeningCue.test(bodyLoose) ||
              assessmentFormCue.test(bodyLoose) ||
              condition !== undefined) &&
              !/\d/.test(body))) &&
          !/(?:test|prove|viser|rontgen|stix|ekg)/.test(bodyLoose)
        )
          kind = 'assessment';
        let noteText = toNoteLanguage(body, { speaker, voice: 'note' });
        if (noteText === undefined) continue;
        if (visitPurpose !== undefined) {
          noteText = toNoteLanguage(visitPurpose, { speaker, voice: 'note' }) ?? visitPurpose;
          kind = 'reason';
        }
        const scored = withInstrumentNamed(noteText, instrument);
        if (scored !== undefined) {
          noteText = scored;
          kind = 'finding';
        }
        {
          // "Dette er et helt vanlig hekseskudd." → "Hekseskudd.": "vanlig" says nothing in a note.
          const opened =
            kind === 'assessment'
              ? dropEmptyOpening(noteText).replace(
                  /^(?:helt )?(?:vanlig|vanleg) (?=\p{L}{4})/iu,
                  '',
                )
              : dropEmptyOpening(noteText);
          // "Jeg tror dette er en musearm, men det kan også være en nerveirritasjon." →
          // "Trolig musearm, differensialdiagnose nerveirritasjon.": the hedge is kept.
          const hedged =
            kind === 'assessment' && hedgedAssessmentOpening.test(bodyLoose)
              ? asHedgedAssessment(opened)
              : undefined;
          noteText = hedged ?? opened.charAt(0).toUpperCase() + opened.slice(1);
        }
        if (
          kind === 'finding' &&
          organ !== undefined &&
          !loosen(noteText).includes(loosen(organ).slice(0, 4)) &&
          // "Jeg skal måle blodtrykket …" then "Blodtrykk 142/88": the finding names it already.
          !(organ === 'BT' && /blodtrykk/u.test(loosen(noteText)))
        ) {
          noteText = `${organ}: ${noteText.charAt(0).toLowerCase()}${noteText.slice(1)}`;
        }
        organ = undefined;
        if (kind === 'treatment' || kind === 'followup' || kind === 'safety')
          noteText = tidyPlan(noteText);
        if (
          kind === 'treatment' ||
          kind === 'followup' ||
          kind === 'referral' ||
          kind === 'safety' ||
          kind === 'urgency'
        )
          phase = 'plan';
        if (kind === 'assessment' && phase === 'examination') phase = 'plan';
        // "Det kan ta noen uker før du får time, for det haster ikke.": the clinician's
        // explanation of the wait is not the urgency; Hastegrad says only what was decided.
        if (referral && kind === 'urgency' && waitExplanation.test(noteText)) {
          const stated = urgencyInReferral(noteText);
          if (stated !== undefined) noteText = stated;
        }
        const letterText = letters ? toNoteLanguage(body, { speaker, voice: 'letter' }) : undefined;
        const evidence = [
          isVerbatim(sentence)
            ? {
                segment: segmentIndex,
                start: sentence.start + bodyOffset + (body.length - body.trimStart().length),
                end: sentence.end,
              }
            : evidenceOf(sentence),
        ];
        add({
          kind,
          text: noteText,
          ...(letterText === undefined ? {} : { letterText }),
          evidence,
          speaker,
          mentionsDrug,
          isCourse: kind === 'history' && speaker === 'lege',
          isAdmission,
        });
        // "Jeg henviser deg i pakkeforløp for lungekreft …": the urgency said inside the referral
        // sentence is also the referral's Hastegrad.
        const urgency = referral && kind === 'referral' ? urgencyInReferral(noteText) : undefined;
        if (urgency !== undefined)
          add(
            {
              kind: 'urgency',
              text: urgency,
              evidence,
              speaker,
              mentionsDrug: false,
              isCourse: false,
              isAdmission,
            },
            true,
          );
        if (kind === 'reason') hasReason = true;
        previousKind = kind === 'reason' ? 'history' : kind;
      }
      // A cut-off last question ("…, eller er stemmen —") is answered together with the one before.
      if (
        lastQuestion !== undefined &&
        /—\s*$/u.test(lastQuestion.text) &&
        previousQuestion !== undefined
      ) {
        const cutOff = statementFromAnswer(lastQuestion.text, 'no', 'Nei.');
        if (cutOff === undefined) lastQuestion = previousQuestion;
      }
      pending = lastQuestion;
      continue;
    }

    // Patient, relative or unknown speaker.
    const question = pending;
    pending = undefined;
    // The opening question, or the clinician's remark after chatter answered it (session 40f).
    const answersOpening: boolean =
      question?.isOpening === true || (question === undefined && openingOpen);
    if (question !== undefined && askedBackPattern.test(loosen(text.trim()))) {
      askedBack = question;
      continue;
    }
    let coveredAnswer = false;
    // How many of the answer's sentences a modifying-factor statement already says.
    let coveredSentences = 0;
    let namedMemberSaid = false;
    // "Hvordan var ferien?" — "Fin, men jeg ble bitt av en flått på hytta.": the bite, the fall
    // or the trip home from abroad is history, never small talk (review 40f).
    if (
      question?.isAdmin === true &&
      !(question.isHolidayOnly === true && holidayAnswerTellsComplaint(text, loosen(text)))
    )
      continue;
    // "Hæ? Nei, nei. Ikkje det.", "Mener du nå? Nei." — a "what?" or a short question back
    // before the answer is no answer; what follows is.
    // "Eh, kva sa du? Blod? Nei." — as many as come; "Eh…" is a hesitation, not an answer.
    while (
      sentences.length > 1 &&
      (/^\s*(?:hæ|hæh|hva|kva|hm+|unnskyld|ehm?|øh|æh)\s*[?.!…]+\s*$/iu.test(
        sentences[0]?.text ?? '',
      ) ||
        /^\s*(?:[\p{L}]+,?\s+){0,3}[\p{L}]+\s*\?\s*$/u.test(sentences[0]?.text ?? ''))
    )
      sentences.shift();
    // "Au, der er det vondt." while examined: the clinician's finding says it, the cry does not.
    if (phase === 'examination' || question?.isExamination === true) {
      // "Au! Akkurat der er det vondt.": the place pointed at goes with the cry.
      const cried = sentences.some((sentence) => painCry.test(sentence.text));
      for (let index = sentences.length - 1; index >= 0; index -= 1) {
        const said = sentences[index]?.text ?? '';
        if (painCry.test(said) || (cried && pointedPain.test(said))) sentences.splice(index, 1);
      }
      if (sentences.length === 0) continue;
    }
    // "Han sier nei til begge deler." — an interpreter's reported no is read as the patient's.
    const reported = sentences[0] === undefined ? undefined : asDirectAnswer(sentences[0].text);
    if (reported !== undefined && sentences[0] !== undefined)
      sentences[0] = { ...sentences[0], text: reported };
    const first = sentences[0];
    const isPatient = speaker === 'pasient' || speaker === 'ukjent' || speaker === 'pårørende';
    // "Planer? Nei. Men jeg har tenkt at det hadde vært greit å ikke våkne.": the no denies the
    // plans, never the death wish the answer tells (session 39g).
    const screening =
      first !== undefined && question !== undefined && isPatient && !question.isExamination
        ? readSuicideScreeningAnswer({
            question: question.text,
            answer: text,
            first: first.text,
            sentences: sentences.map((sentence) => sentence.text),
            screeningAsked: suicideScreeningAsked,
            readAsAsked:
              hasClinicalContent(question.text.replace(/\d/g, '')) ||
              isScreeningQuestion(question.text),
          })
        : undefined;
    // Only the next question after the screening asks for suicide plans.
    suicideScreeningAsked = question !== undefined && isSuicideQuestion(question.text);
    // "Blir det verre når du bøyer deg?" — "Ja.", "Hva er du bekymret for?" — "At det er kreft.":
    // what makes it better or worse and what the patient fears, as the note says it.
    // The statement replaces the sentences it says (all of them, or the first of an answer about
    // sleep or appetite); an answer it cannot say whole is read as said (session 35d).
    const factor =
      first !== undefined && question !== undefined && !question.isExamination && isPatient
        ? readModifyingFactor(
            question.text,
            sentences.map((sentence) => sentence.text),
            { speaker },
          )
        : undefined;
    // "Drikker du alkohol?" — "Nei, bare litt i helgene.": "Alkohol: sparsomt, i helgene.".
    const alcohol =
      first !== undefined && question !== undefined && isPatient && !question.isExamination
        ? alcoholAnswer(question.text, first.text)
        : undefined;
    // "Røyker du?" — "Nei, men kona mi røyker.", "Nei, ikke lenger.", "Nei, bare tran.": a no that
    // says one more thing, as one note line (session 36d).
    const noWithDetail =
      first !== undefined && question !== undefined && isPatient && !question.isExamination
        ? readNoWithDetail(question.text, sentences.map((sentence) => sentence.text).join(' '))
        : undefined;
    if (screening !== undefined && first !== undefined && question !== undefined) {
      if (screening.statement !== undefined && !screening.afterTalk)
        add({
          kind: 'history',
          text: screening.statement,
          evidence: [question.evidence, evidenceOf(first)],
          speaker,
          mentionsDrug: false,
          isCourse: false,
        });
      coveredAnswer = screening.coversFirst;
    } else if (factor !== undefined && first !== undefined && question !== undefined) {
      const said = sentences.slice(0, factor.covered);
      add({
        kind: 'history',
        text: formatClinicalNumbers(factor.statement),
        evidence: [question.evidence, ...said.map((sentence) => evidenceOf(sentence))],
        speaker,
        mentionsDrug: findDrugMentions(tokenize(factor.statement)).length > 0,
        isCourse: false,
      });
      coveredSentences = factor.covered;
    } else if (alcohol !== undefined && first !== undefined && question !== undefined) {
      add({
        kind: 'history',
        text: alcohol,
        evidence: [question.evidence, evidenceOf(first)],
        speaker,
        mentionsDrug: false,
        isCourse: false,
      });
      coveredAnswer = true;
    } else if (noWithDetail !== undefined && first !== undefined && question !== undefined) {
      add({
        kind: 'history',
        text: formatClinicalNumbers(noWithDetail),
        evidence: [question.evidence, evidenceOf(first)],
        speaker,
        mentionsDrug: findDrugMentions(tokenize(noWithDetail)).length > 0,
        isCourse: false,
      });
      coveredAnswer = true;
    } else if (
      first !== undefined &&
      question !== undefined &&
      !question.isExamination &&
      isPatient
    ) {
      // "Du står på 50 mg?" — "Nei, det er hundre.": the question with the corrected value.
      const correctedQuestion = correctQuestionValue(question.text, first.text);
      // "Tror ikke det", "Ikke som jeg har merket": a no with a reservation the note keeps.
      const hedgedAnswer =
        correctedQuestion === undefined ? readHedgedAnswer(first.text) : undefined;
      // "Har han kastet opp?" — "Én gang i morges, men ikke siden.": a count of times is a yes,
      // and the count is the detail the note keeps ("Kastet opp én gang i morges, …").
      // "Har ho kasta opp?" — "Nei. Jo forresten, ein gong i natt.": the no taken back is a yes,
      // and the count after it is the detail ("Kastet opp én gang i natt."), never "Ikke oppkast.".
      const retracted = takenBackNo(
        sentences.map((sentence) => sentence.text).join(' '),
        question.text,
      );
      const countedText = retracted ?? first.text;
      const countedAnswer =
        correctedQuestion === undefined &&
        hedgedAnswer === undefined &&
        (retracted !== undefined || answerPolarity(first.text) === undefined) &&
        countOfTimes.test(countedText.trim())
          ? toNoteLanguage(countedText.trim(), { speaker, voice: 'note' })
          : undefined;
      // "Er du allergisk mot noe?" — "Nei. Jo, forresten, plaster.": the no taken back is no
      // answer; the allergen after it is read as said, never "Ikke allergisk" (session 39g).
      const allergyTakenBack = retracted !== undefined && allergyAsked.test(question.text);
      // "Nei. Jo, det er jeg." to "Er du allergisk mot penicillin?", "Nei. Jo, forresten, plaster."
      // to "… mot noe?": the yes is to the allergen asked or named (session 40e).
      const allergenQuestion =
        retracted !== undefined && allergyTakenBack
          ? allergenQuestionTakenBack(question.text, retracted, speaker === 'pårørende')
          : undefined;
      const polarity =
        allergenQuestion !== undefined
          ? 'yes'
          : allergyTakenBack
            ? undefined
            : correctedQuestion !== undefined ||
                countedAnswer !== undefined ||
                retracted !== undefined
              ? 'yes'
              : hedgedAnswer === undefined
                ? answerPolarity(first.text)
                : 'no';
      if (
        polarity !== undefined &&
        !(speaker === 'pårørende' && asksRelativeAboutThemself(loosen(question.text))) &&
        (hasClinicalContent(question.text.replace(/\d/g, '')) || isScreeningQuestion(question.text))
      ) {
        const answerText = sentences.map((sentence) => sentence.text).join(' ');
        // "Bruker du noen medisiner?" — "Nei. Bare Marevan.": the turned statement says what the
        // answer names ("Bruker Marevan."), and the answer's own words are not kept beside it.
        namedMemberSaid =
          polarity === 'no' &&
          correctedQuestion === undefined &&
          hedgedAnswer === undefined &&
          statementForNamedMember(question.text, answerText) !== undefined;
        const answered = statementFromAnswer(
          correctedQuestion ?? allergenQuestion ?? question.text,
          polarity,
          correctedQuestion !== undefined || allergenQuestion !== undefined
            ? 'Ja.'
            : hedgedAnswer === undefined
              ? answerText
              : 'Nei.',
        );
        // "Står på sertralin 100 mg" → "Bruker sertralin 100 mg": the corrected dose as a fact.
        const plainTurned =
          correctedQuestion === undefined
            ? answered
            : answered?.replace(/^Står (?:fortsatt |nå )?på /u, 'Bruker ');
        const hedgedRest =
          hedgedAnswer === undefined || !hasClinicalContent(hedgedAnswer.rest)
            ? undefined
            : toNoteLanguage(hedgedAnswer.rest, { speaker, voice: 'note' });
        // "Har du skadet deg selv?" — "Nei, ikke siden i fjor.": the no holds since then only, and
        // the note says so ("Ingen selvskading siden i fjor."), never a plain lifelong no.
        const since = polarity === 'no' ? noSinceWhen(first.text) : undefined;
        const turnedPlain =
          countedAnswer !== undefined && plainTurned !== undefined
            ? `${plainTurned.replace(/[.!]$/u, '')} ${countedAnswer.charAt(0).toLowerCase()}${countedAnswer.slice(1)}`
            : hedgedAnswer === undefined || plainTurned === undefined
              ? plainTurned
              : `${hedgeStatement(plainTurned, hedgedAnswer.hedge).replace(/[.!]$/u, '')}${
                  hedgedRest === undefined
                    ? ''
                    : `, ${hedgedRest.charAt(0).toLowerCase()}${hedgedRest.slice(1).replace(/[.!]$/u, '')}`
                }.`;
        const turned =
          since === undefined || turnedPlain === undefined
            ? turnedPlain
            : `${turnedPlain.replace(/[.!]$/u, '')} ${since}.`;
        // "Har du hatt noen blødninger? Neseblod, blod i urinen?" — the list explains the question before it.
        // "Har du hatt feber? Og bruker du noen blodfortynnende?" — "Nei, og nei.": one no each.
        const before =
          question.previous !== undefined &&
          polarity === 'no' &&
          (isNominalQuestion(question.text) ||
            /^\s*nei[.,!]?\s+(?:og\s+)?nei(?![\p{L}])/iu.test(answerText))
            ? statementFromAnswer(question.previous.text, polarity, 'Nei.')
            : undefined;
        const joined = [before, turned].filter((part) => part !== undefined).join(' ');
        const statement = joined.length === 0 ? undefined : formatClinicalNumbers(joined);
        // "Nei, ikke noe blod." to "Har du sett blod i urinen?": the question says it in full.
        // A hedged no ("Ikke noe særlig, bare når …") is said in full by the turned statement.
        coveredAnswer =
          statement !== undefined &&
          (countedAnswer !== undefined || correctedQuestion !== undefined || polarity === 'no') &&
          (hedgedAnswer !== undefined ||
            countedAnswer !== undefined ||
            correctedQuestion !== undefined ||
            isPlainNo(first.text) ||
            isNoCoveredByQuestion(question.text, first.text) ||
            narrowedRadiation(question.text, answerText) !== undefined ||
            isHedgedNo(first.text) ||
            namedMemberSaid);
        const restatesIt =
          !coveredAnswer &&
          statement !== undefined &&
          sentences.some((sentence, index) => {
            const loose = loosen(
              index === 0 ? sentence.text.replace(/^\s*(?:nei|ja)[,.!\s]+/iu, '') : sentence.text,
            );
            const keyWords = tokenize(statement)
              .map((token) => token.folded)
              .filter(
                (word) => word.length > 3 && !['ingen', 'ikke', 'eller', 'bruker'].includes(word),
              );
            // Only an answer sentence the note keeps can stand for the turned question.
            if (!hasClinicalContent(sentence.text)) return false;
            if (polarity === 'yes') {
              // "Bruker hun smertestillende?" "Ja, hun tar Ibux 400 mg daglig." — the answer says it.
              const statementTokens = tokenize(statement);
              const drugs = findDrugMentions(statementTokens).map((mention) =>
                loosen(statement.slice(mention.start, mention.end)).slice(0, 5),
              );
              const terms = [
                ...drugs,
                ...statementTokens
                  .filter((token) => token.folded.length > 3 && isClinicalWord(token.folded))
                  .map((token) => loosen(token.text).slice(0, 5)),
              ];
              return tokenize(loose).length >= 4 && terms.some((term) => loose.includes(term));
            }
            return (
              // Word-bounded: "stikker" holds "ikke" but denies nothing.
              /(?<![a-z])(?:ingen|ikke|aldri|uten)(?![a-z])/.test(loose) &&
              keyWords.some((word) => loose.includes(word.slice(0, 5)))
            );
          });
        if (statement !== undefined && !restatesIt) {
          add({
            kind: 'history',
            text: statement,
            evidence: [
              ...(before === undefined || question.previous === undefined
                ? []
                : [question.previous.evidence]),
              correctedQuestion === undefined
                ? question.evidence
                : beforeFirstNumber(question, segments[question.evidence.segment]?.text),
              evidenceOf(first),
            ],
            speaker,
            mentionsDrug: findDrugMentions(tokenize(statement)).length > 0,
            isCourse: false,
          });
        }
      }
    }
    // Within this turn: a relative has told their own illness, the speaker a friend's story, or
    // a relative's illness has had its one sentence of detail.
    let ownStory = false;
    let thirdPartyStory = false;
    let familyDetailed = false;
    // The patient has told a relative's illness in this turn ("Far hadde prolaps.").
    let familyTold = false;
    // The relative the patient introduced in this turn ("Det er kona mi."), as the note names them.
    let introduced: string | undefined;
    for (const [sentenceIndex, sentence] of sentences.entries()) {
      if (/\?\s*$/.test(sentence.text)) continue;
      const role = speaker === 'pasient' ? introducedRole(sentence.text) : undefined;
      if (role !== undefined) introduced = role;
      if (coveredAnswer && sentenceIndex === 0) continue;
      if (sentenceIndex < coveredSentences) continue;
      // "Nei. Bare Marevan.": the sentence after the bare no is what the turned statement says.
      if (
        namedMemberSaid &&
        sentenceIndex === 1 &&
        /^(?:nei|næ|neida)[.!]?$/iu.test(sentences[0]?.text.trim() ?? '')
      )
        continue;
      const loose = loosen(sentence.text);
      // What is told around the history goes; the answer to a question is always read.
      const answers = sentenceIndex === 0 && question !== undefined;
      if (!answers) {
        if (speaker === 'pårørende' && !nurseInformant) {
          if (ownStory && continuesOwnStory(loose)) continue;
          if (isRelativesOwnChatter(loose, hasClinicalWord(sentence.text))) continue;
        }
        if (thirdPartyStory && isAboutThirdPerson(loose)) continue;
        if (isThirdPartyStory(loose)) {
          thirdPartyStory = true;
          continue;
        }
        if (familyDetailed && isAboutThirdPerson(loose)) continue;
        // "Far hadde prolaps. Han var sykmeldt i et halvt år. Han er 82 år …": the relative's life
        // after the illness (a sentence the detail below cannot join) is not the patient's history.
        if (
          speaker === 'pasient' &&
          familyTold &&
          isAboutThirdPerson(loose) &&
          !/^(?:hun|han) (?!er |var |sa )[a-z]/u.test(loose)
        )
          continue;
        if (question === undefined && isAcknowledgement(loose)) continue;
      }
      if (speaker === 'pårørende' && !nurseInformant && tellsOwnIllness(loose)) ownStory = true;
      // "Orsak at eg er sein, ferja gjekk ikkje før halv ti": chatter before the complaint goes;
      // work talk stays as history but is never the reason (session 40f).
      const chatter =
        !hasReason && phase === 'history' && isPatient && (question === undefined || answersOpening)
          ? chatterBeforeComplaint(sentence.text, loose)
          : undefined;
      if (chatter === 'logistics') continue;
      if (
        adminCue.test(loose) ||
        smallTalkCue.test(loose) ||
        // The ride here goes, but not a red flag told in the same sentence ("Fikk sterke
        // brystsmerter i natt, så datteren kjørte meg hit."; the escort clause is trimmed later).
        (isLogistics(loose) && !hasSafetyTopic(sentence.text)) ||
        (speaker !== 'lege' && isHearsay(loose)) ||
        isIntroductionOnly(sentence.text) ||
        /(?<![a-z])lurer (?:pa|litt)(?![a-z])/.test(loose) ||
        postalAddressPattern.test(sentence.text)
      )
        continue;
      // "Og du bruker astmamedisin selv?" — "Ja, æ har Symbicort.": the relative's own drug or
      // illness, told in the first person, is neither the patient's nor the note's.
      if (
        speaker === 'pårørende' &&
        question !== undefined &&
        asksRelativeAboutThemself(loosen(question.text)) &&
        /^(?:(?:ja|jo|nei|jada|ja da)[,.!]?\s+)?(?:jeg|eg|e|je|ae)\s/u.test(loose)
      )
        continue;
      // "Er du allergisk mot noe?" — "Nikkel.": the allergen alone is the allergy.
      // "Nei. Bare mot penicillin.": the sentence after a bare no answers as the first would.
      const answersAsFirst =
        sentenceIndex === 0 ||
        (sentenceIndex === 1 && /^(?:nei|næ|neida)[.!]?$/iu.test(sentences[0]?.text.trim() ?? ''));
      const allergy =
        question === undefined || !answersAsFirst
          ? undefined
          : bareAllergyAnswer(loosen(question.text), sentence.text);
      // An answer to a question about allergy, blood thinners or another safety topic is kept.
      const clinical =
        allergy !== undefined ||
        hasClinicalContent(sentence.text) ||
        // "… at ungan hadde klart seg bedre uten mæ." answered to the suicide screening.
        (screening?.afterTalk === true && isDeathWish(sentence.text)) ||
        // "Det begynte i forgårs.", "Sidan august.": when the complaint began is history.
        isCourseOfComplaint(sentence.text, question?.text) ||
        // "Det startet i august.": the month the complaint began, told unasked (session 38j).
        isToldOnset(sentence.text) ||
        // "Jeg er så nedfor." to the opening question: a low mood is the complaint that brought
        // the patient, though "nedfor" in passing is everyday speech.
        (!hasReason &&
          question?.isOpening === true &&
          sentenceIndex === 0 &&
          /(?<![a-z])(?:nedfor|nedtrykt|langt nede)(?![a-z])/u.test(loose)) ||
        // "Kom heim fra Kreta i går" with diarrhoea, fever, a rash or a swollen calf: travel is a
        // risk factor, never small talk.
        (travelTopicSaid &&
          travelStatement.test(
            `${sentence.text.charAt(0).toLowerCase()}${sentence.text.slice(1)}`,
          )) ||
        // "Noen i familien med …?" — "Ikke som jeg vet. Mamma hadde endometriose.": a relative's
        // illness told after the answer is family history, whether or not the lexicon knows its name.
        (question !== undefined &&
          sentenceIndex > 0 &&
          familyCue.test(loosen(question.text)) &&
          relativeHadIllness.test(sentence.text)) ||
        (question !== undefined && answersSafetyTopic(loosen(question.text), loose)) ||
        // "Hva med alkohol?" — "Tre-fire pils i helga.": a habit asked about and answered with an
        // amount is history (an answer without one says less than the note needs to keep).
        (question !== undefined &&
          sentenceIndex === 0 &&
          habitQuestion.test(loosen(question.text)) &&
          habitAnswer.test(loose) &&
          /\d/u.test(formatClinicalNumbers(sentence.text))) ||
        // "Har du nakkestivhet eller lysskyhet?" — "Nei. Bare lysskyhet.": the part affirmed.
        (question !== undefined && affirmsAskedPart(question.text, sentence.text)) ||
        // "Har du merket blod i avføringen?" — "Nei, ikke noe blod. Men den har vært litt svart.":
        // black stool is a red flag of its own, never dropped as a sentence without content.
        (question !== undefined &&
          /(?<![a-z])(?:avforing|basj|blod)/u.test(loosen(question.text)) &&
          /(?<![a-z])svart/u.test(loose));
      // "Hvor lenge har du hatt det?" — "Et par måneder.": the length goes with the complaint
      // («Vondt i korsryggen i et par måneder.»), never dropped and never a sentence of its own.
      // Only a length the note would otherwise drop: one kept on its own («3 uker.») stays as it was.
      const joined =
        question === undefined || !isPatient || sentenceIndex !== 0 || clinical
          ? undefined
          : withComplaintDuration(
              statements,
              sentence.text,
              sentences.map((each) => each.text).join(' '),
              question.text,
            );
      if (joined !== undefined) {
        statements[joined.index] = {
          ...joined.statement,
          evidence: [...joined.statement.evidence, evidenceOf(sentence)],
        };
        continue;
      }
      if (!clinical && !(hasSocialContent(sentence.text) && phase === 'history')) continue;
      // "Hvor mye veier hun?" asked while examining — "Fjorten kilo.": a number said in words is
      // a measurement too.
      if (question?.isExamination === true && !/\d/.test(formatClinicalNumbers(sentence.text)))
        continue;
      const spoken = toNoteLanguage((allergy ?? sentence.text).replace(/\s*—\s*$/u, ''), {
        speaker,
        voice: 'note',
        // "Nei. Bare nattesvette.": the sentence goes on from a no said on its own.
        afterNo:
          sentenceIndex === 1 && /^(?:nei|næ|neida)[.!]?$/iu.test(sentences[0]?.text.trim() ?? ''),
      });
      const said =
        spoken === undefined
          ? undefined
          : withDrugAllergyDenied(
              question === undefined ? undefined : loosen(question.text),
              withTakenDrug(
                capitalize(dropEmptyOpening(spoken)),
                sentenceIndex === 0 ? question?.text : undefined,
              ),
            );
      // "Komparent har selv irritabel tarm" → "Mor har irritabel tarm": family history.
      // "Det er jeg som har sukkersyke, han har ingenting" → "Far har diabetes": the cleft names
      // the relative's own illness, and the clause about the patient says nothing more.
      const unclefted =
        said !== undefined && speaker === 'pårørende'
          ? said
              .replace(
                /^Komparent som (har|hadde|fikk|er|var|bruker|går på) ([^,.]+)(?:, (?:han|hun|pas\.) (?:har|hadde) ingenting)?/u,
                'Komparent $1 selv $2',
              )
              // "Det er storebror som har astma, og jeg har eksem selv" → "Bror har astma. Komparent
              // har eksem": each relative's own illness is theirs.
              .replace(familyCleft, (_match: string, who: string, verb: string) => {
                const lower = who.toLowerCase();
                const term = /bror/u.test(lower)
                  ? 'Bror'
                  : /søster/u.test(lower)
                    ? 'Søster'
                    : capitalize(lower.replace(/(?:en|a)$/u, ''));
                return `${term} ${verb} `;
              })
              .replace(
                /, og komparent (har|hadde) ([^,.]+?) (?:selv|sjøl)(?=[.,]|$)/u,
                '. Komparent $1 $2',
              )
              .replace(
                /^(Komparent (?:har|hadde) (?:selv )?[^,.]+), ikke (?:han|hun|pas\.)(?=[.]|$)/u,
                '$1',
              )
              // "Jeg har astma selv, så jeg blir redd når han piper", "…, men det er ikke det vi er
              // her for": the relative's own illness is the fact, not what it means to them.
              .replace(
                /^(Komparent (?:har|hadde) (?:[^,.]+ )?(?:selv|sjøl|sjølv)(?: [^,.]+)?)(, (?:så|men) [^.]*)/u,
                // The kept clause is the patient's, so it stands as its own sentence.
                (_whole: string, illness: string, clause: string) =>
                  isRelativeAside(clause)
                    ? illness
                    : `${illness}. ${capitalize(clause.replace(/^, (?:så|men) /u, ''))}`,
              )
          : said;
      const askedAboutText = withRelativeAskedAbout(
        unclefted !== undefined && speaker === 'pårørende' && relativeRole !== undefined
          ? unclefted.replace(
              /(^|\. )Komparent (har|hadde|fikk|er|var|bruker|går på)(?: (?:selv|sjøl|også|og))* /gu,
              `$1${relativeRole} $2 `,
            )
          : unclefted,
        speaker === 'pasient' && sentenceIndex === 0 ? question?.text : undefined,
      );
      const noteText = withIntroducedRelative(askedAboutText, introduced, sentence.text);
      if (noteText === undefined || noteText.split(' ').length < 2) {
        if (noteText === undefined || !clinical) continue;
      }
      // "Bofelle hadde halsbetennelse. Hun fikk penicillin.": the patient's "hun"/"han" is the third
      // party just named, so the sentence goes with theirs, never reading as the patient's.
      const named = statements[statements.length - 1];
      // A relative's "han"/"hun" is the patient, except right after the relative told another
      // family member's illness: "Ja, broren min har cøliaki. Han har vært glutenfri i mange år."
      // goes with the brother's, never as the patient's (session 38j).
      const relativesFamilyDetail =
        speaker === 'pårørende' &&
        !nurseInformant &&
        /^(?:(?:og|men) )?(?:han|hun|ho) (?!er |var |sa |e )[a-z]/u.test(loose) &&
        named !== undefined &&
        named.speaker === 'pårørende' &&
        (familyIllness.test(named.text) || opensWithOwnRelative.test(named.text)) &&
        // "Broren min har diabetes. Hun har …": "hun" is someone else, likely the patient.
        pronounFits(loose, named.text);
      if (
        ((speaker === 'pasient' && /^(?:Hun|Han) (?!er |var |sa )\p{Ll}/u.test(noteText)) ||
          relativesFamilyDetail) &&
        named !== undefined &&
        currentTurn.firstStatement < statements.length &&
        named.kind === 'history' &&
        (relativesFamilyDetail ||
          /^(?:Bofelle|Mor|Far|Søster|Bror|Datter|Sønn|Ektefelle|Samboer|\p{Lu}\p{Ll}+(?:en|a)) (?:har|hadde|fikk|var|er|ble)(?![\p{L}])/u.test(
            named.text,
          ))
      ) {
        if (!familyDetailed)
          statements[statements.length - 1] = {
            ...named,
            text: `${named.text.replace(/[.!]$/u, '')}, ${lowerFirst(noteText.replace(/^(?:Hun|Han) /u, ''))}`,
            evidence: [...named.evidence, evidenceOf(sentence)],
          };
        familyDetailed = true;
        continue;
      }
      // "Hvor mye veier hun?" — "Fjorten kilo på helsestasjonen.": the weight is a finding.
      const weight =
        question !== undefined && sentenceIndex === 0 && weightQuestion.test(loosen(question.text))
          ? /^(?:Komparent opplyser: )?(?:ca\. |cirka |rundt |omtrent )?(\d+(?:,\d+)?) (?:kg|kilo)(?![\p{L}])/u.exec(
              noteText,
            )?.[1]
          : undefined;
      if (weight !== undefined) {
        add({
          kind: 'finding',
          text: `Vekt ${weight} kg.`,
          evidence: [evidenceOf(sentence)],
          speaker,
          mentionsDrug: false,
          isCourse: false,
        });
        continue;
      }
      // The relative's own illness ("Mor har astma.") is family history, not what they report.
      const byRelative = speaker === 'pårørende' && !nurseInformant && noteText === said;
      const isReason =
        !hasReason &&
        isPatient &&
        chatter === undefined &&
        (speaker !== 'pårørende' || answersOpening) &&
        clinical &&
        phase === 'history' &&
        (answersOpening || clinicalStatementsSoFar === workStatements) &&
        // "Hvilke medisiner bruker du?" — "Amlodipin og Lipitor.": the drug list is never the reason.
        !(
          question !== undefined &&
          !question.isOpening &&
          // "Har du noen allergier?" — "Ja, penicillin.": nor the allergy (review 40f).
          /medisin|medikament|tablett|allergi/u.test(loosen(question.text))
        );
      if (speaker === 'pasient' && familyIllness.test(noteText)) familyTold = true;
      // "Mor har migrene, hun har hatt det hele livet, og hun må ligge i mørket", "Ektemann har
      // KOLS, så har vært redd for lungene": the illness, not the relative's life with it (a
      // clause with a number, an age or a year, stays).
      const familyText =
        familyIllness.test(noteText) || spouseIllness.test(noteText)
          ? noteText.replace(
              /,\s*(?:(?:og |men )?(?:hun|han|ho|de)|så) (?![^.]*\d)[^.]*(?=\.?$)/u,
              // "Ektemann har KOLS, så sluttet å røyke i fjor": the patient's own fact (no
              // pronoun left) stands as its own sentence, never as the spouse's.
              // Only the patient's own "så …" (no pronoun left) stays: "hun"/"han" there is the relative.
              (clause: string) =>
                /^,\s*så (?!(?:hun|han|ho|de) )/u.test(clause) && carriesPatientFact(clause)
                  ? `. ${capitalize(clause.replace(/^,\s*så /u, ''))}`
                  : '',
            )
          : noteText;
      // "Hvordan har du det?" — "Ikke noe brystsmerter nå, men jeg har vært svimmel": the complaint
      // after "men" is the reason; the negative before it goes to the history, whole.
      const deniedFirst = isReason ? /^((?:Ikke|Ingen) [^,]+), men (.+)$/u.exec(familyText) : null;
      if (deniedFirst?.[1] !== undefined && deniedFirst[2] !== undefined) {
        add(
          {
            kind: 'history',
            text: `${deniedFirst[1]}.`,
            evidence: [evidenceOf(sentence)],
            speaker,
            mentionsDrug: false,
            isCourse: false,
          },
          true,
        );
        add({
          kind: 'reason',
          text: capitalize(deniedFirst[2]),
          evidence: [evidenceOf(sentence)],
          speaker,
          mentionsDrug: findDrugMentions(tokenize(sentence.text)).length > 0,
          isCourse: false,
        });
        hasReason = true;
        continue;
      }
      const countBefore = statements.length;
      add({
        kind: isReason ? 'reason' : 'history',
        text: familyText,
        ...(byRelative ? { byRelative } : {}),
        // The allergy read from a bare noun rests on the question that asked it, too.
        evidence:
          allergy === undefined || question === undefined
            ? [evidenceOf(sentence)]
            : [question.evidence, evidenceOf(sentence)],
        speaker,
        mentionsDrug: findDrugMentions(tokenize(sentence.text)).length > 0,
        isCourse: false,
      });
      if (isReason) hasReason = true;
      if (chatter === 'work' && statements.length > countBefore) {
        workStatements += 1;
        workTalk.add(`${segmentIndex}:${sentence.start}`);
      }
    }
    if (question === undefined || question.isOpening) openingOpen = answersOpening && !hasReason;
    else openingOpen = false;
    if (
      screening?.afterTalk === true &&
      screening.statement !== undefined &&
      first !== undefined &&
      question !== undefined
    )
      add({
        kind: 'history',
        text: screening.statement,
        evidence: [question.evidence, evidenceOf(first)],
        speaker,
        mentionsDrug: false,
        isCourse: false,
      });
    // "Drikker du mer enn før, eller bruker du andre rusmidler?" — "Litt øl i helgene. Ikke noe
    // annet.": the later no denies the last part of the question.
    if (first !== undefined && question !== undefined && !question.isExamination && isPatient) {
      const lastDenied = statementForDeniedLastPart(
        question.text,
        sentences.map((sentence) => sentence.text).join(' '),
      );
      if (lastDenied !== undefined)
        add({
          kind: 'history',
          text: lastDenied,
          evidence: [question.evidence, evidenceOf(first)],
          speaker,
          mentionsDrug: false,
          isCourse: false,
        });
    }
    // A denied red flag or safety topic is never dropped: a short statement of this turn that only
    // says it is written as its canonical negative ("Ikke vært tungpusten." → "Ingen dyspné."), and
    // one no statement says next to its negation is added to the history.
    if (first !== undefined && question !== undefined && !question.isExamination && isPatient) {
      const denied = deniedSafetyTopics(
        loosen(question.text),
        loosen(sentences.map((sentence) => sentence.text).join(' ')),
      );
      const placed = new Set<string>();
      const turnStart = denied.length === 0 ? statements.length : currentTurn.firstStatement;
      for (let index = turnStart; index < statements.length; index += 1) {
        const statement = statements[index];
        if (statement === undefined || statement.kind !== 'history') continue;
        const notes = onlySaysNegatives(
          loosen(statement.text),
          denied.filter((note) => !placed.has(note)),
        );
        if (notes.length === 0) continue;
        for (const note of notes) placed.add(note);
        statements[index] = { ...statement, text: joinNegatives(notes).join(' ') };
      }
      const open = denied.filter((note) => !placed.has(note));
      const said = open.length === 0 ? [] : statements.map((statement) => looseOf(statement.text));
      const missing = open.filter((note) => !saysNegative(said, note));
      for (const note of joinNegatives(missing)) {
        add(
          {
            kind: 'history',
            text: note,
            evidence: [question.evidence, evidenceOf(first)],
            speaker,
            mentionsDrug: false,
            isCourse: false,
          },
          true,
        );
      }
    }
  }
  options.onProgress?.(segments.length, segments.length);
  // Nobody asked an opening question: the patient's first complaint is the reason for contact.
  if (!hasReason) {
    const index = statements.findIndex(
      (statement) =>
        statement.kind === 'history' &&
        // A denial answered to a question ("Ingen suicidtanker.", "Klager ikke over smerter.") is
        // never why the patient came, nor is the list of drugs the patient takes.
        !/^(?:\p{L}+ )?(?:ikke|ingen|aldri)(?![\p{L}])/iu.test(statement.text) &&
        // Nor is a "not much" answered to one ("Har du gått ned i vekt?" — "Nei, ikke så mye." →
        // "Lite vekttap."): it is history (session 38g).
        !(
          /^Lite (?=\p{L})/u.test(statement.text) &&
          statement.evidence.some((evidence) => segments[evidence.segment]?.speaker === 'lege')
        ) &&
        !statement.mentionsDrug &&
        // "Har du noen allergier?" — "Ja.": the allergy is never why the patient came (review 40f).
        !/^(?:Har |Ingen |Kjente )?allergier\.?$/iu.test(statement.text) &&
        // Work talk before the complaint is never why the patient came (session 40f).
        !statement.evidence.some((evidence) =>
          workTalk.has(`${evidence.segment}:${evidence.start}`),
        ) &&
        // A nurse's report before anyone asked ("Hun har vært mer urolig i tre dager") counts.
        (statement.speaker === 'pasient' ||
          statement.speaker === 'pårørende' ||
          statement.speaker === 'sykepleier'),
    );
    const first = statements[index];
    if (first !== undefined) statements[index] = { ...first, kind: 'reason' };
  }
  return {
    statements: statements.map((statement) => ({
      ...statement,
      isAdmission: statement.isAdmission === true,
      hasAdmissionInConversation: hasAdmission,
    })),
    diagnoses,
    isFollowUpVisit,
    wordCount,
    norwegianWordShare: wordCount === 0 ? 0 : norwegianWords / wordCount,
    speakersGuessed,
  };
}

/**
 * Whether a question of how long asks about the complaint ("Hvor lenge har du hatt det?", "Hvor
 * lenge har du hatt vondt i ryggen?" after "Vondt i ryggen."), not about another symptom named in
 * it ("Hvor lenge har du hatt hoste?" after "Vondt i brystet.").
 */
/** "Jeg trenger ny resept", "sykmelding": a complaint that is a request, not a symptom. */
const requestComplaint =
  /(?<![a-z])(?:resept|sykmelding|sjukmelding|attest|henvisning|tilvising|fornye|forny|trenger|treng)(?![a-z])/u;

/** "Nei vent", "forresten", "eller": the answer corrects itself. */
const correctionCue =
  /(?<![a-z])(?:nei vent|vent|forresten|eller|egentlig|eigentleg|nei,? det)(?![a-z])/u;

/**
 * "Hvor lenge har du hatt det?" — "Et par måneder.": the complaint with the length joined
 * («Vondt i korsryggen i et par måneder.»), and where it is in `statements`; `undefined` when
 * unsure whose length it is — then the length is read as it would be without this.
 */
function withComplaintDuration(
  statements: readonly StatementDraft[],
  sentence: string,
  answer: string,
  question: string,
): { index: number; statement: StatementDraft } | undefined {
  const duration = complaintDuration(sentence, question);
  if (duration === undefined) return undefined;
  const index = statements.findIndex((earlier) => earlier.kind === 'reason');
  const complaint = statements[index];
  // Only when nothing was noted since the complaint: a symptom asked about in between
  // ("Har du hoste?" — "Ja, litt.") may be what "det" is.
  if (complaint === undefined || index !== statements.length - 1) return undefined;
  const looseComplaint = loosen(complaint.text);
  const looseAnswer = loosen(answer);
  const lengths =
    looseAnswer.match(
      /(?<![a-z])(?:dag|dager|dagar|uke|uker|veke|veker|vike|viker|maned|maneder|manad|manader|ar|time|timer|timar)(?![a-z])/gu,
    ) ?? [];
  const asked = loosen(question);
  const aboutComplaint =
    /(?<![a-z])(?:hatt|kjent|merket|vart|varet|holdt pa|halde pa|plaga med) (?:det|den|dei|de|plagene|smertene|plagen|smerten|dette)(?![a-z])|(?<![a-z])(?:det|den|plagene|smertene|plagen|smerten|dette) (?:har |hev )?(?:vart|vara|varet|holdt pa|halde pa|pagatt|vore|vaert|vert)(?![a-z])/u.test(
      asked,
    ) ||
    (tokenize(question).some((token) => token.folded.length >= 4 && isClinicalWord(token.folded)) &&
      asksAboutComplaint(question, complaint.text));
  if (
    !aboutComplaint ||
    saysCourse(complaint.text) ||
    requestComplaint.test(looseComplaint) ||
    correctionCue.test(looseAnswer) ||
    lengths.length > 1
  )
    return undefined;
  // "Har svie i brystet etter maten, og er trøtt": the length goes with the first complaint,
  // before the clause that adds another.
  const plain = complaint.text.replace(/[.!]\s*$/u, '');
  const clause = /,? (?:og|men|så) /u.exec(plain)?.index ?? plain.length;
  return {
    index,
    statement: {
      ...complaint,
      text: `${plain.slice(0, clause)} ${formatClinicalNumbers(duration)}${plain.slice(clause)}.`,
    },
  };
}

function asksAboutComplaint(question: string, complaint: string): boolean {
  const said = loosen(complaint);
  return tokenize(question)
    .filter((token) => token.folded.length >= 4 && isClinicalWord(token.folded))
    .every((token) => said.includes(loosen(token.text).slice(0, 4)));
}
