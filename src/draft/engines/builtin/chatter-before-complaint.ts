/*
 * Session 40f: what a patient or relative says before the complaint that is no complaint — an
 * apology for being late, the ferry, the taxi, the parking, the weather, the cabin, who rang or
 * nagged them, the long working days. The Kontaktårsak is the complaint, never this.
 *
 * All patterns run on loosened text (lower case, å → a, ø → o, æ → e).
 */
import { isClinicalWord } from '../../language/clinical-terms.js';
import { findDrugMentions } from '../../language/drug-names.js';
import { tokenize } from '../../language/fold.js';
import { hasSafetyTopic } from './critical-content.js';

const b = '(?<![a-z0-9])';
const e = '(?![a-z0-9])';

/**
 * Clinical words that also name everyday things said in chatter: «pipa var tett», «levere barna i
 * barnehagen», «ikke ville plage legevakta», «det bles kraftig». Everything else the lexicon knows is a complaint word.
 */
const everydayFalseFriend =
  /^(?:tett|kraftig|kraftige|levere|leverte|leverer|legevakt[a-z]*|legekontor[a-z]*|lege|legen|doktor[a-z]*|time|timen|timer|timar)$/u;

/** «Unnskyld at jeg er sen», «Beklager rotet», «Orsak at eg er sein», «Først, unnskyld, …». */
const apologyOpening = new RegExp(
  `^(?:(?:ja|jo|nei|hei|takk|forst|forresten|og|men)[,.!]? )*(?:unnskyld|unnskyld meg|beklager|beklagar|orsak|sorry)${e}`,
  'u',
);

/** The trip here, the traffic, the parking and the weather. */
const travelOrWeather = new RegExp(
  [
    `${b}(?:ferja|ferga|ferjen|fergen|ferje|ferge|bussen|busen|taxien|taxi|drosjen|drosje|toget|trikken|t-banen|flyet)${e}`,
    `${b}(?:trafikk|trafikken|ko|koen|rushtid|rushtrafikk(?:en)?)${e}`,
    `${b}(?:parkering[a-z]*|bompeng[a-z]*|bomstasjon[a-z]*|broytebil[a-z]*|broyt[a-z]*|oppkjorsel[a-z]*)${e}`,
    `${b}(?:make|maka|makte|maket) (?:sno|snoen)?`,
    `${b}(?:take|taka|regn|regnet|regnvar|regnver|paraply[a-z]*|snostorm|storm|uvar|uver|holka|glatt pa veien)${e}`,
    `${b}(?:for et|for eit|typisk|skikkelig|skikkeleg|kaldt|surt|fint|darlig|darleg) (?:ver|vaer)${e}`,
    `${b}(?:kjorte|kjoyrde|kjorde|kjore|kjoyre) (?:rundt|fra|over fjellet|hele veien)${e}`,
    `${b}fant (?:ikke|ikkje|itj) (?:fram|frem)${e}`,
    `${b}(?:hytta|hytten|ferien|ferieturen|syden|sydentur(?:en)?)${e}`,
  ].join('|'),
  'u',
);

/** «Han ringte meg to ganger i morges», «Sa til kjerringa at …», «Sjefen min sier …». */
const thirdPartyTalk = new RegExp(
  [
    `^(?:(?:ja|jo|og|men|forst)[,.]? )*(?:han|hun|ho|sjefen(?: min)?|naboen(?: min)?|kona(?: mi)?|mannen(?: min)?|kjerringa|kjerringen|gubben) (?:ringte|ringde|ringer) (?:meg|oss|meg opp)${e}`,
    `^(?:(?:ja|jo|og|men)[,.]? )*(?:jeg|eg|e|ae|je) sa til (?:kona|kjerringa|kjerringen|kjerring|mannen|gubben|samboer[a-z]*|sambu[a-z]*|dama|kjaeresten)${e}`,
    `^(?:(?:ja|jo|og|men|forst)[,.]? )*(?:sjefen|arbeidsgiveren|naboen)(?: (?:min|mi|mitt))? (?:sier|sa|seier|meiner|mener|mente|meinte|vil ha)${e}`,
    `${b}(?:ma|matte) (?:ga|dra|reise|vere|vaere) (?:tilbake )?(?:klokka|klokken|kl)${e}`,
    `${b}(?:byttet|bytta|bytte) vakt${e}`,
  ].join('|'),
  'u',
);

/** «Travelt, jeg jobber fjorten timer om dagen», «Det er skift, to uker natt og to uker dag». */
const workHours = new RegExp(
  [
    `^(?:(?:ja|jo|nei|na|no)[,.]? )?travelt${e}`,
    `${b}(?:jobber|jobbar|jobbe|arbeider|arbeidar) (?:[a-z0-9]+ )?(?:timer|timar|tima) (?:om|i|kvar|hver) (?:dagen|dogn|uka|veka)${e}`,
    `${b}(?:jobber|jobbar|jobbe) (?:lordager|helger|helgene|natt|netter|doble vakter)${e}`,
    `${b}(?:det (?:er|e) )?(?:skift|skiftarbeid|turnus|nattevakt|nattskift)(?:,| med|$)`,
    `${b}(?:begynt|byrja|starta|startet) (?:i|pa) (?:ny|nytt) (?:jobb|arbeid)${e}`,
  ].join('|'),
  'u',
);

