import type { Evidence } from '../../core/index.js';
import { foldText } from '../../language/index.js';

/** Where a line of dictated text starts: after a spoken «ny linje» or «nytt avsnitt». */
export type LineBreak = 'line' | 'paragraph';

/** One sentence as the clinician dictated it, with the commands carried out. */
export interface DictatedSentence {
  readonly text: string;
  /** The words it was made from (command words excluded), one span per segment touched. */
  readonly evidence: readonly Evidence[];
  readonly breakBefore?: LineBreak;
}

/** The text under one spoken heading, or before the first one (`heading` undefined). */
export interface DictatedPart {
  /** The section key the heading named, when it named one of the template's sections. */
  readonly sectionKey?: string;
  /** The heading's words as said, when they named no section. */
  readonly unknownHeading?: string;
  readonly sentences: readonly DictatedSentence[];
}

export interface Dictation {
  readonly parts: readonly DictatedPart[];
  /** How many spoken commands (punctuation, line breaks, headings, deletions) were carried out. */
  readonly commands: number;
}

/** A section the clinician can name in «overskrift …», with the names it goes by. */
export interface HeadingName {
  readonly key: string;
  /** Folded (lower case, no diacritics) names, one or more words each. */
  readonly names: readonly string[];
}

/** A segment of the dictation: a paragraph of written text, or a stretch of speech (timed). */
export interface DictationSegment {
  readonly text: string;
  readonly start?: number;
}

interface Token {
  readonly text: string;
  /** Folded, without surrounding punctuation: what commands are matched against. */
  readonly word: string;
  readonly segment: number;
  readonly start: number;
  readonly end: number;
  /** A line break in the source text just before this token (typed or pasted text). */
  readonly lineBefore: boolean;
  /** The first token of a paragraph of written text (a segment without a time). */
  readonly paragraphStart: boolean;
}

interface Piece {
  text: string;
  readonly evidence?: Evidence;
}

/** Spoken punctuation (Norwegian dictation conventions) and the mark it stands for. */
const punctuationWords: Readonly<Record<string, string>> = {
  punktum: '.',
  komma: ',',
  kolon: ':',
  semikolon: ';',
  sporsmalstegn: '?',
  utropstegn: '!',
  tankestrek: '–',
};
const sentenceEnds = new Set(['.', '?', '!']);
const deleteVerbs = new Set(['stryk', 'slett', 'fjern']);
const lastWords = new Set(['siste', 'forrige']);
/** Abbreviations whose full stop does not end a sentence. */
const abbreviation =
  /^(?:dr|ca|ev|evt|kl|nr|pas|mht|jf|iht|bl\.a|f\.eks|t\.o\.m|o\.l|ds|us|pr)\.$/iu;

