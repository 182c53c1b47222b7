/*
 * Cue patterns for sorting clinician speech into note sections. All patterns run on "loose"
 * text: lower case with å → a, ø → o, æ → e, which keeps string length, so a match's indices
 * also index the original sentence.
 */

/** Lower case with å/ø/æ flattened to one letter each (same length as the input). */
export function loosen(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/[øö]/g, 'o')
    .replace(/æ/g, 'e')
    .replace(/é/g, 'e');
}

const b = '(?<![a-z0-9])';
const e = '(?![a-z0-9])';
const cue = (source: string): RegExp => new RegExp(source, 'u');

/** Identity checks, contact details, registration: never part of a note. */
export const adminCue = cue(
  `fodselsnummer|personnummer|fodselsdato|mobilnummer|(?:gate|gata|veien|vegen|alle|plass|bakken|stien) \\d+|${b}nummer${e}|\\d{2,3} \\d{2} \\d{2,3}|${b}mobil(?:en)?${e}|telefon|fasttelefon|hjemmenummer|${b}nummeret${e}|adressen|${b}adresse${e}|${b}e-?post(?:en|adresse)?${e}|krollalfa|punktum|riktig journal|${b}id-en${e}|armband|fullt navn|resepsjon|registrert pa deg|parkering|fant du (?:fram|frem|veien)|skrive meg opp|legger jeg inn|legge inn|retter jeg|oppdatert|${b}bekrefte${e}(?! (?:diagnosen|mistanken|funnet|funnene|diagnose|mistanke)${e})`,
);

/** "Da snakker vi om medisinene." — the doctor announcing a topic, not saying anything about it. */
export const topicShiftCue = cue(
  `^(?:(?:da|sa|og sa|videre|na)[,:]?\\s+)?(?:snakker vi om|er det|gar vi (?:over til|gjennom)|skal vi (?:snakke om|se pa)|ser vi pa)\\s+[a-z-]+(?:\\s+[a-z-]+)?\\s*[.!]?$`,
);

/** The weather, the dog, the parking: chat before and after the consultation, never in a note. */
const smallTalkTopics = [
  `${b}(?:for et|fint|darlig|surt|kaldt|godt) ver${e}|${b}veret${e}|${b}det har (?:vert gratt?|regnet|snodd)${e}|${b}(?:kaldt|varmt|glatt) ute${e}|${b}(?:gar det med|hilse til) (?:hunden|katten|bikkja)${e}`,
  // Session 18, in dialect and nynorsk: the weather, the drive or the ferry, the dog waiting in
  // the car, the fishing and the football ("Korleis gjekk turen?", "Så du Rosenborg i går?").
  `${b}(?:ruskever|blikkstilt|regna|snoa)${e}|${b}(?:det|det har) (?:vore|vert|vaert) (?:ruskever|darleg ver|fint ver)`,
  `${b}(?:korleis|hvordan|assen|koss|kossen|ka) (?:var|gikk|gjekk|gjikk) (?:turen|kjoreturen|reisa|reisen|ferja|ferga|kampen)${e}`,
  `${b}kom (?:dere|dokk|de|dykk)(?: dere| dokk| dykk)? (?:dere |dokk |dykk )?(?:greit|godt|fint|trygt) (?:over|fram|hit|gjennom)`,
  `${b}(?:bikkja|hunden|bamse) (?:sitt|sitter|ventar|venter|sit)(?: [a-z]+)? i bilen${e}|${b}(?:bikkja|hunden) ventar${e}`,
  `${b}(?:gar|gikk|gjekk) det med (?:fisket|fiskinga|jakta|hytta|hagen|fotballen|handballen|laget)${e}`,
  `${b}(?:rosenborg|lerkendal|bodo/glimt|glimt|brann stadion|vant cupen)${e}|${b}sa (?:du|dokk|dere) (?:kampen|rosenborg|brann|molde|glimt|viking|lillestrom)${e}`,
].join('|');

