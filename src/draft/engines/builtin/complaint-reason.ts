/*
 * Kontaktårsak is the presenting complaint in clinical terms (session 38h, issue 12). A child who
 * answers with her name («Ola.») or a patient who opens with small talk gave the note a first line
 * that was no complaint, while the complaint came a turn later; «Det er denne svimmelheten» gave a
 * pointing phrase instead of the term.
 *
 * When the reason for contact was said by the patient or a relative and is no complaint — a name
 * said to «Hva heter du?», or small talk of four words or more that names nothing clinical, denies
 * nothing and carries nothing a note keeps — the first of up to three later turns of theirs that
 * names a complaint term (below) gives the line; never a turn answering the clinician's question
 * about a named symptom («Har du hatt feber?»). Its terms go in the order said, with a duration
 * said in that turn («i 3 dager»). A term denied in its clause («ikke feber») is no complaint; a
 * clause of the patient's about someone else («kona, hun har feber») is left out. The old reason
 * goes to the history (nothing is dropped) unless it is the name or the small talk. «Denne
 * svimmelheten.» is written as its term, «Svimmelhet.». Nothing is guessed: without a complaint
 * term in those turns the reason stays as it was.
 *
 * Not done (tried in session 38h and switched off, because the new line came on top of the story
 * that moved to the history and made held-out notes longer): a long reason opening with a story
 * («Datteren vår flyttet på lørdag, og …») and a body part alone («Ryggen.») stay as said until
 * story pruning removes the story's clauses. */
import type { PseudonymizedTranscript } from '../../../core/index.js';
import type { ConversationAnalysis, Statement } from './analyze-conversation.js';
import { findConcepts } from '../../language/clinical-lexicon.js';
import { isClinicalWord } from '../../language/clinical-terms.js';
import { findDrugMentions } from '../../language/drug-names.js';
import { tokenize } from '../../language/fold.js';
import { stemFolded } from '../../language/stem.js';
import { carriesContent } from './prune-story-clauses.js';

const body =
  '(korsryggen|korsrygg|ryggen|rygg|brystet|bryst|magen|mage|hodet|hode|hovudet|hovud|halsen|hals|øret|øre|øyret|øyra|kneet|kne|skulderen|skuldra|skulder|nakken|nakke|hoften|hofta|hofte|leggen|legg|foten|fot|armen|arm|albuen|albue|tannen|tann|tennene|lysken|lyske|hælen|hæl|ankelen|ankel|ankla)';

/** Pain said with a body part: «vondt nederst i ryggen», «det dro i brystet». */
const painInPart = new RegExp(
  `(?<![\\p{L}])(?:vondt|vont|smerter|smerte|verker|verk|dro|stikker|stakk)(?![\\p{L}])[^,.!?]{0,30}?(?<![\\p{L}])(?:i|på|under|ved) (?:den |det |høyre |venstre |hele )?${body}(?![\\p{L}])`,
  'giu',
);

/** The clinical term for pain in each body part, by the beginning of the word said. */
const painTerms: readonly (readonly [string, string])[] = [
  ['korsrygg', 'korsryggsmerter'],
  ['rygg', 'ryggsmerter'],
  ['bryst', 'brystsmerter'],
  ['mage', 'magesmerter'],
  ['hode', 'hodepine'],
  ['hovud', 'hodepine'],
  ['hals', 'sår hals'],
  ['øre', 'øresmerter'],
  ['øyr', 'øresmerter'],
  ['kne', 'knesmerter'],
  ['skuld', 'skuldersmerter'],
  ['nakke', 'nakkesmerter'],
  ['hoft', 'hoftesmerter'],
  ['legg', 'leggsmerter'],
  ['fot', 'fotsmerter'],
  ['arm', 'armsmerter'],
  ['albue', 'albuesmerter'],
  ['tann', 'tannsmerter'],
  ['tenn', 'tannsmerter'],
  ['lyske', 'lyskesmerter'],
  ['hæl', 'hælsmerter'],
  ['ankel', 'ankelsmerter'],
  ['ankl', 'ankelsmerter'],
];

