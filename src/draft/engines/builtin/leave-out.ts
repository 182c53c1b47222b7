/*
 * What a clinical note leaves out even when it sounds clinical: the clinician's explanations to
 * the patient (the decision stays, the pedagogy goes) and logistics (who drives, where to book,
 * how the paperwork travels). Patterns run on loose text (see `loosen` in classify.ts).
 */

const b = '(?<![a-z0-9])';
const e = '(?![a-z0-9])';

/**
 * Advice said after an explanation of how the body is made («Kneet er bygget for å tåle mye, men
 * med denne skaden skal du avlaste …»): a «men», a modal with the patient as subject, an
 * imperative after a comma, a dose or how long a measure lasts. A negative lookahead.
 */
/** This patient's symptom as a definite subject («Når en nerverot kommer i klem, stråler smertene …»). */
const definiteSymptom =
  '(?:smertene|smerten|plagene|hevelsen|utslettet|krampene|kvalmen|nummenheten|svimmelheten|hosten|feberen)';
const adviceAfter = `(?!.*(?:${b}men${e}|${b}(?:skal|ma|bor|kan|maa) (?:du|dere|pasienten|pas\\.?)${e}|, (?:hvil|bruk|ta|unnga|avlast|hold|legg|ring|kjol|tren|vent|gå|ga|slapp|lett|beveg)${e}|\\d+ ?(?:mg|g|ml|mikrogram)${e}|${b}i (?:\\d+|en|ett|ei|to|tre|fire|fem|seks|sju|atte|ti|noen|et par) (?:dag|dager|doegn|dogn|uke|uker|veke|veker|maned|maneder)${e}))`;