function toTokens(segments: readonly DictationSegment[]): Token[] {
  const tokens: Token[] = [];
  segments.forEach((segment, index) => {
    let previousEnd = 0;
    let first = true;
    for (const match of segment.text.matchAll(/\S+/gu)) {
      const start = match.index;
      const text = match[0];
      tokens.push({
        text,
        word: foldText(text.replace(/^[«»"'([]+|[.,:;!?«»"')\]]+$/gu, '')),
        segment: index,
        start,
        end: start + text.length,
        lineBefore: !first && segment.text.slice(previousEnd, start).includes('\n'),
        // Speech-to-text cuts speech where it pauses; only written text has paragraphs.
        paragraphStart: first && segment.start === undefined,
      });
      previousEnd = start + text.length;
      first = false;
    }
  });
  return tokens;
}

/**
 * Reads a dictation (issue 13): the clinician's own words, in order, with the spoken commands
 * carried out instead of written — punctuation («punktum», «komma», «kolon», «semikolon»,
 * «spørsmålstegn», «utropstegn», «tankestrek»), layout («ny linje», «linjeskift», «nytt avsnitt»),
 * headings («overskrift vurdering» moves to that section) and corrections («stryk siste setning»,
 * «stryk siste ord»). Nothing is summarised or reworded; a full stop written by speech-to-text
 * or typed by hand ends a sentence too, and a spoken mark replaces one already there.
 */
export function readDictation(
  segments: readonly DictationSegment[],
  headings: readonly HeadingName[],
): Dictation {
  const tokens = toTokens(segments);
  const parts: { sectionKey?: string; unknownHeading?: string; sentences: DictatedSentence[] }[] = [
    { sentences: [] },
  ];
  let current: Piece[] = [];
  let pendingBreak: LineBreak | undefined;
  let commands = 0;
  const part = () => parts[parts.length - 1] ?? { sentences: [] };

  const finish = (): void => {
    const pieces = current.filter((piece) => piece.text.length > 0);
    current = [];
    if (pieces.length === 0) return;
    let text = pieces.map((piece) => piece.text).join(' ');
    text = text.charAt(0).toUpperCase() + text.slice(1);
    const sentences = part().sentences;
    const breakBefore = sentences.length === 0 ? undefined : pendingBreak;
    pendingBreak = undefined;
    sentences.push({
      text,
      evidence: toEvidence(pieces),
      ...(breakBefore === undefined ? {} : { breakBefore }),
    });
  };
  const lineBreak = (kind: LineBreak): void => {
    finish();
    if (part().sentences.length === 0) return;
    if (pendingBreak !== 'paragraph') pendingBreak = kind;
  };
  const attach = (mark: string): void => {
    const last = current[current.length - 1];
    if (last === undefined) return;
    if (mark === '–') {
      current.push({ text: mark });
      return;
    }
    // «dager, punktum»: the spoken mark replaces the one speech-to-text already wrote.
    last.text = last.text.replace(/[.,:;!?]+$/u, '') + mark;
    if (sentenceEnds.has(mark)) finish();
  };
  const deleteLastSentence = (): void => {
    if (current.length > 0) {
      current = [];
      return;
    }
    for (let index = parts.length - 1; index >= 0; index -= 1) {
      const sentences = parts[index]?.sentences;
      if (sentences !== undefined && sentences.length > 0) {
        sentences.pop();
        return;
      }
    }
  };

  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) continue;
    const next = tokens[index + 1]?.word;
    const afterNext = tokens[index + 2]?.word;
    if (token.paragraphStart && index > 0) lineBreak('paragraph');
    else if (token.lineBefore) lineBreak('line');

    if (
      deleteVerbs.has(token.word) &&
      next !== undefined &&
      lastWords.has(next) &&
      (afterNext === 'setning' ||
        afterNext === 'setningen' ||
        afterNext === 'ord' ||
        afterNext === 'ordet')
    ) {
      if (afterNext.startsWith('setning')) deleteLastSentence();
      else current.pop();
      commands += 1;
      index += 2;
      continue;
    }
    if ((token.word === 'ny' && next === 'linje') || token.word === 'linjeskift') {
      lineBreak('line');
      commands += 1;
      if (token.word === 'ny') index += 1;
      continue;
    }
    if (
      (token.word === 'nytt' && next === 'avsnitt') ||
      (token.word === 'ny' && next === 'paragraf')
    ) {
      lineBreak('paragraph');
      commands += 1;
      index += 1;
      continue;
    }
    if (token.word === 'overskrift' && next !== undefined) {
      finish();
      pendingBreak = undefined;
      const heading = matchHeading(tokens, index + 1, headings);
      commands += 1;
      if (heading === undefined) {
        parts.push({ unknownHeading: tokens[index + 1]?.text ?? '', sentences: [] });
        index += 1;
      } else {
        parts.push({ sectionKey: heading.key, sentences: [] });
        index += heading.words;
      }
      // «overskrift vurdering kolon»: the mark belongs to the heading, not to the text after it.
      const following = tokens[index + 1]?.word;
      if (following === 'kolon' || following === 'punktum') index += 1;
      continue;
    }
    const mark = punctuationWords[token.word];
    if (mark !== undefined) {
      attach(mark);
      commands += 1;
      continue;
    }
    current.push({
      text: token.text,
      evidence: { segment: token.segment, start: token.start, end: token.end },
    });
    if (/[.!?]$/u.test(token.text) && !abbreviation.test(token.text)) {
      // «4. november»: an ordinal, not a full stop, when a small letter follows.
      const nextText = tokens[index + 1]?.text ?? '';
      if (!(/\d\.$/u.test(token.text) && /^\p{Ll}/u.test(nextText))) finish();
    }
  }
  finish();
  return {
    parts: parts.filter(
      (entry, index) => index === 0 || entry.sentences.length > 0 || entry.sectionKey !== undefined,
    ),
    commands,
  };
}

/** The longest section name (up to four words) that the words after «overskrift» spell out. */
function matchHeading(
  tokens: readonly Token[],
  from: number,
  headings: readonly HeadingName[],
): { readonly key: string; readonly words: number } | undefined {
  for (let length = 4; length >= 1; length -= 1) {
    const words = tokens.slice(from, from + length);
    if (words.length < length) continue;
    const said = words.map((token) => token.word).join(' ');
    const found = headings.find((heading) => heading.names.includes(said));
    if (found !== undefined) return { key: found.key, words: length };
  }
  return undefined;
}

/** One evidence span per segment the sentence's words came from. */
function toEvidence(pieces: readonly Piece[]): Evidence[] {
  const spans: Evidence[] = [];
  for (const piece of pieces) {
    const evidence = piece.evidence;
    if (evidence === undefined) continue;
    const last = spans[spans.length - 1];
    if (last?.segment === evidence.segment) {
      spans[spans.length - 1] = { ...last, end: evidence.end };
    } else {
      spans.push(evidence);
    }
  }
  return spans;
}