/*
 * Session 36l: the food in the ward, said in passing at discharge ("Maten var ikke så verst.",
 * "Maten var ikkje så verst heller."): the whole sentence, nothing more. (A pleasant summer said
 * first was tried too, but the reason for contact then fell to a weaker sentence: not done.)
 */
const wardFood = `^(?:(?:og|men|ja|jo)[,]? )?maten (?:her )?(?:var|er|e) (?:(?:ikke|ikkje|itj|ikkj) (?:sa )?verst|god|grei|bra|fin)(?: (?:heller|helder|au|og|ogsa))?[.!]?$`;

/** A question or remark about the weather, a pet or the like: its answer is small talk too. */
export const smallTalkTopicCue = cue(smallTalkTopics);

/*
 * The clinician's own history told to the patient ("Jeg hadde akkurat det samme selv for noen år
 * siden, jeg røk menisken …", "Eg har sjølv hatt det", "Æ fekk det samme i fjor"): a remark, never
 * the patient's illness, the assessment or a diagnosis. "Jeg har selv sett røntgenbildet" is not,
 * nor "det samme" naming a result or an impression ("Jeg fikk det samme svaret fra laben",
 * "Jeg har hatt det samme inntrykket"): "det samme" must end the clause or come with a past time.
 */
const ownHistoryOpening = '^(?:(?:og|men|sa|ja|jo)[,]? )?(?:jeg|eg|e|ae) ';
const ownHistoryPastTime =
  '(?: for [^,.!?]* siden| i fjor| i (?:19|20)[0-9]{2}| da (?:jeg|eg|e) | som (?:ung|barn|student|tenaring))';
export const clinicianOwnHistoryCue = cue(
  `${ownHistoryOpening}(?:hadde|har hatt|fikk|fekk|rok)${e}[^,.!?]*${b}(?:selv|sjolv|sjol)${e}|${ownHistoryOpening}har (?:og(?:sa)? )?(?:selv|sjolv|sjol) (?:hatt|fatt)${e}|${ownHistoryOpening}(?:hadde|har hatt|fikk|fekk) (?:akkurat |nettopp |og(?:sa)? )?det (?:samme|sama|same)(?=\\s*(?:[,.!?]|$)|${ownHistoryPastTime})`,
);

/**
 * How much of the sentence (loosened) is the clinician's own history, or undefined when none is:
 * the whole sentence, or only its first clause when what follows is no longer about the
 * clinician ("Jeg hadde det samme selv i fjor, dette er en forstuing." keeps the assessment).
 */
export function clinicianOwnHistoryLength(loose: string): number | undefined {
  if (!clinicianOwnHistoryCue.test(loose)) return undefined;
  const comma = loose.indexOf(', ');
  if (comma < 0) return loose.length;
  // The clinician's story goes on ("…, jeg røk menisken og har fått artrose"): all of it goes.
  if (/^(?:(?:og|men|sa) )?(?:jeg|eg|e|ae) /u.test(loose.slice(comma + 2))) return loose.length;
  return comma + 2;
}

/** Greetings, thanks, introductions and other small talk. */
export const smallTalkCue = cue(
  `${wardFood}|^[a-z]+, dette er (?!(?:en|et|ei|den|det) )[a-z]+(?: [a-z]+){0,2}\\.?$|^(?:hei|hallo|god morgen|god dag|velkommen|takk|tusen takk|ha det|god bedring|lykke til|bare hyggelig|sett deg|sett dere|bare sett|kom inn)${e}|^ha en (?:fin|god|riktig god|fortsatt fin|fortsatt god|finfin|trygg) (?:dag|helg|kveld|jul|tur|hjemtur)${e}|${b}kjor (?:forsiktig|pent) hjem${e}|${b}men det er (?:na |no |vel )?en (?:annen|anna) sak${e}|^(?:(?:sa|og) )?for (?:en|et|ei) (?:fin|fint|flott|kul|kult|stilig|tøff|toff) (?:lue|genser|jakke|kjole|skjorte|sko|veske|bil|hund)${e}|${b}jeg heter${e}|${b}jeg er (?:lege|sykepleier|vikar|turnuslege)|${b}hils${e}|${smallTalkTopics}`,
);