/** Explanations and reassurance addressed to the patient. */
const pedagogyCue = new RegExp(
  [
    `${b}det betyr${e}`,
    `${b}det vil si${e}`,
    `${b}(?:det er|det er helt) (?:vanlig|normalt|lurt|trygt|viktig a vite|ikke farlig)${e}`,
    // "De fleste blir bra" explains; "kutt på underarmen, de fleste grodd" is a finding.
    `${b}de (?:aller )?fleste${e}(?! (?:er |var )?(?:grodd|grodde|gror|tilhelet|tilhela|lukket|overfladiske|sma|gamle|nye|arr|arrete)${e})`,
    `gar (?:vanligvis |ofte |som regel )?over av seg selv`,
    `${b}gir sjelden${e}`,
    `${b}over tid${e}`,
    `oker (?:det )?risikoen`,
    `${b}forklarer${e}`,
    `${b}brosjyre`,
    `${b}det viktigste (?:du|pas\\.?|dere) kan`,
    `${b}for eksempel${e}`,
    `${b}noen faresignaler${e}.*kjenne til`,
    `${b}som (?:du|vi) (?:snakket om|sa)${e}`,
    `${b}smitter i liten grad`,
    // How long a drug takes to work: "Det tar 2–4 uker før det virker".
    `^det tar (?:\\d|noen|et par|en|ett|to|tre|fire|fem|seks)[^.]* (?:for|til) (?:det|den|du|dere|pas)`,
    // General statements about people ("man", "en pleier"): the explanation, not this patient.
    `${b}man${e}`,
    `${b}(?:en|man) pleier${e}`,
    // The reason behind advice, and how a method works: "Fordi protesen …", "noe som heter …".
    `^fordi${e}`,
    `${b}noe som heter${e}`,
    `${b}en (?:liten|viss) risiko for${e}`,
    `${b}holder det (?:ofte|vanligvis|som regel)${e}`,
    `${b}pleier (?:det|den|de) (?:a )?(?:ga|bli|vare|ta)${e}`,
    // Session 8: how a body or a drug works, and advice for everyone rather than this patient.
    `${b}forklare${e}`,
    `${b}hvordan det henger sammen${e}`,
    `${b}(?:er lurt|anbefales) for alle${e}`,
    `${b}for alle som${e}`,
    // Session 9: the reason and meaning behind it, and what the patient "should know".
    `${b}det er fordi${e}`,
    `${b}(?:du|dere) skal vite${e}`,
    `^derfor er det (?:viktig|lurt)${e}`,
    `${b}(?:er )?(?:ufarlig|ikke farlig)${e}`,
    // Session 17: the reason behind a test ("Det kan påvirke levra, og det er derfor vi tar
    // blodprøver"), the course of an illness in general and what people in general experience.
    `${b}det er derfor${e}`,
    `gar (?:vanligvis |ofte |som regel )?over (?:pa|i lopet av) (?:\\d|en|ett|to|tre|fire|noen|et par)`,
    `^(?:noen|mange) (?:blir|far|merker|kjenner|opplever|er|kan)${e}`,
    `${b}det samme (?:viruset|viruset som|bakterien)${e}`,
    `${b}blusse opp${e}`,
    `${b}smitter lett${e}`,
    `${b}(?:kommer|skyldes) (?:ofte|oftest|vanligvis|gjerne)${e}`,
    `${b}oftest${e}`,
    // Session 19: sympathy and reassurance ("Det høres ut som en krevende høst", "Det skjønner
    // jeg godt", "så det skal du ikke bekymre deg for").
    `^det hores ut som (?:(?:du|dere|pas\\.?) har )?(?:en |et |ei )?(?:veldig |litt )?(?:krevende|slitsom|tung|travel|toff|vanskelig|stressende)${e}`,
    `${b}mye a sta i${e}`,
    `^(?:(?:ja|ja,|og) )?(?:det )?(?:skjonner|forstar) jeg(?: (?:godt|veldig godt|sa godt))?[.!]?$`,
    `${b}skal (?:du|dere|pas\\.?) ikke (?:vaere |bli )?(?:bekymret|bekymre|redd|skremt)${e}`,
    `^(?:jeg )?(?:forstar|skjonner) (?:jeg )?at (?:du|dere) (?:var|er|ble|har vaert) (?:litt )?(?:redd|bekymret|engstelig)`,
    `${b}(?:er )?vist i (?:mange )?studier${e}`,
    // How an illness or a treatment behaves in general ("i sjeldne tilfeller kan den gi …",
    // "Antibiotika gjør at du blir fortere frisk").
    `${b}i (?:sjeldne|noen fa|de fleste) tilfeller${e}`,
    `${b}gjor at (?:du|dere|pas\\.?|man|en) (?:blir|far|kan)${e}`,
    // Session 21: how many people in general get it ("omtrent fire av hundre barn får det", "en av
    // tre får et nytt anfall").
    `${b}(?:en|ett|to|tre|fire|fem|\\d+) av (?:tre|fire|fem|ti|hundre|tusen|\\d+)(?: \\p{L}+)? (?:far|faar|blir|har|opplever)${e}`,
    // Session 23: what an illness does to people in general ("Søvnmangel og alkohol kan utløse
    // et anfall hos noen", "Det er et vanlig brudd hos barn"), what a term is not ("Ett anfall
    // er ikke det samme som epilepsi"), how it works over years and that it is routine.
    `${b}(?:kan|pleier|gror|vanlig|vanleg|ofte)${e}[^.]*${b}hos (?:noen|nokon|mange|barn|born|eldre|voksne|de fleste)${e}`,
    `${b}(?:er|e) ikke det samme som${e}`,
    `^(?:(?:og|men) )?(?:vanligvis|vanlegvis|som regel) (?:blir|tar|varer|gror|er|går)${e}`,
    `${b}over lang tid${e}`,
    `^(?:(?:og|men) )?det (?:er|e) (?:bare )?rutine${e}`,
    `${b}(?:det )?er (?:ingen|ikke) (?:akutt )?(?:fare|farleg|farlig)${e}`,
    `^(?:(?:og|men) )?det (?:er|e) (?:eit|et) godt tegn${e}`,
    // Session 33h: how the body is made ("Ryggen er bygget for bevegelse, og musklene går i krampe
    // for å beskytte den"); advice that follows it ("…, så du skal bruke armen", 33p: «men …»,
    // «skal du …», an imperative, a dose, how long a measure lasts) keeps the sentence.
    // Session 36l: how an illness works in general, with nobody in it ("Når en gallestein setter
    // seg fast, trekker gallegangen seg sammen …", "Atrieflimmer gjør at det kan danne seg
    // blodpropper …"), and reassurance about a cause ("det har ingenting med kaffen å gjøre").
    // «Når du får et nytt anfall, …» and a finding about this patient's knee stay. Review: only a
    // whole short «det har ingenting med X å gjøre» goes («…, men kommer ved anstrengelse» stays);
    // «Smertene kommer av at …» is this patient's pain and stays; a «Når en …» sentence whose main
    // clause has this patient's symptom («…, stråler smertene ut i armen») stays.
    `^(?:(?:og|men|sa) )?nar (?:en|ei|et|ein|eit) [a-z]+ (?!.*${b}(?:du|deg|dere|dokk|dykk|pas|han|hun|ho|ham|henne|hans|hennes|din|ditt|dine|vi|jeg|eg)${e})(?!.*${b}${definiteSymptom}${e})(?!.*\\d)${adviceAfter}`,
    `^(?!.*${b}(?:du|deg|dere|dokk|dykk|pas|han|hun|ho|ham|henne|din|ditt|dine)${e}).*${b}gjor at det (?:kan|vil|kjem til a|kommer til a)${e}`,
    `^(?:(?:og|men) )?det (?:har|hev) ingenting med (?:[a-z]+ ){1,3}a gjore[.!]?$`,
    `^(?:(?:og|men|sa) )?(?:kroppen|ryggen|ryggsoylen|skulderen|skuldra|kneet|kneleddet|hofta|hoften|foten|ankelen|leddene|leddet|musklene|senene|hjertet|lungene|hjernen|magen|tarmen|huden|beina|skjelettet) (?:er|e) (?:bygget|bygd|laget|lagd|laga|skapt|konstruert) (?:for|til)${e}(?!.*${b}(?:sa|derfor) (?:du|dere|pas\\.?|ho|hun|han)${e})${adviceAfter}`,
  ].join('|'),
  'u',
);

