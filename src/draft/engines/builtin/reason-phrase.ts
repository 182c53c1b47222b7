/*
 * Kontaktårsak as one short clinical phrase (session 34i): "Har hostet i 3 uker nå, og det vil
 * ikke gi seg." → "Hoste i 3 uker."; "Har kjent en kul på halsen i 2 uker." → "Kul på halsen i 2
 * uker."; "Tett i nesa og hatt vondt i pannen i 10 dager nå" → "Tett i nesa og vondt i pannen i 10
 * dager". What the complaint did not do ("…, og det blir ikke bedre med Paracet") is a fact of the
 * history and goes there, with the same evidence; a filler that only says it lasts ("…, og det går
 * ikke over") goes, since the duration says it.
 */
import type { ConversationAnalysis } from './analyze-conversation.js';

/** "…, og det går ikke over", "…, og at det ikke vil gi seg": the duration already says it. */
const lastsFiller =
  /,?\s+(?:og|men)\s+(?:at\s+)?(?:det|den|han|hun|ho)\s+(?:(?:går|gikk|vil|ville|gir|har)\s+(?:liksom\s+|bare\s+|fortsatt\s+)?(?:ikke|ikkje|itj)|(?:ikke|ikkje|itj)\s+(?:går|vil|gir))\s+(?:over|gi seg|gått over|gitt seg|bort|forsvinne)\s*(?=[.!]?$)/iu;

/** "…, og det blir ikke bedre med Paracet": what was tried, for the history. */
const triedTail =
  /,\s+(?:og|men)\s+(?:det|den|han|hun|ho|smertene|smerten)\s+(?:blir|ble|har blitt|går)\s+(?:ikke|ikkje|itj)\s+(?:bedre|betre|over)\s+((?:av|med|etter|på)\s+[^,.!?]+?)\s*(?=[.!]?$)/iu;

/** A duration said as the note says it, then a spoken "nå": "i 4 dager nå" → "i 4 dager". */
const durationThenNow =
  /(\d+(?:[,–-]\d+)?\s+(?:dager|døgn|uker|måneder|år|timer|dag|uke|måned|time|mnd))\s+(?:nå|no)(?=[,.!]|$)/gu;

/** The reason as a short clinical phrase and what it told beyond that, for the history. */
export function toReasonPhrase(text: string): { readonly reason: string; readonly rest?: string } {
  let reason = text;
  let rest: string | undefined;
  const tried = triedTail.exec(reason);
  if (tried?.[1] !== undefined) {
    rest = `Ikke bedre ${tried[1].trim()}.`;
    reason = reason.slice(0, tried.index);
  }
  reason = reason
    .replace(lastsFiller, '')
    .replace(durationThenNow, '$1')
    // "Har hostet i 3 uker" → "Hoste i 3 uker".
    .replace(
      /^(Kontroll: )?(?:[Hh]ar )?[Hh]ostet(?= (?:i|siden|siste|mye|en|et|de|hele)\s)/u,
      (_m, control: string | undefined) => (control === undefined ? 'Hoste' : `${control}hoste`),
    )
    // "Har kjent en kul" → "Kul"; "Har merket en flekk" → "Flekk".
    .replace(
      /^(?:[Hh]ar )?(?:[Kk]jent|[Mm]erket|[Ff]unnet|[Oo]ppdaget) (?:en |ei |et )(\p{Ll})/u,
      (_m, first: string) => first.toUpperCase(),
    )
    // "Tett i nesa og hatt vondt i pannen" → "Tett i nesa og vondt i pannen".
    .replace(
      / og (?:har )?hatt (?=(?:vondt|feber|hoste|smerter|utslett|diaré|kvalme)(?![\p{L}]))/u,
      ' og ',
    )
    .trim();
  if (!/[.!?]$/u.test(reason)) reason = `${reason.replace(/[,;:]$/u, '')}.`;
  // Too little left for a reason: the text stays as said.
  if (
    reason
      .replace(/[^\p{L}\d]+/gu, ' ')
      .trim()
      .split(' ').length < 2
  )
    return { reason: text };
  return rest === undefined ? { reason } : { reason, rest };
}

/** Kontaktårsak as a short phrase; what it told beyond that goes first in the history. */
export function reasonPhrase(analysis: ConversationAnalysis): ConversationAnalysis {
  const index = analysis.statements.findIndex((statement) => statement.kind === 'reason');
  const reason = analysis.statements[index];
  if (reason === undefined || reason.speaker === 'lege') return analysis;
  const { reason: text, rest } = toReasonPhrase(reason.text);
  if (text === reason.text && rest === undefined) return analysis;
  const statements = [...analysis.statements];
  statements.splice(
    index,
    1,
    { ...reason, text },
    ...(rest === undefined
      ? []
      : [{ ...reason, kind: 'history' as const, text: rest, isAdmission: false }]),
  );
  return { ...analysis, statements };
}
