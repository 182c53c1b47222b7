/*
 * A sentence whose subject is a relative ("Kona har hatt feber og hoste i 4 dager.", "Kona di har
 * influensa, så …"): someone else's illness, never the patient's reason for contact nor the
 * clinician's assessment of the patient. One pattern, shared by `reason-from-complaint.ts` and
 * `split-assessment-and-plan.ts`.
 */

/**
 * A relative named first, as the subject of the sentence ("Kona har …", "Datteren min hadde …",
 * "Og mannen din er …"). Only the start of the sentence counts.
 */
export const relativeAsSubject =
  /^(?:(?:Og|Men) )?(?:Kona|Kone|Konen|Ektemann|Ektemannen|Ektefelle|Mannen|Samboer\p{L}*|Mor|Moren|Mora|Mamma|Far|Faren|Pappa|Datter|Datteren|Dattera|Sønn|Sønnen|Bror|Broren|Søster|Søstera|Søsteren|Barnet|Barna|Svigermor|Svigerfar)(?: (?:mi|min|mitt|mine|di|din|ditt|dine|til pas\.))? (?:har|hadde|er|var|fikk|ble|har hatt)(?![\p{L}])/u;