/**
 * Session 21: the plan said at the end in words the clinical vocabulary does not know — the next
 * visit ("Jeg ser på henne igjen på torsdag", "Vi ses igjen om en uke"), a sample sent ("Send
 * urinen til dyrkning"), fasting before an operation ("Ikke spis etter midnatt") and who stays
 * with the patient ("Søsteren din blir hos deg i natt").
 */
const seenAgain = `^(?:(?:og|sa|da) )?(?:jeg|eg|vi|e) (?:skal |vil )?(?:ser|se|sja) (?:pa |til )?(?:deg|henne|ham|han|ho|hu|dere|dykk|dokk|barnet|jenta|gutten|pasienten) (?:igjen|att|pa nytt)${e}`;
/**
 * Session 36d: the clinician rings with the result ("jeg ringer deg når svaret kommer", "så
 * kontakter vi deg når prøvesvarene er klare"), with or without the samples taken before it
 * ("Jeg tar en blodprøve, og så ringer jeg deg …").
 */
const phonedWithResult = `${b}(?:ringer|kontakter)(?: (?:jeg|vi|eg|me))? (?:deg|dere|dykk)(?: igjen)? (?:med (?:svar|svaret|svarene)|(?:sa snart |straks )?nar (?:svar|prove|result|blodprove)[a-z]*)${e}`;
export const plainPlanCue = cue(
  `${seenAgain}|${b}(?:vi )?(?:ses|sees|treffes) (?:igjen|att)${e}|${b}(?:send|sende|sendes) (?:urinen|urin|proven|prove|blodprove|prover|en prove|ein prove)[a-z ]{0,30} til (?:dyrkning|analyse|mikrobiologi)${e}|${b}(?:ikke|ikkje) (?:spis|et|ete|spise)(?: noe| noko)? etter (?:midnatt|kl|klokka|klokken)|${b}faste fra${e}|${b}(?:[a-z]+(?:en|a)|mor|far|mamma|pappa|syster|soster|bror|kona|mannen)(?: (?:din|di|ditt|hennes|hans))? blir (?:hos|med) (?:deg|henne|ham|han|ho|hu|dykk|dere) (?:i natt|i kveld|natta|til i morgen)|${phonedWithResult}`,
);

/** The doctor starts or narrates the examination; the procedure itself is not a finding. */
export const examinationStartCue = cue(
  `${b}(?:undersoke|undersoker|undersokje|undersokjer|undersoka|lytte|lytter|kjenne pa|kjenner pa|se pa|ser pa|trykke|trykker|klemme|klemmer|male blodtrykk|veie|ta av deg|dra opp)${e}(?! (?:deg|henne|ham|han|ho|hu|dere|barnet|jenta|gutten|pasienten) (?:igjen|att|pa nytt)${e})`,
);

/** Sentences that only narrate what the doctor is about to do, or instruct the patient. */
export const proceduralCue = cue(
  `^(?:(?:na|sa|og sa|da|og)\\s+)?(?:(?:skal|vil) (?:jeg|vi) (?:bare )?(?:undersoke|kjenne|lytte|se pa|se i|male|trykke|ta en titt|veie|hore)|(?:ser|kjenner|lytter|trykker|klemmer|holder|drar|lofter|boyer|beveger|strekker) (?:jeg|vi)(?: litt)?(?: pa)?|(?:ser vi|skal vi se|gar vi gjennom|tar vi en titt)|(?:jeg|vi) skal bare|kan du|pust|gap|apne munnen|sett deg|legg deg|ta av|dra opp|si fra|si aaa)${e}`,
);

