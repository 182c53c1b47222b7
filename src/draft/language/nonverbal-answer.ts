/**
 * Answers given without words, as a transcript writes them: "(rister på hodet)" and the closed-mouth
 * "Mm-m." are a no, "(nikker)" is a yes. Read as the spoken word they stand for, a head shake to
 * "Bruker du noe blodfortynnende?" becomes "Ikke blodfortynnende." instead of a stage direction
 * copied into the note and the denied safety topic lost.
 */

const headShake =
  /^\s*[([]\s*(?:rister|ristar|riste|rista)(?: litt| forsiktig| bestemt)? på (?:hodet|hovudet|hauet|huet)\s*[)\]][.!,]?\s*/iu;
const nod = /^\s*[([]\s*(?:nikker|nikkar|nikke|nikka)(?: litt| forsiktig)?\s*[)\]][.!,]?\s*/iu;
/** "Mm-m.", "M-m", "Hm-m", "Mm-mm": the two falling hums of a no ("Mhm" and "Mm" are a yes). */
const closedNo = /^\s*(?:m+-m+|hm+-m+)(?:\s*[.!]\s*|\s*,\s*|\s*$)/iu;

function withAnswerWord(word: 'Ja' | 'Nei', rest: string): string {
  const trimmed = rest.trim();
  if (trimmed === '') return `${word}.`;
  // "(rister på hodet) Nei. Aldri." — the word already said is kept as said.
  if (/^(?:nei|næ|ja|jo)(?![\p{L}])/iu.test(trimmed)) return trimmed;
  return `${word}, ${trimmed.charAt(0).toLowerCase()}${trimmed.slice(1)}`;
}

/** "Eh… nei.", "Øh... ja": a hesitation trailing off before the answer word says nothing. */
const hesitationBeforeAnswer =
  /^\s*(?:eh+m?|øh+|æh+|hm+)\s*(?:…|\.\.\.?)\s*(?=(?:nei|næ|ja|jo)(?![\p{L}]))/iu;

/** "Mnei.", "Neei.", "Neiii": a no drawn out or hummed is "Nei". */
const drawnOutNo = /^\s*(?:m+ne+i+|ne{2,}i+|nei{2,})(?![\p{L}])/iu;
/** "Å nei.", "Tja, nei.": an interjection before the no adds nothing to it. */
const interjectionBeforeNo = /^\s*(?:å|tja+|tjo)[,.!…]?\s+(?=nei(?![\p{L}]))/iu;

/** The sentence with a leading non-verbal answer written as the word it stands for. */
export function readNonverbalAnswer(spoken: string): string {
  const drawn = drawnOutNo.exec(spoken);
  const plain =
    drawn === null
      ? spoken.replace(interjectionBeforeNo, '')
      : `Nei${spoken.slice(drawn[0].length)}`;
  const said = plain === spoken ? spoken : `${plain.charAt(0).toUpperCase()}${plain.slice(1)}`;
  const hesitation = hesitationBeforeAnswer.exec(said);
  const text =
    hesitation === null
      ? said
      : `${said.charAt(hesitation[0].length).toUpperCase()}${said.slice(hesitation[0].length + 1)}`;
  const shake = headShake.exec(text);
  if (shake !== null) return withAnswerWord('Nei', text.slice(shake[0].length));
  const nodded = nod.exec(text);
  if (nodded !== null) return withAnswerWord('Ja', text.slice(nodded[0].length));
  const hummed = closedNo.exec(text);
  if (hummed !== null) return withAnswerWord('Nei', text.slice(hummed[0].length));
  return text;
}