/** Logistics: transport, booking at the desk, how documents are sent. */
const logisticsCue = new RegExp(
  [
    `${b}skranken${e}`,
    `${b}henter (?:meg|deg|ham|henne|han|hun)${e}`,
    `${b}kjor(?:te|er) (?:meg|deg|ham|henne|han|hun)${e}`,
    `${b}kjorte henne hit`,
    `parkeringsplass`,
    `venter i bilen`,
    `star utenfor`,
    `${b}helsenorge${e}`,
    `${b}elektronisk${e}`,
    `${b}far (?:du )?en kopi`,
    `${b}bor rett ved`,
    `${b}pa vei ut${e}`,
    // Telling the time for the record ("Klokka er fjorten null fem nå, jeg skriver det opp").
    `${b}klokka er${e}`,
    `${b}skriver det opp${e}`,
    `${b}parkert${e}`,
    `${b}(?:rekke|ta) bussen${e}`,
    `${b}resepsjonen${e}`,
    `${b}ligger (?:rett )?over gata${e}`,
    // Papers brought along: "Jeg har med medisinlista hans".
    `${b}har med (?:meg |oss )?(?:medisinlist\\w*|lista|listen|papirene)`,
    // Session 19: where the prescription waits ("Resepten ligger klar på apoteket om ti minutter").
    `${b}resepten ligger (?:klar|inne)${e}`,
    // Session 21: leaving for home ("Kom igjen, nå drar vi hjem og sover", "Da drar vi innom
    // senteret på vei hjem").
    `${b}(?:drar|reiser|kjorer) (?:vi|dere) (?:rett )?(?:hjem|heim|innom)${e}`,
    // The family's journey and car ("Vi kjørte fra Elverum i snøføyka", "Hun kommer og henter meg
    // klokka to, hun har lånt bilen", "vår bil er på verksted"), and a notice sent by post.
    // Only with the road or the weather: «Vi kjørte fra hytta da han fikk vondt» stays.
    `${b}vi kjorte (?:fra|hit)${e}.*${b}(?:snofoyka|glatt|glatte|veien|koen|trafikken)${e}`,
    `${b}hente (?:meg|deg|ham|henne|han|hun|pas\\.?)${e}`,
    `${b}(?:lant|laner) bilen${e}`,
    `${b}(?:pa|til) verksted${e}`,
    `${b}kommer i posten${e}`,
    // Session 36l: how the family came ("Vi ringte legevakten, og de sa vi skulle komme inn"):
    // only the call itself; «vi ringte 113 fordi han ikke pustet» says why and stays.
    `^(?:(?:og|sa|da|men) )?(?:vi|jeg|eg|e|me|komparent|hun|han|ho) ringte (?:til )?(?:legevakt[a-z]*|117|fastlege[a-z]*|kontoret)(?:,? og (?:de|dei|dem) (?:sa|ba|mente)${e}[^.]*)?[.!]?$`,
  ].join('|'),
  'u',
);

/**
 * The clinician announcing an explanation ("Jeg skal forklare deg litt: …", "La meg forklare.", "Jeg vil forklare
 * hvordan det henger sammen: …", and in any dialect "Det er sånn at …", "Det vi veit er at …",
 * "Du skal vite at …"): everything after it is pedagogy, even when it names a drug.
 */