/** Safety-netting: when to seek help again. */
export const safetyCue = cue(
  `(?:${b}(?:hvis|dersom|om|ved|far (?:du|hun|han))${e}.*(?:kontakt|${b}tilbake${e}|${b}ring|legevakt|113|${b}oss${e}|sykehus|akutten|med en gang|inn${e}))|ta kontakt|kontakte (?:oss|legevakt)|${b}kom(?:me|mer)? (?:tilbake|igjen|inn)(?: (?:med en gang|straks|umiddelbart))? (?:hvis|dersom|om|ved)${e}|ring(?:e|er)? (?:113|oss|legevakt)|faresignal|^(?:og |men )?(?:merker|far|blir|kjenner|ser|oppdager|kommer) (?:du|hun|han)${e}[^?]*, (?:ringer|kontakter|kommer|drar|gar|oppsoker|tar) (?:du|hun|han)${e}`,
);

/**
 * Session 36n: samples the clinician says they take now ("Jeg tar noen blodprøver", "Vi tar en
 * CRP og en senkning") are the plan; the result said aloud ("CRP er 45") stays a finding.
 */
const sampleWord =
  '(?:blodprover|blodprove|prover|urinprove|crp|senkning|sr|hb|blodprosent|hba1c|ferritin|tsh)';
const samplesTaken = `^(?:(?:og|sa|da|na|no) )?(?:(?:jeg|vi|eg|me) (?:tar|tek|skal ta|vil ta)|tar (?:jeg|vi|eg|me))(?: (?:ogsa|og|na|no|bare|da|i dag))? (?:(?:en|ei|et|eit|noen|nokre|nokon|litt|et par|eit par) )?${sampleWord}(?:,? og (?:(?:en|ei|et|eit) )?${sampleWord})*(?: (?:i dag|na|no|for du gar|for du drar))?\\s*[.!]?$`;

/** Treatment and follow-up. */
export const planCue = cue(
  `${plainPlanCue.source}|${samplesTaken}|resept|${b}skriv(?:er)? ut${e}|${b}(?:vi|jeg) (?:prover|foreslar|avventer|avtaler|ber|legger|henviser|sender)${e}|${b}ser det an${e}|${b}avvent|${b}skrive ut${e}|sykmeld|sykemeld|egenmeld|henvis|kontroll|${b}ny time|${b}time (?:hos|her|der)|bestill|${b}ny (?:blodprove|prove|tsh|inr|maling)|tar vi ny|ta ny|${b}om (?:\\d+|en|ett|et par|to|tre|fire|fem|seks|atte) (?:uke|uker|dager|dag|maned|maneder|ar|halvt ar)|anbefal|${b}bor (?:du|hun|han|pas)|${b}(?:du|hun|han) bor${e}|skal (?:du|hun|han) (?:ta|bruke|sette|slutte|fortsette|ikke)|${b}(?:du|hun|han) skal${e}|${b}ma (?:du|hun|han)${e}|fortsett|slutte med|slutt med|seponer|${b}ma (?:vi|jeg) (?:stoppe|stanse|pause|slutte med)${e}|${b}(?:stoppes|pauses)${e}|oke dosen|${b}oker${e}|reduser|trappe|begynne med|${b}start(?:e|er)?${e}|${b}bruk${e}|${b}bruke${e}|unnga|hold deg|ta hele|${b}far (?:du|hun|han)${e}|${b}(?:du|hun|han) far${e}|${b}gir (?:vi|deg|du)${e}|fjernes|venteliste|innkall|${b}(?:kalla|kalt|kalles) inn${e}|fysioterap|belaste|krykke|${b}ikke kjore|forholdsregl|${b}sender${e}|kan (?:du|hun|han) (?:ta|bruke|fortsette)|begynner (?:(?:du|hun|han) )?med|${b}maler vi|${b}tar (?:vi )?(?:inr|ny|nye|blodprove)|${b}pa (?:mandag|tirsdag|onsdag|torsdag|fredag)${e}|${b}(?:limer|syr|sutureres|vevslim|steristrip|strips)${e}|${b}(?:jeg|vi|eg|me) (?:vil|skal|ma)(?: derfor| da| na| no)? sende (?:deg|dere|dykk|henne|ham|han|ho|pas\\.?) til${e}`,
);

