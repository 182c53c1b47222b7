/*
 * Normal examination findings the way a Norwegian clinician writes them. Speech retells each check
 * ("Hjertelyden er regelmessig, ingen bilyd. Fin respirasjonslyd på begge sider, ingen knatrelyder,
 * ingen pipelyder. Magen er bløt, ingen ømhet. Krafta er lik … Sensibiliteten er lik …"); a note
 * says "Cor/pulm u.a. Abdomen bløtt, uømt. Nevrologisk: kraft, sensibilitet og reflekser u.a.".
 * Only a statement whose every part says "normal" is condensed: one abnormal word ("uregelmessig",
 * "knatrelyder" not denied, "øm") keeps the statement as it was said. Evidence is merged, so each
 * condensed line still points at every sentence it stands for. Runs on the terse clinician findings.
 */
import type { ConversationAnalysis, Statement } from './analyze-conversation.js';

const isClinicianFinding = (statement: Statement): boolean =>
  statement.kind === 'finding' &&
  (statement.speaker === 'lege' || statement.speaker === 'sykepleier');

/** The parts of a finding: "Hjertet regelmessig, ingen bilyd." → ["hjertet regelmessig", "ingen bilyd"]. */
function partsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[.!]$/u, '')
    .split(/,\s*|\s+og\s+/u)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Words that only say a part is as it should be, after the organ is taken off. */
const normalPart =
  /^(?:(?:er|e|lytter|høres|hører|slår|ser|kjennes|virker) )?(?:(?:helt|fint|fin|normalt?) )?(?:regelmessig|regelmessige|normal|normale|normalt|fin|fine|fint|rolig|bilateralt|symmetrisk|symmetriske|u\.a\.|(?:ingen|uten) (?:bilyd|bilyder|knatrelyder|knatring|pipelyder|piping|fremmedlyder|krepitasjoner|ronki|sibilanter|tilleggslyder)(?: bilateralt)?|(?:fin|normal|god|vesikulær) respirasjonslyd(?: bilateralt)?|respirasjonslyd(?:en)? (?:normal|fin|vesikulær)(?: bilateralt)?)$/u;

const heartHead = /^(?:hjertet|hjertelyden|hjertelydene|hjertelyd|cor)(?: |$)/u;
const lungHead =
  /^(?:lungene|lungelyden|lungelydene|lungelyd|pulm|respirasjonslyden)(?: |$)|^(?=(?:fin|normal|god|vesikulær) respirasjonslyd)/u;

/** Whether a finding only says the heart (or the lungs) is normal. */
function isNormalOrgan(text: string, head: RegExp): boolean {
  const parts = partsOf(text);
  const first = parts[0];
  if (first === undefined || !head.test(first)) return false;
  const rest = [first.replace(head, '').trim(), ...parts.slice(1)].filter(
    (part) => part.length > 0,
  );
  return rest.length > 0 && rest.every((part) => normalPart.test(part));
}

const abdomenHead = /^(?:magen|abdomen|buken)(?: er| e)? (?:bløt|bløtt|myk|mykt)$/u;
const abdomenNormalPart =
  /^(?:ingen (?:ømhet|palpasjonsømhet|oppfylling|oppfyllinger|slippømhet|muskelvern|défense|defense)|uøm|uømt|ikke øm|ikke ømt|normale tarmlyder|tarmlydene? (?:er )?normale?)$/u;

/** "Magen bløt, ingen ømhet." → "Abdomen bløtt, uømt."; undefined when anything is abnormal. */
function toAbdomen(text: string): string | undefined {
  const parts = partsOf(text);
  const first = parts[0];
  if (first === undefined || !abdomenHead.test(first)) return undefined;
  const rest = parts.slice(1);
  if (!rest.every((part) => abdomenNormalPart.test(part))) return undefined;
  const tender = rest.some((part) => /^(?:ingen ømhet|uøm|uømt|ikke øm|ikke ømt)$/u.test(part));
  const others = rest.filter((part) => !/^(?:ingen ømhet|uøm|uømt|ikke øm|ikke ømt)$/u.test(part));
  return `Abdomen bløtt${tender ? ', uømt' : ''}${others.map((part) => `, ${part}`).join('')}.`;
}