/**
 * Something that happened to the body on the way, at the cabin or in the snow: «skled på isen»,
 * «datt av sykkelen», «tråkket over da jeg gikk av bussen», «bitt av en hoggorm», «fikk flått»,
 * «kastet opp på bussen», «besvimte i taxien» — the injury or exposure, never chatter (review 40f).
 */
const bodyEvent = new RegExp(
  [
    `${b}(?:falt|faller|datt|dett|detta|deisa|skled|sklei|skli|sklidde|gled|glei|snublet|snubla|snubbla|trakket|trakka|trokk|vrikket|vrikka|vreid|forstuet|forstua|kollidert[a-z]*|krasj[a-z]*|velta|veltet|pakjort|pakjoyrd|kjort pa|kjort ned)${e}`,
    `${b}(?:slo|slog|skadet|skada|skadde|kuttet|kutta|skar|brant|brente|frost|forfrosne?) (?:meg|seg|deg|han|ho|henne|hodet|hovudet|i|pa)${e}`,
    `${b}(?:bitt|beit|bet|stukket|stukke|stakk|flatt|flaatten|hoggorm|huggorm|veps|kvefs|manet|brennmanet|mygg)${e}(?! av)`,
    `${b}(?:kastet|kasta|kaste|kastar) opp${e}|${b}(?:spydde|spy|besvimte|besvimt|svimte|daanet|kollapset|kollapsa|kvalm|svimmel)${e}`,
    `${b}(?:forvirr[a-z]*|uklar|rare ting|husker (?:det )?ikke|hugsar (?:det )?ikkje)${e}`,
    `${b}(?:fordi|sidan|siden) (?:jeg|eg|e|han|ho|hun) (?:ikke|ikkje) (?:klarte|klarde|greide|orket|orka)${e}`,
  ].join('|'),
  'u',
);

/**
 * A trip abroad or a long flight told as a return home: «Vi kom hjem fra ferien i Uganda for ei
 * uke siden», «tolv timer med fly» — travel history (infection, thrombosis), never chatter.
 */
const tripReturn = new RegExp(
  `${b}(?:kom|kommet|komme|kommer|kjem|kome|reiste) (?:hjem|heim|tilbake)${e}|${b}(?:hjem|heim) (?:fra|fraa)${e}|${b}(?:flytur|flyturen|langtur|utlandet|utenlands|utanlands)${e}|${b}(?:timer|timar|tima) (?:med|pa|i) (?:fly|flyet)${e}|${b}(?:kom|kjem|kome|kommer) med (?:fly|flyet) (?:fra|fraa)${e}`,
  'u',
);

/** A word that names a complaint, a body part, a condition, a test or a drug. */
function namesComplaint(text: string, weatherToo = false): boolean {
  const tokens = tokenize(text);
  if (findDrugMentions(tokens).length > 0) return true;
  return tokens.some(
    (token) =>
      isClinicalWord(token.folded) &&
      !everydayFalseFriend.test(token.folded) &&
      // "Det var tjuefem grader hver dag": the weather on holiday, no temperature (review 40f).
      !(
        weatherToo &&
        /^(?:grader|grad|varmt|varme|kaldt|sol|sola|fin|fint|fine)$/u.test(token.folded)
      ),
  );
}

/**
 * What a sentence said before the complaint is when it is chatter: `'logistics'` (an apology for
 * being late, travel, weather, the cabin, someone who rang or nagged) goes from the note;
 * `'work'` (the long working days, shifts) is history but never the reason for contact; undefined
 * when the sentence names a complaint, a safety topic, or is not chatter.
 */
export function chatterBeforeComplaint(
  text: string,
  loose: string,
): 'logistics' | 'work' | undefined {
  if (namesComplaint(text) || hasSafetyTopic(text) || bodyEvent.test(loose)) return undefined;
  if (tripReturn.test(loose)) return undefined;
  if (apologyOpening.test(loose) || travelOrWeather.test(loose) || thirdPartyTalk.test(loose))
    return 'logistics';
  if (workHours.test(loose)) return 'work';
  return undefined;
}

/**
 * Whether an answer to the clinician's question about the cabin or the holiday tells a complaint,
 * an injury, a bite or a trip home from abroad: then it is history, never left out (review 40f).
 */
export function holidayAnswerTellsComplaint(text: string, loose: string): boolean {
  return (
    namesComplaint(text, true) ||
    hasSafetyTopic(text) ||
    bodyEvent.test(loose) ||
    tripReturn.test(loose)
  );
}

/**
 * The clinician's question about the trip or the holiday ("Var det ikke hytta på Hovden du skulle
 * til?", "Hvordan var ferien?"): its answer is small talk too.
 */
export const holidayQuestionCue = new RegExp(
  `${b}(?:hytta|hytten|hytteturen|ferien|ferieturen|sydenturen|syden)${e}`,
  'u',
);
