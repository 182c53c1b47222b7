/*
 * What a patient or a relative tells around the history that a clinician leaves out of the note:
 * the relative's own chatter (their job, their holiday, how they got here), their own story after
 * the one fact of family history, a friend's or a colleague's illness, a relative's life told on
 * after his or her illness ("Han er 82 år og bor alene …"), and the patient only promising to do
 * what the clinician advised ("Jeg skal prøve."). Patterns run on loose text (see `loosen` in
 * classify.ts): lower case, å/ø/æ folded.
 */

const b = '(?<![a-z0-9])';
const e = '(?![a-z0-9])';

/** The speaker's own person: "jeg", "vi", dialect "eg", "æ"/"e", nynorsk "me". */
const firstPerson = new RegExp(`${b}(?:jeg|eg|vi|me|meg|oss|min|mi|mitt|mine)${e}`, 'u');

/** The speaker as the subject: "jeg", "eg", "vi", "me". */
const firstPersonSubject = new RegExp(`${b}(?:jeg|eg|vi|me)${e}`, 'u');

/** A word for the patient in a relative's mouth, or a third person who may be the patient. */
const patientWord = new RegExp(
  `${b}(?:hun|han|ho|henne|ham|hans|hennes|hu|pasient\\w*|mamma|pappa|mor|far|moren|faren|mora|gutten|jenta|barnet|sonnen|sonen|datteren|dattera|babyen|guttungen|jentungen|mannen|kona|bestemor|bestefar|oldemor|oldefar)${e}`,
  'u',
);

/** A third person who is not family: their illness is no family history. */
const notFamily = new RegExp(
  `${b}(?:venn|vennen|venner|venninne|venninna|venninnen|kompis|kompisen|kamerat|kameraten|kollega|kollegaen|kolleger|nabo|naboen|svigermor|svigermora|svigerfar|svigerfaren|svoger|svogeren|svigerinne|svigerinna)${e}`,
  'u',
);

/** An illness that can spread: a friend's or a colleague's is exposure, kept in the history. */
const contagion =
  /smitt|betennelse|infeksjon|influensa|covid|korona|omgangs|kikhoste|streptokokk|skabb|(?<![a-z])lus|vannkopper|brennkopper|diare|oppkast|kastet opp|feber|forkjol|hoste|(?<![a-z])syk(?![a-z])|virus|noro|tuberkul|klamydia|herpes|flatt/u;

/** A third person as the subject of the sentence: "Han er 82 år", "Og så har han hatt …". */
const thirdPersonSubject =
  /^(?:(?:og|men|sa|og sa|na|da|ja)\s+)*(?:(?:har|hadde|er|var|ble|fikk|gikk|bor|vil|kan|skal|ma)\s+)?(?:han|hun|ho|hu|de|dei|dem)(?![a-z])/u;

/**
 * A relative's sentence about the relative: spoken in the first person, naming neither the patient
 * nor anything clinical (`clinical` says whether a clinical word or drug is in it); a number is
 * only an age or a year ("Jeg var vel tolv år", "vi vant i 93").
 */
export function isRelativesOwnChatter(loose: string, clinical: boolean): boolean {
  if (clinical || !firstPerson.test(loose) || patientWord.test(loose)) return false;
  return !/\d/u.test(loose.replace(/\d+ ar(?![a-z])|(?<![a-z])i \d{2,4}(?!\d)/gu, ''));
}

/**
 * A relative's sentence that goes on with their own story once they have told their own illness
 * ("Jeg hadde blærebetennelse selv i fjor. Jeg fikk penicillin den gangen …"): first person, about
 * no one else.
 */
export function continuesOwnStory(loose: string): boolean {
  return (
    (firstPerson.test(loose) || /^det (?:var|va)(?![a-z])/u.test(loose)) && !patientWord.test(loose)
  );
}

/** Whether a relative's sentence tells their own illness: first person and "selv"/"sjøl". */
export function tellsOwnIllness(loose: string): boolean {
  return firstPerson.test(loose) && /(?<![a-z])(?:selv|sjol|sjolv)(?![a-z])/u.test(loose);
}

/**
 * A friend's, colleague's, neighbour's or in-law's illness or life ("ei venninne av meg fikk påvist
 * en svulst", "Min kompis sin gutt lå på sykehus"): not the patient's and not family history.
 * An infection told of them is exposure and stays.
 */
export function isThirdPartyStory(loose: string): boolean {
  // "Jeg drikker med kompisene i helgene" is the patient's own habit.
  return notFamily.test(loose) && !contagion.test(loose) && !firstPersonSubject.test(loose);
}

/** Whether a sentence has a third person as its subject and says nothing of the speaker. */
export function isAboutThirdPerson(loose: string): boolean {
  return thirdPersonSubject.test(loose) && !firstPerson.test(loose);
}

/**
 * The patient or relative only acknowledging or promising what the clinician just said ("Jeg skal
 * prøve.", "Skal bli.", "Skjønt."): the clinician's sentence is the note's. (Repeating the
 * clinician's words — "Om fire uker, da." — is left alone: where the clinician's sentence was not
 * kept, the repetition is the only place the note reads it, and on a held-out set dropping it cost
 * ROUGE-L.)
 */
export function isAcknowledgement(loose: string): boolean {
  return /^(?:(?:ja|ok|okei|greit)[,.!]?\s+)?(?:(?:jeg|eg|vi) )?skal (?:prove|bli|gjore det|huske det|fa til)(?: det)?[.!]?$|^(?:skjont|skjonner|forstatt|ok|okei|greit|den er grei)[.!]?$/u.test(
    loose.trim(),
  );
}