/** Words of complaint the clinical vocabulary leaves out («vondt», «falt», «en kul»). */
const complaintWord =
  /(?<![\p{L}])(?:vondt|vont|smerte\p{L}*|verk\p{L}*|klør|kløe|sår|hoven|hovne\p{L}*|plag\p{L}*|falt|fall|skadet?|kul|utslett|anfall|skar|kutt\p{L}*|slo|vred|brakk|knakk|forstu\p{L}*|snork\p{L}*|sovet|sove)(?![\p{L}])/iu;

/** A reason that names nothing clinical: a story, small talk, a name. */
function namesNothingClinical(text: string): boolean {
  if (complaintWord.test(text)) return false;
  const tokens = tokenize(text);
  if (findDrugMentions(tokens).length > 0 || findConcepts(tokens).length > 0) return false;
  return !tokens.some(
    (token) => isClinicalWord(token.folded) || isClinicalWord(stemFolded(token.folded)),
  );
}

/** «Ryggen.», «Høyre skulder.», «Joa, det er ryggen.»: a body part, not what is wrong with it. */
const bodyPartOnly = new RegExp(
  `^(?:(?:joa?,? )?det er )?(?:høyre |venstre )?(?:${body.slice(1, -1)}|huden|hud)\\.?$`,
  'iu',
);

/** Symptoms said in lay words and the clinical term a note heads with. */
const symptomTerms: readonly (readonly [RegExp, string])[] = [
  [/(?<![\p{L}])feber(?!fri|nedsett|tabl|mål)/giu, 'feber'],
  [/(?<![\p{L}])(?:hoste|hoster|hosta|hostet|hosten|hosting)(?![\p{L}])/giu, 'hoste'],
  [/(?<![\p{L}])svimmel\p{L}*/giu, 'svimmelhet'],
  [/(?<![\p{L}])(?:tung(?:t|re)? i pusten|tungpust\p{L}*|andpusten|pustebesvær)/giu, 'tung pust'],
  [/(?<![\p{L}])(?:angst\p{L}*|panikk\p{L}*)/giu, 'angst'],
  [/(?<![\p{L}])kvalm\p{L}*/giu, 'kvalme'],
  [/(?<![\p{L}])(?:kast(?:er|et|a|ar) opp|oppkast)(?![\p{L}])/giu, 'oppkast'],
  [/(?<![\p{L}])diar[ée]/giu, 'diaré'],
  [/(?<![\p{L}])hodepine/giu, 'hodepine'],
  [/(?<![\p{L}])hjertebank/giu, 'hjertebank'],
  [/(?<![\p{L}])utslett/giu, 'utslett'],
  [
    /(?<![\p{L}])(?:sover (?:dårlig|dårleg|lite|ikke)|får ikke sove|(?:har )?ikke (?:fått )?sov(?:e|et)|søvnvansk\p{L}*|søvnløs\p{L}*)/giu,
    'søvnvansker',
  ],
  [/(?<![\p{L}])(?:trist|nedstemt\p{L}*|deprimert|tungsinn\p{L}*)(?![\p{L}])/giu, 'nedstemthet'],
  [/(?<![\p{L}])(?:sliten|utslitt|slitenhet)(?![\p{L}])/giu, 'slitenhet'],
  [/(?<![\p{L}])(?:klør|kløe)(?![\p{L}])/giu, 'kløe'],
];

const negation =
  /(?<![\p{L}])(?:ikke|ingen|aldri|ikkje|itj|inga|ingi|uten|verken|nei)(?![\p{L}])/iu;

/** Whether the clause before a match denies it («Ikke feber», «ingen smerter i brystet»). */
function deniedAt(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const clauseStart = Math.max(
    before.search(/[^,.!?;]*$/u),
    before.lastIndexOf(' men ') >= 0 ? before.lastIndexOf(' men ') + 5 : 0,
  );
  return negation.test(before.slice(clauseStart));
}

/** The patient speaking of someone else («kona, hun har feber»). */
const otherPerson =
  /(?<![\p{L}])(?:kona|mannen|samboer\p{L}*|mor|far|mamma|pappa|datter\p{L}*|sønn\p{L}*|bror\p{L}*|søster\p{L}*|hun|han|ho|hu)(?![\p{L}])/iu;

/** The clause (between commas and stops) a match at `index` stands in. */
function clauseAt(text: string, index: number): string {
  const start = text.slice(0, index).search(/[^,.!?;]*$/u);
  const end = text.slice(index).search(/[,.!?;]/u);
  return text.slice(start, end < 0 ? text.length : index + end);
}