/** One normal neurological check and the word a note lists it by. */
const neurologicalChecks: readonly (readonly [RegExp, string])[] = [
  [/^kranienerv(?:ene|er|ane|ar)?(?: er)? (?:normale|fine|intakte|u\.a\.)$/u, 'kranienerver'],
  [/^kraft(?:en|a)?(?: er)? (?:lik|symmetrisk|normal|god)(?: bilateralt)?$/u, 'kraft'],
  [/^sensibilitet(?:en)?(?: er)? (?:lik|symmetrisk|normal)(?: bilateralt)?$/u, 'sensibilitet'],
  [/^reflekse(?:ne|r)?(?: er)? (?:like|symmetriske|normale)(?: bilateralt)?$/u, 'reflekser'],
  [/^romberg(?: er)? (?:normal|negativ|u\.a\.)$/u, 'Romberg'],
  [/^gange(?:n)?(?: er)? (?:normal|fin|u\.a\.)$/u, 'gange'],
];

/** The list word of a finding that is one normal neurological check, if it is one. */
function neurologicalCheckOf(text: string): string | undefined {
  const parts = partsOf(text);
  if (parts.length !== 1 || parts[0] === undefined) return undefined;
  const part = parts[0];
  return neurologicalChecks.find(([pattern]) => pattern.test(part))?.[1];
}

function listed(words: readonly string[]): string {
  return words.length < 2
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} og ${words.at(-1) ?? ''}`;
}

/**
 * Condenses the clinician's normal heart, lung, abdominal and neurological findings (see the
 * file comment). Every other statement is kept as it is, in its place.
 */
export function condenseNormalFindings(analysis: ConversationAnalysis): ConversationAnalysis {
  const statements: Statement[] = [];
  let heart: number | undefined;
  let lungs: number | undefined;
  let neurological: { index: number; checks: string[] } | undefined;
  for (const statement of analysis.statements) {
    if (!isClinicianFinding(statement)) {
      statements.push(statement);
      neurological = undefined;
      continue;
    }
    const check = neurologicalCheckOf(statement.text);
    if (check !== undefined) {
      const run = neurological === undefined ? undefined : statements[neurological.index];
      if (neurological !== undefined && run !== undefined) {
        neurological.checks.push(check);
        statements[neurological.index] = {
          ...run,
          text: `Nevrologisk: ${listed(neurological.checks)} u.a.`,
          evidence: [...run.evidence, ...statement.evidence],
        };
      } else {
        neurological = { index: statements.length, checks: [check] };
        statements.push(statement);
      }
      continue;
    }
    neurological = undefined;
    const isHeart = isNormalOrgan(statement.text, heartHead);
    const isLungs = !isHeart && isNormalOrgan(statement.text, lungHead);
    if (isHeart || isLungs) {
      // The other organ already condensed: one line, "Cor/pulm u.a.", where the first was said.
      const other = isHeart ? lungs : heart;
      const earlier = other === undefined ? undefined : statements[other];
      if (other !== undefined && earlier !== undefined) {
        statements[other] = {
          ...earlier,
          text: 'Cor/pulm u.a.',
          evidence: [...earlier.evidence, ...statement.evidence],
        };
        heart = undefined;
        lungs = undefined;
        continue;
      }
      if (isHeart) heart = statements.length;
      else lungs = statements.length;
      statements.push({ ...statement, text: isHeart ? 'Cor u.a.' : 'Pulm u.a.' });
      continue;
    }
    const abdomen = toAbdomen(statement.text);
    statements.push(abdomen === undefined ? statement : { ...statement, text: abdomen });
  }
  return { ...analysis, statements };
}
