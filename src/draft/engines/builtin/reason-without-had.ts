/*
 * Kontaktårsak heads the note with the complaint, the way a GP writes it: "Har hatt vondt i magen
 * i 2 uker." → "Vondt i magen i 2 uker."; "Vært svimmel i 4 dager." → "Svimmel i 4 dager.";
 * "Kontroll: har hatt feber …" → "Kontroll: feber …". Only the verb of the opening goes; a
 * negative ("Har hatt ikke noe matlyst") and a clause that runs on stay as said.
 */
import type { ConversationAnalysis } from './analyze-conversation.js';

/**
 * "Har hatt ", "Har fått " opening the reason (after an optional "Kontroll: "), then the
 * complaint; not before a negative, an article, a place or a pronoun ("Fått en vond legg",
 * "Fått nå sår …").
 */
const hadOpening =
  /^(Kontroll: )?(?:[Hh]ar )?(?:[Hh]att|[Ff]ått) (?!(?:ikke|ingen|aldri|det|den|dette|de|så|nå|noe|noen|en|et|ei|hos|på|til|i|med|for|borte|beskjed|time|svar|brev)\s)(\p{L})/u;

/**
 * "Vært ", "Blitt " go only before a symptom ("Vært svimmel i 4 dager." → "Svimmel i 4 dager.").
 * Before a state they stay: "Vært gravid, men aborterte", "Vært innlagt på sykehuset", "Vært
 * sykmeldt" without "Vært" read as now.
 */
const symptomAdjective =
  '(?:svimmel|kvalm|slapp|trøtt|trøytt|sliten|utslitt|tung|tett|forkjølet|forkjøla|hes|stiv|øm|nedstemt|deprimert|engstelig|urolig|redd|bekymret|andpusten|tungpusten|dårlig|dårleg|uvel|febril|hoven|tørr|svak|nummen|ør|uggen|matt|glemsk|irritabel|rastløs|trist|ustø|verre|dårligere|tyngre|slappere|trøttere|svakere|tettere|stivere)';
const wasOpening = new RegExp(
  `^(Kontroll: )?(?:[Hh]ar )?(?:[Vv]ært|[Bb]litt) (?=(?:(?:veldig|litt|mye|ganske|skikkelig|mer) )?${symptomAdjective}(?![\\p{L}]))(\\p{L})`,
  'u',
);

/** The reason without its opening "Har hatt", or the same text. */
export function toReasonWithoutHad(text: string): string {
  const opening = hadOpening.test(text) ? hadOpening : wasOpening;
  return text.replace(opening, (_match, control: string | undefined, first: string) =>
    control === undefined ? first.toUpperCase() : `${control}${first}`,
  );
}

/** Leaves the opening "Har hatt" out of Kontaktårsak. */
export function reasonWithoutHad(analysis: ConversationAnalysis): ConversationAnalysis {
  const index = analysis.statements.findIndex((statement) => statement.kind === 'reason');
  const reason = analysis.statements[index];
  if (reason === undefined) return analysis;
  // "Har hatt helvetesild før, men nå …": an earlier illness, not today's complaint.
  if (/^[^,]* før(?![\p{L}])/u.test(reason.text)) return analysis;
  const text = toReasonWithoutHad(reason.text);
  if (text === reason.text) return analysis;
  const statements = [...analysis.statements];
  statements[index] = { ...reason, text };
  return { ...analysis, statements };
}

/** How long a complaint has lasted: "i 3 uker", "de siste 2 dagene", "siden i går". */
const durationCue =
  /(?<![\p{L}])(?:(?:i|de siste|dei siste) (?:\d+|ett|en|ei|et|noen|nokre|et par|ein|eit) ?(?:dag|dager|dagene|døgn|døgnet|uke|uker|ukene|veke|veker|måned|måneder|månedene|månad|månader)|siden (?:i går|i forgårs|i helgen|i helga|på (?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)))(?![\p{L}])/u;

/** An illness had before, not the complaint now: "før", "tidligere", "for … siden", "som barn". */
const earlierCue =
  /(?<![\p{L}])(?:før|tidligere|tidlegare|for [^.]*siden|som barn|som liten|en gang|ein gong)(?![\p{L}])/u;

/**
 * The history writes a complaint with its duration the same way (session 36l): "Har hatt tett
 * nese i 3 uker." → "Tett nese i 3 uker.". Only "Har hatt"/"Hatt" before a complaint that says how
 * long it has lasted; an illness had before ("Har hatt helvetesild for mange år siden") stays.
 */
export function historyWithoutHad(analysis: ConversationAnalysis): ConversationAnalysis {
  const statements = analysis.statements.map((statement) => {
    if (statement.kind !== 'history') return statement;
    if (!/^(?:[Hh]ar hatt|Hatt) /u.test(statement.text)) return statement;
    if (!durationCue.test(statement.text) || earlierCue.test(statement.text)) return statement;
    const text = toReasonWithoutHad(statement.text);
    return text === statement.text ? statement : { ...statement, text };
  });
  return statements.some((statement, index) => statement !== analysis.statements[index])
    ? { ...analysis, statements }
    : analysis;
}