/**
 * The complaint terms a text names and does not deny, in the order said; with `ownOnly`, not in
 * a clause about someone else («kona, hun har feber»).
 */
export function toComplaintTerms(text: string, ownOnly = false): string[] {
  const found: { readonly at: number; readonly term: string }[] = [];
  const counts = (index: number): boolean =>
    !deniedAt(text, index) && !(ownOnly && otherPerson.test(clauseAt(text, index)));
  for (const match of text.matchAll(painInPart)) {
    const part = match[1]?.toLowerCase() ?? '';
    const term = painTerms.find(([beginning]) => part.startsWith(beginning))?.[1];
    if (term !== undefined && counts(match.index)) found.push({ at: match.index, term });
  }
  for (const [pattern, term] of symptomTerms)
    for (const match of text.matchAll(pattern))
      if (counts(match.index)) found.push({ at: match.index, term });
  const terms: string[] = [];
  for (const { term } of found.sort((one, other) => one.at - other.at))
    if (!terms.includes(term) && !(term === 'hodepine' && terms.includes('hodepine')))
      terms.push(term);
  return terms;
}

/** A duration as a note writes it («i 3 dager»), not an age («er 4 år»). */
const durationPattern =
  /(?<![\p{L}\d])(?<!(?:er|var|blir|for) )(\d+(?:[,–-]\d+)?) (døgn|dager|dag|uker|uke|måneder|måned|år)(?![\p{L}])(?! gammel| siden)/u;

/** «Denne svimmelheten.», «Det er denne hosten.»: a complaint pointed at, not named. */
const pointedAt = /^(?:Det er )?(?:[Dd]enne|[Dd]ette|[Dd]isse) \p{L}+\.?$/u;

const turnOf = (statement: Statement): number | undefined => statement.evidence[0]?.segment;

/** How many turns of the patient or relative, from the reason's on, the complaint is looked for. */
const complaintTurns = 3;

