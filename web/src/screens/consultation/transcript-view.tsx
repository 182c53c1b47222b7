import {
  createContext,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
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
  const watcher = useMemo(() => createBlockWatcher(), []);
  useEffect(
    () => () => {
      watcher.disconnect();
    },
    [watcher],
  );

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

  const renderSegment = (segment: Segment | undefined, index: number) => {
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
  };

  // A long consultation (a 3 MB transcript is tens of thousands of segments) is rendered in
  // blocks: only blocks near the visible part are built, the rest hold their measured height.
  if (props.segments.length <= blockSize * 4) {
    return (
      <ol className="transcript" ref={list} aria-label={props.label ?? 'Transkripsjon'}>
        {props.segments.map(renderSegment)}
      </ol>
    );
  }
  const blocks: number[] = [];
  for (let start = 0; start < props.segments.length; start += blockSize) blocks.push(start);
  return (
    <BlockWatcherContext.Provider value={watcher}>
      <ol className="transcript" ref={list} aria-label={props.label ?? 'Transkripsjon'}>
        {blocks.map((start) => {
          const end = Math.min(start + blockSize, props.segments.length);
          let highlighted = false;
          for (const index of props.highlights?.keys() ?? []) {
            if (index >= start && index < end) highlighted = true;
          }
          return (
            <TranscriptBlock key={start} start={start} forceVisible={highlighted || start === 0}>
              {() =>
                props.segments
                  .slice(start, end)
                  .map((segment, offset) => renderSegment(segment, start + offset))
              }
            </TranscriptBlock>
          );
        })}
      </ol>
    </BlockWatcherContext.Provider>
  );
}

/** One IntersectionObserver for every block of a transcript (thousands of blocks, one observer). */
function createBlockWatcher() {
  const listeners = new Map<Element, (near: boolean) => void>();
  let observer: IntersectionObserver | undefined;
  const ensure = () => {
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
      },
      { rootMargin: '1500px 0px' },
    );
    return observer;
  };
  return {
    watch(element: Element, listener: (near: boolean) => void): () => void {
      listeners.set(element, listener);
      ensure().observe(element);
      return () => {
        listeners.delete(element);
        observer?.unobserve(element);
      };
    },
    disconnect(): void {
      observer?.disconnect();
      listeners.clear();
    },
  };
}

const BlockWatcherContext = createContext<ReturnType<typeof createBlockWatcher> | undefined>(
  undefined,
);

/** Segments per block of the windowed rendering. */
const blockSize = 50;

/**
 * One block of segments: built when it comes within a screen or two of view (or holds evidence to
 * show), otherwise an empty list item with the block's last measured (or estimated) height, so
 * the scroll bar stays honest.
 */
function TranscriptBlock(props: {
  readonly start: number;
  readonly forceVisible: boolean;
  readonly children: () => ReactNode;
}) {
  const placeholder = useRef<HTMLLIElement>(null);
  const container = useRef<HTMLLIElement>(null);
  const [near, setNear] = useState(false);
  const height = useRef(blockSize * 80);
  const visible = near || props.forceVisible;
  const watcher = useContext(BlockWatcherContext);

  useEffect(() => {
    const element = visible ? container.current : placeholder.current;
    if (element === null || watcher === undefined) return undefined;
    return watcher.watch(element, (isNear) => {
      if (!isNear && container.current !== null)
        height.current = container.current.getBoundingClientRect().height;
      setNear(isNear);
    });
  }, [visible, watcher]);

  if (!visible) {
    return (
      <li
        ref={placeholder}
        className="transcript-block pending"
        aria-hidden="true"
        style={{ height: `${height.current}px` }}
      />
    );
  }
  return (
    <li ref={container} className="transcript-block" data-block={props.start}>
      <ol className="transcript-block-list">{props.children()}</ol>
    </li>
  );
}