/** The doctor's conclusion. */
export const strongAssessmentCue = cue(
  `ser ut som|${b}(?:det|dette) (?:hores|horest|hoyres) ut som${e}|passer (?:med|best med)|${b}vurderingen${e}|${b}(?:jeg|eg) (?:vurderer|mener|tenker|tror)${e}|${b}(?:vurderer|mener|tenker|tror) (?:jeg|eg)${e}|${b}min vurdering|det (?:du|han|hun) har(?:,)? er|${b}dette er${e}(?! [a-z]+(?: [a-z]+)?, (?:\\d+|[a-z]+(?: ?og ?[a-z]+)?) ar${e})|da er det|er det altsa|sannsynligvis|${b}trolig|mest sannsynlig|tyder pa|mistenk|diagnos|forenlig med|skyldes|${b}er en (?:forstuing|allergisk|bakteriell|viral)`,
);

/** "Det er en akutt ørebetennelse", "Dette passer med et migreneanfall": a conclusion. */
export const assessmentOpeningCue = cue(
  `^(?:(?:sa|da)\\s+)?(?:det|dette) (?:er (?:en|et|ei) (?:akutt|ukomplisert|kronisk|lett|moderat|alvorlig|forverring|[a-z]+(?:betennelse|itt|ose|isme|skade|svikt|flimmer|anfall|lidelse|sykdom))|passer (?:med|best med)|(?:ser|hores) ut som)|${b}forverring av${e}`,
);

/**
 * The clinician's conclusion said by its form rather than by a diagnosis word: a hedged
 * conclusion about what this is ("Dette kan være blindtarmbetennelse", "Det kan dreie seg om …",
 * "Det ser ut som …") or a judgement on how a known condition or measure stands ("Diabetesen er
 * bedre regulert", "Kolesterolet er for høyt"). Runs on the loosened sentence; the caller requires
 * that it reads no number and no test (those are findings).
 */
export const assessmentFormCue = cue(
  `^(?:(?:sa|da|na|men|og)\\s+)?(?:det|dette)\\s+(?:kan|kunne|ma|vil)(?: (?:nok|godt|trolig|gjerne))? (?:vere|dreie seg om|skyldes|passe med)${e}(?! (?:(?:litt|noe|veldig|ganske|helt) )?(?:vondt|ubehagelig|lurt|greit|fint|bra|smart|nyttig|normalt|vanlig|vanskelig|slitsomt|plagsomt|[a-z]+ a)${e})|` +
    `^(?:(?:sa|da|na|men|og)\\s+)?(?:det|dette) (?:ser|hores) ut (?:som|til a vere)${e}|` +
    // "Diabetesen er bedre regulert", "Blodtrykket ditt er for høyt": a judgement on a condition or level.
    `^(?:(?:sa|da|na|men|og)\\s+)?[a-z]+(?:en|et|a)(?: (?:din|ditt|di))? (?:er|var) (?:(?:na|fortsatt|fremdeles|litt|noe|mye|veldig|klart|ganske) )?(?:(?:(?:bedre|godt|darlig|darligere|ikke godt|ikke godt nok|ikke) )?(?:regulert|kontrollert|innstilt)|velregulert|for (?:hoyt|lavt|hoy|lav)|(?:over|under) (?:malet|behandlingsmalet)|i mal)${e}`,
);

export const weakAssessmentCue = cue(
  `ingen tegn til|ingen holdepunkt|suicidalrisiko|selvmordsrisiko|suicidrisiko|kriterie|${b}vurder|indisert|riktig med|grunn til|behov for|${b}i mal${e}|riktig vei|${b}bedring${e}|ingen av|lite sannsynlig|betryggende|forventet|${b}normalt${e}|${b}som ved${e}`,
);

