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

/** "i 3 uker", "siden mandag", "i flere dager": how long, which says that it lasts. */
const hasDuration =
  /(?<![\p{L}])(?:i|siden|sia|på|de siste|det siste)\s+(?:\d+|en|ei|et|ett|to|tre|fire|fem|seks|noen|flere|fleire|et par|mange|over|snart|nesten|ca\.?|cirka|omtrent|\p{L}+dag(?:en)?)(?![\p{L}])|(?<![\p{L}])(?:lenge|lang tid|månedsvis|ukevis)(?![\p{L}])/iu;

/** "…, og det blir ikke bedre med Paracet": what was tried, for the history. */
const triedTail =
  /,\s+(?:og|men)\s+(?:det|den|han|hun|ho|smertene|smerten)\s+(?:blir|ble|har blitt|går)\s+(?:ikke|ikkje|itj)\s+(?:bedre|betre|over)\s+((?:av|med(?!\s+mindre)|etter|på)\s+[^,.!?]+?)\s*(?=[.!]?$)/iu;

/** A duration said as the note says it, then a spoken "nå": "i 4 dager nå" → "i 4 dager". */
const durationThenNow =
  /(\d+(?:[,–-]\d+)?\s+(?:dager|døgn|uker|måneder|år|timer|dag|uke|måned|time|mnd))\s+(?:nå|no)(?=[,.!]|$)/gu;

/**
 * "Har kjent en kul", "Har oppdaget en føflekk": what was felt or found, as a noun the reason can
 * open with. Anything else after "kjent en" / "merket en" (a quantity, a change, an improvement)
 * is not a complaint's name.
 */
const foundThing =
  /^(?:[Hh]ar )?(?:[Kk]jent|[Mm]erket|[Ff]unnet|[Oo]ppdaget) (?:en |ei |et )(?=(?:kul|klump|kuler|knute|hevelse|kvise|føflekk|flekk|prikk|blemme|vorte|fortykkelse|sår|byll|cyste|utposning|bule)(?![\p{L}]))(\p{Ll})/u;

/** The reason as a short clinical phrase and what it told beyond that, for the history. */
export function toReasonPhrase(text: string): { readonly reason: string; readonly rest?: string } {
  let reason = text;
  let rest: string | undefined;
  const tried = triedTail.exec(reason);
  if (tried?.[1] !== undefined) {
    rest = `Ikke bedre ${tried[1].trim()}.`;
    reason = reason.slice(0, tried.index);
  }
  // "…, og det går ikke over" goes only where a duration says that it lasts (session 35d).
  if (hasDuration.test(reason)) reason = reason.replace(lastsFiller, '');
  reason = reason
    .replace(durationThenNow, '$1')
    // "Har hostet i 3 uker" → "Hoste i 3 uker".
    .replace(
      /^(Kontroll: )?(?:[Hh]ar )?[Hh]ostet(?= (?:i|siden|siste|mye|en|et|de|hele)\s)/u,
      (_m, control: string | undefined) => (control === undefined ? 'Hoste' : `${control}hoste`),
    )
    // "Har kjent en kul" → "Kul"; "Har merket en flekk" → "Flekk". Only before a thing one
    // feels or finds: "Har kjent en del smerter" is no "Del smerter", "Har merket en bedring" no
    // complaint (session 35d); those stay as said.
    .replace(foundThing, (_m, first: string) => first.toUpperCase())
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