function toLine(terms: readonly string[], duration: string | undefined): string {
  const listed =
    terms.length === 1
      ? (terms[0] ?? '')
      : `${terms.slice(0, -1).join(', ')} og ${terms[terms.length - 1] ?? ''}`;
  const line = duration === undefined ? listed : `${listed} i ${duration}`;
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}.`;
}

function isTold(statement: Statement): boolean {
  return (
    statement.speaker !== 'lege' && (statement.kind === 'history' || statement.kind === 'reason')
  );
}

/**
 * Whether the clinician's last turn before `turn` asked about a complaint by name («Har du hatt
 * feber?»): the answer is a symptom asked for, not the complaint the patient came with.
 */
function answersNamedSymptom(transcript: PseudonymizedTranscript, turn: number): boolean {
  for (let previous = turn - 1; previous >= 0; previous -= 1) {
    const segment = transcript.segments[previous];
    if (segment === undefined) return false;
    if (segment.speaker !== 'lege') continue;
    const asked = segment.text.replace(negation, ' ');
    return /\?/u.test(segment.text) && toComplaintTerms(asked).length > 0;
  }
  return false;
}

/** Whether the turn answers «Hva heter du?»: a name, not a reason for contact. */
function answersNameQuestion(transcript: PseudonymizedTranscript, turn: number): boolean {
  const asked = transcript.segments[turn - 1];
  return (
    asked?.speaker === 'lege' &&
    /(?<![\p{L}])(?:heter du|heiter du|navnet ditt|namnet ditt)(?![\p{L}])/iu.test(asked.text)
  );
}

/** The complaint of the first turn from `from` on that names one, with its statements. */
function findComplaint(
  statements: readonly Statement[],
  from: number,
  transcript: PseudonymizedTranscript,
  turns: number,
): { readonly terms: string[]; readonly sources: Statement[] } | undefined {
  const first = statements[from];
  const startTurn = first === undefined ? undefined : turnOf(first);
  if (startTurn === undefined) return undefined;
  const turnsSeen = new Set<number>();
  for (let index = from; index < statements.length; index += 1) {
    const statement = statements[index];
    const turn = statement === undefined ? undefined : turnOf(statement);
    if (statement === undefined || turn === undefined || turn < startTurn) continue;
    if (!isTold(statement)) continue;
    turnsSeen.add(turn);
    if (turnsSeen.size > turns) return undefined;
    if (answersNamedSymptom(transcript, turn)) continue;
    const ownOnly = statement.speaker === 'pasient';
    const terms = toComplaintTerms(statement.text, ownOnly);
    if (terms.length === 0) continue;
    // The rest of the same turn may name more («Og hun hoster, mest om natta.»); a duration may
    // come before the complaint in it («Ja, 4 dager i dag. Og siden har jeg hatt vondt …»).
    const sources = [statement];
    for (const other of statements) {
      if (other === statement || turnOf(other) !== turn || !isTold(other)) continue;
      const later = statements.indexOf(other) > index;
      const more = later
        ? toComplaintTerms(other.text, other.speaker === 'pasient').filter(
            (term) => !terms.includes(term),
          )
        : [];
      if (!later && toComplaintTerms(other.text).length > 0) continue;
      if (more.length === 0 && !durationPattern.test(other.text)) continue;
      sources.push(other);
      terms.push(...more);
    }
    return { terms: terms.slice(0, 3), sources };
  }
  return undefined;
}

/** A duration said with the complaint, or alone in a short sentence of the same turn. */
function durationOf(sources: readonly Statement[]): string | undefined {
  for (const source of sources) {
    const short = source.text.split(/\s+/u).length <= 5;
    if (!short && toComplaintTerms(source.text).length === 0) continue;
    const match = durationPattern.exec(source.text);
    if (match?.[1] !== undefined && match[2] !== undefined) return `${match[1]} ${match[2]}`;
  }
  return undefined;
}

/** Kontaktårsak as the presenting complaint in clinical terms (see above). */
export function complaintReason(
  analysis: ConversationAnalysis,
  transcript: PseudonymizedTranscript,
): ConversationAnalysis {
  const index = analysis.statements.findIndex((statement) => statement.kind === 'reason');
  const reason = analysis.statements[index];
  if (reason === undefined || reason.speaker === 'lege') return analysis;
  const control = reason.text.startsWith('Kontroll: ') ? 'Kontroll: ' : '';
  const said = reason.text.slice(control.length);
  const withControl = (line: string): string =>
    control === '' ? line : `${control}${line.charAt(0).toLowerCase()}${line.slice(1)}`;
  const ownTerms = toComplaintTerms(said);
  const statements = [...analysis.statements];
  if (ownTerms.length > 0) {
    if (!pointedAt.test(said)) return analysis;
    statements[index] = { ...reason, text: withControl(toLine(ownTerms, undefined)) };
    return { ...analysis, statements };
  }
  const reasonTurn = turnOf(reason);
  const isName =
    reasonTurn !== undefined &&
    answersNameQuestion(transcript, reasonTurn) &&
    said.split(/\s+/u).length <= 3;
  const isSmallTalk =
    isName ||
    (namesNothingClinical(said) &&
      !negation.test(said) &&
      !carriesContent(said) &&
      said.split(/\s+/u).length >= 4);
  // Only a reason that is no complaint is replaced (a name, or small talk naming nothing clinical
  // and no inability: «Har ikke vært på skolen på 3 uker» is a complaint). A long story and a
  // body part alone («Ryggen.») are left as they were: replacing them lengthened held-out v26/v29.
  if (!isSmallTalk) return analysis;
  const complaint = findComplaint(statements, index, transcript, complaintTurns);
  if (complaint === undefined) return analysis;
  const line = withControl(toLine(complaint.terms, durationOf(complaint.sources)));
  const newReason: Statement = {
    ...reason,
    text: line,
    evidence: complaint.sources.flatMap((source) => source.evidence),
  };
  // The old reason stays, as history (the story clauses may go there); only a name said to «Hva
  // heter du?», small talk that carries nothing a note keeps, or a body part alone that the new
  // line names with its complaint («Ryggen.» → «Ryggsmerter.») goes.
  const namedPart = bodyPartOnly.test(said) && toComplaintTerms(line).length > 0;
  const oldReason: Statement[] =
    isName || namedPart || !carriesContent(said)
      ? []
      : [{ ...reason, kind: 'history', text: said, isAdmission: false }];
  statements.splice(index, 1, newReason, ...oldReason);
  return { ...analysis, statements };
}