/** Examination findings and results. */
export const findingCue = cue(
  `blodtrykk|${b}puls|bevegelighet|${b}(?:lateralt|medialt)${e}|temperatur|${b}temp${e}|metning|saturasjon|${b}vekt(?:a|en)?${e}|${b}\\d+(?:,\\d+)? (?:kg|kilo)${e}|${b}hb${e}|hemoglobin|blodprosent|kreatinin|gfr|${b}inr${e}|${b}tsh${e}|${b}t4${e}|${b}crp${e}|prove|${b}test|rontgen|ekg|${b}stix|normal|${b}fine?${e}|regelmessig|forstorr|${b}omme${e}|omhet|${b}rod(?:e|me)?${e}|hevelse|hoven|belegg|bilyd|knatr|${b}lyder${e}|piping|stridor|utslett|trommehinn|lunge|hjertet|mandl|drovel|lymfeknut|${b}sar(?:et)?${e}|palp|kvaler|bukning|gapesperre|leppe|tunga|ankelknok|leddband|akillessen|stopp|sitter fint|protesen|poeng|${b}score|phq|madrs|${b}virker (?:nedstemt|trist|engstelig|urolig|rolig|sliten|klar|vaken|preget|orientert|adekvat|ryddig)|pupill|kranienerv|${b}kraft(?:a|en)?${e}|sensibilitet|refleks|romberg|${b}gangen?${e}|augebotn|oyebunn|fundoskop|papill|slimhinne|tarmlyd|slippom|muskelvern|defense|dunkom|mallampati|gapeevne|respirasjonslyd|hjertelyd|${b}abdomen${e}|${b}magen (?:er |e )?blot`,
);

/** The doctor recounting the history (previous visits, the stay in hospital). */
export const historyCue = cue(
  `${b}sist${e}|forrige|${b}startet|${b}har variert|siste halvar|(?:du|hun|han) har hatt|(?:du|hun|han) bruker|bruker (?:du )?fortsatt|kom inn|innlagt|operasjonen gikk|ble operert|oppholdet|satte .* inn|${b}fant det`,
);

/** The reason for admission in a hospital conversation. */
export const admissionCue = cue(
  `kom inn|innlagt|innleggelse|lagt inn|til planlagt|${b}fordi (?:du|hun|han) har`,
);

/** Opening questions whose answer is the reason for the visit. */
export const openingQuestionCue = cue(
  `hva (?:er det som )?(?:plager|gjelder|bringer|skjer|har skjedd|skjedde|forer)|hva kan jeg (?:hjelpe|gjore for)|hvordan kan jeg hjelpe|hva er grunnen|hva kommer du for|fortell|fortel(?![a-z])|hvordan (?:har du det|gar det|har det gatt)|hva er problemet|hva er det som|hva (?:er det )?(?:dere|du) har merket|hva har (?:dere|du) merket|hva er i veien|hva feiler`,
);

/** Follow-up visits: the reason for contact is a check-up. */
export const followUpVisitCue = cue(
  // "Du var her for ti dager siden med lungebetennelse" (session 40f); days, weeks or months —
  // "for tre år siden" is history, not a follow-up (review 40f).
  `${b}sist vi|forrige time|siden sist|${b}sist${e}|vi sa hverandre|etter kontrollen|^(?:(?:og|ja) )?(?:du|dere) var (?:her|hos meg|hos oss) for (?:[a-z0-9]+ )?(?:dager|dogn|uke|uker|uka|maned|maneder|manad|manader) siden${e}`,
);

/** A referral and the question to the receiving specialist. */
export const referralCue = cue(
  // "Derfor sender jeg deg til ortoped for vurdering": the referral said with another verb.
  `${b}henvis(?:er|es|t|ning)?${e}.*${b}til${e}|${b}sender (?:jeg |eg |vi )?(?:deg|ham|han|henne|ho|pas\\.?) til [a-z]+ (?:for|med) (?:vurdering|utredning|sporsmal)${e}|sporsmalet (?:til|er)|${b}ber om (?:vurdering|utredning|time)|bes vurdert|onsker (?:vurdering|utredning)|${b}tatt opp til vurdering|` +
    // "Spørsmålet mitt til dem blir …", "med spørsmål om leddgikt", "Jeg ber ortopeden vurdere om
    // …", "Jeg vil at nevrologen skal vurdere om …": the question to the specialist in other words.
    `sporsmalet mitt|${b}med sporsmal om|${b}(?:ber|vil at|onsker at) (?:dem|de|[a-z]+(?:logen|legen|peden|kirurgen|spesialisten|poliklinikken|sykehuset|avdelingen))(?: skal)? (?:om a )?(?:vurdere|vurderer|utrede|utreder|se pa)${e}`,
);

