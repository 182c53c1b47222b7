import { useEffect, useId, useRef } from 'react';
import type { Segment } from '../../api/schemas.js';
import { splitHighlighted, type TextRange } from '../../lib/evidence.js';
import { formatDuration } from '../../lib/format.js';
import { speakerLabels, speakers, type Speaker } from '../../lib/labels.js';
import { WindowedTranscript, type RenderSegment } from './windowed-transcript.js';

/** From this many segments on, the transcript is windowed (and searched in the data). */
const windowedFrom = 200;

/**
 * The conversation, segment by segment. Evidence for the selected sentence is marked and the first
 * marked segment is scrolled into view; speaker labels can be corrected when `onSpeakerChange` is
 * given.
 */
export function TranscriptView(props: {
  readonly segments: readonly (Segment | undefined)[];
  readonly highlights?: ReadonlyMap<number, readonly TextRange[]>;
  /** Changes whenever the selection changes, so the view scrolls even to the same segment again. */
  readonly highlightKey?: string;
  readonly onSpeakerChange?: (index: number, speaker: Speaker) => void;
  readonly label?: string;
}) {
  const list = useRef<HTMLOListElement>(null);
  const idPrefix = useId();
  const windowed = props.segments.length > windowedFrom;

  useEffect(() => {
    // The windowed view scrolls to evidence itself: the segment may not be built yet.
    if (props.highlightKey === undefined || windowed) return;
    const first = list.current?.querySelector<HTMLElement>('mark');
    if (first === null || first === undefined) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    first.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  }, [props.highlightKey, windowed]);

  if (props.segments.length === 0) {
    return <p className="muted">Ingen tekst ennå.</p>;
  }

  const renderSegment: RenderSegment = (segment, index, hit) => {
    if (segment === undefined) return null;
    const ranges = props.highlights?.get(index) ?? [];
    // Evidence wins where both are marked; a search hit alone is marked as the hit.
    const pieces = splitHighlighted(
      segment.text,
      ranges.length > 0 || hit === undefined ? ranges : [hit],
    );
    return (
      <li
        key={index}
        className={`segment speaker-${segment.speaker}${ranges.length > 0 ? ' has-evidence' : ''}${hit === undefined ? '' : ' search-current'}`}
        data-segment={index}
      >
        <div className="segment-meta">
          {props.onSpeakerChange === undefined ? (
            <span className="speaker">{speakerLabels[segment.speaker]}</span>
          ) : (
            <span className="speaker-select">
              <label className="visually-hidden" htmlFor={`${idPrefix}-speaker-${index}`}>
                Hvem snakker i avsnitt {index + 1}
              </label>
              <select
                id={`${idPrefix}-speaker-${index}`}
                value={segment.speaker}
                onChange={(event) => {
                  props.onSpeakerChange?.(index, event.target.value as Speaker);
                }}
              >
                {speakers.map((speaker) => (
                  <option key={speaker} value={speaker}>
                    {speakerLabels[speaker]}
                  </option>
                ))}
              </select>
            </span>
          )}
          {typeof segment.start === 'number' ? (
            <span className="muted time">{formatDuration(segment.start)}</span>
          ) : null}
        </div>
        <p className="segment-text">
          {pieces.map((piece, pieceIndex) =>
            piece.highlighted ? (
              <mark key={pieceIndex}>{piece.text}</mark>
            ) : (
              <span key={pieceIndex}>{piece.text}</span>
            ),
          )}
        </p>
      </li>
    );
  };

  // A long consultation (a 3 MB transcript is tens of thousands of segments) is windowed: only
  // the segments near the visible part are built (issue 13).
  if (props.segments.length <= windowedFrom) {
    return (
      <ol className="transcript" ref={list} aria-label={props.label ?? 'Transkripsjon'}>
        {props.segments.map((segment, index) => renderSegment(segment, index))}
      </ol>
    );
  }
  return (
    <WindowedTranscript
      segments={props.segments}
      highlights={props.highlights}
      highlightKey={props.highlightKey}
      label={props.label ?? 'Transkripsjon'}
      renderSegment={renderSegment}
    />
  );
}