const announcedExplanation =
  /^(?:(?:og|sa|na|da|ja|men) )?(?:(?:jeg|vi|eg|e) (?:skal|vil|ma|kan) (?:bare )?(?:forklare|fortelle (?:deg|dere) litt)|la meg (?:forklare|fortelle (?:deg|dere) litt)|(?:jeg|vi|eg|e) forklarer (?:litt|deg|dere|kort)|(?:jeg|vi|eg|e) skal vise (?:deg|dere|dokk|dykk|han|henne|ham) (?:hvordan|korleis|koss|kossen)|(?:na )?skal (?:du|dere) hore|(?:det er )?(?:lurt|greit|fint) a vite|(?:det er|det e) (?:sann|slik) at|det (?:vi|man|ein|en) (?:vet|veit) (?:er|e) at|(?:du|dere|dokk) (?:skal|ma|bor) vite at)/u;

/** Whether a clinician's sentence announces an explanation and carries no dose or number. */
export function isAnnouncedExplanation(loose: string): boolean {
  return announcedExplanation.test(loose) && !/\d/u.test(loose);
}

/*
 * What a drug, a test or a word is, said to the patient ("Ventolinen er ein anfallsmedisin, han
 * opnar luftvegane …", "D-dimer er ein blodprøve som stig …", "Det kaller vi lungeemboli", "Eliquis
 * er blodfortynnende, så du vil blø lettere"): a definition is pedagogy even when it names a
 * drug, since the note names the drug where it is given.
 */
const definitionCue = new RegExp(
  [
    `^(?:(?:og|men|sa) )?(?!det |dette |den |han |hun |ho |du |pas |vi |eg |jeg )[a-z0-9-]+ (?:er|e) (?:en|ein|et|eit|ei) (?:[a-z-]+ ){0,2}?[a-z-]+(?:,| som| der)${e}`,
    `${b}(?:det|dette) kaller (?:vi|me|eg|jeg|man)${e}`,
    `${b}(?:er|e) blodfortynnende, sa (?:du|pas\\.?|han|hun|ho) (?:vil|kan|kjem til a|kommer til a) blo`,
    `^(?:(?:og|men) )?det oker (?:blodnings|smitte)?(?:faren|risikoen)${e}`,
  ].join('|'),
  'u',
);

/** Whether a clinician's sentence only says what a drug, test or word is (and no number). */
export function isDefinition(loose: string): boolean {
  return definitionCue.test(loose) && !/\d/u.test(loose);
}

/** Whether a clinician's sentence only explains or reassures (no decision, dose or safety advice). */
export function isPedagogy(loose: string): boolean {
  return pedagogyCue.test(loose);
}

/**
 * Why one drug and not another ("Vanligvis ville jeg gitt Selexid, men …", "Fordi det virker godt på
 * blæra og ikke er i slekt med penicillin"): the reasoning goes though it names a drug; the drug
 * given and its dose stay in the sentence that says them.
 */
const drugReasonCue =
  /^(?:(?:og|men) )?(?:(?:vanligvis|normalt|ellers) (?:ville|hadde|gir|bruker|skriver) (?:jeg|vi|eg)|(?:det er )?fordi)(?![a-z0-9])/u;

/** Whether a clinician's sentence only gives the reason for a drug choice (no number). */
export function isDrugReason(loose: string): boolean {
  return drugReasonCue.test(loose) && !/\d/u.test(loose);
}

/** Whether a sentence is about transport, booking or paperwork. */
export function isLogistics(loose: string): boolean {
  return logisticsCue.test(loose);
}

/**
 * Drops explanatory clauses after the first ("…, det forklarer jeg nærmere i brosjyren", "…, for
 * å se at det har gått tilbake"), keeping the decision before them.
 */
export function withoutExplanation(text: string): string {
  return text.replace(
    /,\s*(?:for da (?:kommer|blir|går|virker|når|havner|får) (?:den|det|medisinen|medisinene|sprayen|kremen|stoffet)(?![^.!?]*\d)|det forklarer|den forteller|for eksempel|for å se at|slik at|som forklarer|det er (?:trygt|viktig|vanlig)|og (?:grunnen|årsaken) til (?:det|dette|at)|så (?:vi )?(?:ser|vet|får sett) (?:at|om))[^.!?]*/giu,
    '',
  );
}