/** Urgency as stated (henvisning). */
export const urgencyCue = cue(
  `haster|hastesak|snarest|${b}raskt${e}|innen (?:\\d+|en|ett|to|tre|fire|fem|seks|atte) (?:uke|uker|dager|dag|maned|maneder)|oyeblikkelig|akutt henvis|${b}ovh${e}|hastehenvis|ordinaer (?:ventetid|prioritet|henvisning)|i lopet av (?:\\d+|en|ett|to|tre|fire|fem|seks) (?:uke|uker|dager|maned|maneder)`,
);

/** Words marking a sentence about someone else's health (family history is history, not a diagnosis). */
export const familyCue = cue(
  `${b}(?:mor|far|faren|moren|mora|mamma|pappa|soster|bror|broren|familien|arvelig|besteforeldre|bestemor|bestefar|kona|mannen|ektefellen|samboeren|datteren|sonnen|komparent)${e}`,
);

/** Words after "Dette er" that are no condition: "Dette er viktig", "Dette er en tablett …". */
const notACondition =
  /^(?:viktig|normalt?|bra|greit|fint|lurt|vanlig|ufarlig|farlig|ikke|noe|noen|det|den|dette|helt|litt|veldig|ganske|bare|godt|riktig|sant|tablett\p{L}*|medisin\p{L}*|behandling\p{L}*|planen|grunnen|viruset|samme|siste|forste|andre|typisk|heldigvis|dessverre|altsa|ofte|sjelden|mulig|usikkert?|smart|klokt|fordel\p{L}*|ideen?|best|bedre)$/u;

/** Endings of an adjective said as a verdict: "alvorlig", "forbigående", "harmløst", "isolert". */
const adjectiveEnding =
  /(?:lig|ligt|lige|ig|igt|ige|isk|iske|ende|lost|los|lose|bart|bar|somt|som)$/u;

/**
 * "Dette er brennkopper, impetigo.", "Du har et karpaltunnelsyndrom.": the clinician naming the
 * condition, even one the clinical vocabulary does not know. Runs on the sentence as said (the
 * condition starts in lower case, so "Dette er Ragnar, 45 år" is an introduction, not a
 * diagnosis) and returns the condition's first word, or undefined.
 */
export function namedCondition(sentence: string): string | undefined {
  const text = sentence.trim().replace(/^\p{Lu}/u, (first) => first.toLowerCase());
  const match =
    /^(?:(?:så|da|og) )?(?:(?:(?:jeg|eg|vi|me) (?:tror|trur|mener|meiner|tenker|tenkjer) (?:at )?)?dette er|(?:jeg|eg|vi|me) (?:tror|trur|mener|meiner|tenker|tenkjer) (?:at )?det er(?= (?:(?:nok|trolig) )?(?:en|et|ei) )|(?:du|han|hun) har (?:fått )?(?:en|et|ei))(?: (?:nok|trolig|sannsynligvis|mest sannsynlig))?(?: (?:en|et|ei))?(?: (?:helt )?(?:vanlig|vanleg|typisk|klassisk|enkel|enkelt|ukomplisert|lett|mild)(?: \p{Ll}+(?:ær|ært|ære|isk|iske|ig|ige|al|alt|ale))?)? ([\p{Ll}-]{5,})(?=[,.!]|$| med | i | på | (?:og|eller) )/u.exec(
      text,
    );
  const word = match?.[1];
  if (word === undefined || notACondition.test(loosen(word))) return undefined;
  // "Jeg tror dette er alvorlig/forbigående/uforsvarlig.": an adjective with no article names
  // no condition (33p); "Dette er bihulebetennelse." still does.
  if (!/ (?:en|et|ei) /u.test(match?.[0] ?? '') && adjectiveEnding.test(loosen(word)))
    return undefined;
  return word;
}
