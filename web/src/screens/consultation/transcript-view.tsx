import { useEffect, useId, useRef } from 'react';
import type { Segment } from '../../api/schemas.js';
import { splitHighlighted, type TextRange } from '../../lib/evidence.js';
import { formatDuration } from '../../lib/format.js';
import { speakerLabels, speakers, type Speaker } from '../../lib/labels.js';

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

  useEffect(() => {
    if (props.highlightKey === undefined) return;
    const first = list.current?.querySelector<HTMLElement>('mark');
    if (first === null || first === undefined) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    first.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  }, [props.highlightKey]);

  if (props.segments.length === 0) {
    return <p className="muted">Ingen tekst ennå.</p>;
  }

  return (
    <ol className="transcript" ref={list} aria-label={props.label ?? 'Transkripsjon'}>
      {props.segments.map((segment, index) => {
        if (segment === undefined) return null;
        const ranges = props.highlights?.get(index) ?? [];
        const pieces = splitHighlighted(segment.text, ranges);
        return (
          <li
            key={index}
            className={`segment speaker-${segment.speaker}${ranges.length > 0 ? ' has-evidence' : ''}`}
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
      })}
    </ol>
  );
}