const introductionOnly =
  /^(?:(?:og|så|ja) )?(?:her (?:har (?:vi|du)|er|kommer)|dette er|da har vi|nå kommer) (?:pasienten |fru |herr )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2},? (?:\d{1,3}|[\p{Ll}-]+(?: og [\p{Ll}]+)?) år(?: gammel)?[.!]?$/u;

/**
 * Whether a sentence only introduces the patient by name and age ("Her har vi Randi Solberg,
 * sekstisju år."): a nurse's handover line that says nothing the note needs, and never the reason
 * for contact.
 */
export function isIntroductionOnly(text: string): boolean {
  const trimmed = text.trim();
  return introductionOnly.test(trimmed.charAt(0).toLowerCase() + trimmed.slice(1));
}

/**
 * What a patient or relative has read or heard about illness in general ("Jeg har lest at det kan
 * sitte i ryggen", "Det står i Hjemmet", "Jeg har hørt at blod i urinen kan være kreft"): hearsay,
 * not this patient's history.
 */
const hearsayCue =
  /^(?:(?:og|men|sa|ja) )?(?:(?:jeg|eg|je|e|vi|komparent) )?(?:har|hadde) (?:lest|hort)(?: (?:pa nettet|i avisa|pa facebook))? at(?![a-z0-9])|^det (?:star|sto) i (?:avisa|hjemmet|vg|dagbladet)(?![a-z0-9])/u;

/** Whether a patient's or relative's sentence only repeats what was read or heard in general. */
export function isHearsay(loose: string): boolean {
  return hearsayCue.test(loose);
}

/**
 * The clinician reasoning aloud ("Jeg tenker høyt her: du har typiske smerter, du har røykt …",
 * "Eg tenkjer høgt litt: …"): the history retold as evidence. The conclusion that follows is a
 * sentence of its own and stays.
 */
const thinkingAloud =
  /^(?:(?:og|sa|na|da|men) )?(?:jeg|eg|e) (?:tenker|tenkjer|tenke|tenkjar) (?:litt )?(?:hoyt|hogt)(?![a-z])/u;

/** Whether a clinician's sentence only reasons aloud over what the note already says. */
export function isThinkingAloud(loose: string): boolean {
  return thinkingAloud.test(loose);
}

/**
 * An instruction while examining ("Klem hendene mine.", "Følg fingeren min med auga.", "Smil, blås
 * opp kinna", "Stå med føtene saman og lukk auga.", "Gå på ei linje."): what the patient was asked
 * to do, never a finding. Only imperatives that cannot be advice ("Gå på legevakten" is not one).
 */
const examinationCommand =
  /^(?:(?:og|sa|na|da|ok|bra|fint)[,]? )?(?:klem|skyv|dytt|folg|smil|blas|lukk|boy|hopp|slapp av|snu deg|strekk|spenn|rekk ut|rynk|se (?:opp|ned|til (?:hoyre|venstre|sida|siden)|pa meg|mot meg|rett fram|rett frem)|sta (?:med|pa ett|pa ei|pa en|oppreist)|ga (?:pa (?:en|ei|ein) (?:linje|strek|rett linje)|pa ta|pa tærne|pa hel|pa helene|bort til|fram og tilbake|frem og tilbake)|vis (?:meg )?tennene|trekk pusten)(?![a-z])/u;

/**
 * What the clinician does while examining, said without a finding: "Nå banker jeg lett på
 * ryggen.", "Jeg lytter på lungene, pust dypt inn og ut.", "Vi har tatt EKG.".
 */
const examinationNarration =
  /^(?:(?:na|sa|da|og) )?(?:(?:banker|bankar|dunker|perkuterer) (?:jeg|eg|vi)|(?:jeg|eg|vi) (?:banker|bankar|dunker|perkuterer)|(?:jeg|eg|vi) (?:lytter|lyttar|kjenner|kjenner|ser|trykker) (?:litt |lett )?(?:pa|i|over) [a-z]+(?: [a-z]+)?, (?:pust|gap|host|si|slapp|ligg|sitt|se)(?![a-z]))[^.!]*[.!]?$/u;

/** Whether a clinician's sentence only instructs the patient or narrates the examination. */
export function isExaminationInstruction(loose: string): boolean {
  return examinationCommand.test(loose) || examinationNarration.test(loose);
}

/**
 * The clinician introducing themself ("God kveld, jeg er legen her på legevakten i kveld.", "Jeg er
 * anestesilege, og jeg skal snakke med deg før operasjonen …"): the length of the introduction, so
 * that what follows it can stay; undefined when the sentence is no introduction.
 */
const selfIntroduction =
  /^(?:(?:hei|hallo|god (?:morgen|dag|kveld|ettermiddag)|goddag)[,!]? )?(?:og )?(?:jeg|eg|e) er (?:legen|lege|[a-z]+legen?|sykepleier(?:en)?|jordmor(?:a|en)?|fysioterapeut(?:en)?)(?: (?:her|som|pa|i|pa vakt)(?: [a-z]+){0,4})?(?:[.!]$|,? og (?=(?:jeg|eg|vi) )|,? (?=(?:jeg|eg|vi) skal )|$)/u;

/** The length of a clinician's self-introduction at the start of a sentence, if it is one. */
export function selfIntroductionLength(loose: string): number | undefined {
  const match = selfIntroduction.exec(loose);
  return match === null ? undefined : match[0].length;
}

/**
 * What the clinician says the visit is for, after introducing themself: "jeg skal snakke med deg
 * før operasjonen av hofta på torsdag" → "Før operasjonen av hofta på torsdag".
 */
export function toVisitPurpose(text: string): string | undefined {
  const match =
    /^(?:jeg|eg|vi) skal (?:snakke|prate) (?:litt )?med (?:deg|dere|dykk|dokk) (før|om) (.{6,}?)[.!]?$/iu.exec(
      text,
    );
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return match[1].toLowerCase() === 'før'
    ? `Før ${match[2]}.`
    : `${match[2].charAt(0).toUpperCase()}${match[2].slice(1)}.`;
}

/**
 * "Det er blodtrykket vi skal se på i dag.": the clinician naming the visit's topic in a cleft
 * sentence → "Blodtrykket." (the topic as said; the caller checks that it is clinical).
 * Undefined for any other sentence.
 */
export function visitTopicOf(text: string): string | undefined {
  const match =
    /^(?:(?:[Oo]g|[Ss]å|[Dd]a|[Nn]å) )?(?:[Dd]et er|[Ii] dag er det) (\p{Ll}[\p{L}-]{3,}(?: (?:av|for|med|på|i|og) [\p{L}-]+){0,2}),? (?:som )?(?:vi|jeg|eg|me) skal (?:se (?:nærmere )?på|snakke om|prate om|gå gjennom|ta for oss|følge opp|kontrollere|sjekke)(?: (?:i dag|nå|no|først))?[.!]?$/u.exec(
      text.trim(),
    );
  const topic = match?.[1];
  if (topic === undefined) return checkedAfterChange(text.trim());
  return `${topic.charAt(0).toUpperCase()}${topic.slice(1)}.`;
}

/**
 * "I dag skal vi se på blodtrykket etter at vi økte amlodipin i september." → "Kontroll av
 * blodtrykket.": the visit checks a value after a change of treatment (session 40f).
 */
function checkedAfterChange(text: string): string | undefined {
  const match =
    /^(?:(?:[Oo]g|[Ss]å|[Dd]a) )?(?:[Ii] dag|[Nn]å|[Nn]o) skal (?:vi|me|jeg|eg) (?:se (?:nærmere )?på|følge opp|kontrollere|sjekke) (\p{Ll}[\p{L}-]{3,}(?:et|en|a|ene))(?: ditt| din| di)? etter (?:at (?:vi|me|du|eg|jeg) (økte|auka|endret|endra|byttet|bytta|startet|starta|begynte) |(oppstart|doseøkning)(?= ))([^.!?]*)[.!]?$/u.exec(
      text,
    );
  const topic = match?.[1];
  if (topic === undefined) return undefined;
  // "… etter at vi økte amlodipin i september": the change, its drug and when stay (review 40f).
  const change = match?.[3] === undefined ? changeNoun(match?.[2]) : `${match[3]} av`;
  const rest = (match?.[4] ?? '').trim().replace(/^(?:med|på|av) /u, '');
  if (rest === '') return `Kontroll av ${topic}.`;
  return `Kontroll av ${topic} etter ${change} ${rest}.`;
}

/** The change of treatment as a noun: "økte" → "doseøkning av", "startet" → "oppstart av". */
function changeNoun(verb: string | undefined): string {
  if (verb === undefined) return 'endring av';
  if (/^(?:økte|auka)$/u.test(verb)) return 'doseøkning av';
  if (/^(?:endret|endra)$/u.test(verb)) return 'endring av';
  if (/^(?:byttet|bytta)$/u.test(verb)) return 'bytte av';
  return 'oppstart av';
}
