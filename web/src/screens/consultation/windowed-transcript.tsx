import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Segment } from '../../api/schemas.js';
import type { TextRange } from '../../lib/evidence.js';
import {
  carryHeights,
  estimateHeight,
  findMatches,
  indexAt,
  toOffsets,
  visibleRange,
  type TextMatch,
} from '../../lib/transcript-window.js';

/** Builds one segment's list item; `hit` marks a search hit in it. */
export type RenderSegment = (
  segment: Segment | undefined,
  index: number,
  hit?: TextRange,
) => ReactNode;

/** Pixels built above and below the visible part, so fast scrolling does not show gaps. */
const overscan = 900;
const maxMatches = 1000;

/** The nearest ancestor that scrolls, or undefined for the page itself. */
function findScroller(element: HTMLElement): HTMLElement | undefined {
  for (let node = element.parentElement; node !== null; node = node.parentElement) {
    const overflow = window.getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return node;
  }
  return undefined;
}

interface Viewport {
  readonly top: number;
  readonly height: number;
}

/**
 * A long transcript, windowed (issue 13): only the segments in and near view are in the page;
 * the rest are held by their height. Evidence and search hits are found in the data, scrolled to
 * by their known position, then built and centred. The browser's own find sees only the built
 * part, so the view has its own search, which Ctrl+F (⌘F) opens while the transcript has focus.
 */
export function WindowedTranscript(props: {
  readonly segments: readonly (Segment | undefined)[];
  readonly highlights: ReadonlyMap<number, readonly TextRange[]> | undefined;
  readonly highlightKey: string | undefined;
  readonly label: string;
  readonly renderSegment: RenderSegment;
}) {
  const { segments } = props;
  const list = useRef<HTMLOListElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLElement | undefined>(undefined);
  /** The last copy of the transcript and the heights known for it (measured or estimated). */
  const known = useRef<
    | { readonly segments: readonly (Segment | undefined)[]; readonly heights: Float64Array }
    | undefined
  >(undefined);
  const heights = useMemo(() => {
    const next = carryHeights(known.current, segments, (segment) =>
      estimateHeight(segment?.text.length ?? 0, 80),
    );
    known.current = { segments, heights: next };
    return next;
  }, [segments]);
  const offsets = useRef<Float64Array>(toOffsets(heights));
  const [range, setRange] = useState({ start: 0, end: Math.min(segments.length, 40) });
  /** A segment to centre once it is built (evidence or a search hit). */
  const pending = useRef<number | undefined>(undefined);
  /**
   * The segment last jumped to. While it is in view it is the anchor that stays put when the
   * segments around it are measured, so a hit does not drift out of view after the jump.
   */
  const pinned = useRef<number | undefined>(undefined);
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<
    | { readonly query: string; readonly matches: readonly TextMatch[]; readonly current: number }
    | undefined
  >();

  useMemo(() => {
    offsets.current = toOffsets(heights);
  }, [heights]);

  const viewport = useCallback((): Viewport | undefined => {
    const element = list.current;
    if (element === null) return undefined;
    const box = scroller.current;
    const listTop = element.getBoundingClientRect().top;
    if (box === undefined) return { top: -listTop, height: window.innerHeight };
    return { top: box.getBoundingClientRect().top - listTop, height: box.clientHeight };
  }, []);

  const update = useCallback(() => {
    const view = viewport();
    if (view === undefined) return;
    const next = visibleRange(offsets.current, view, overscan);
    setRange((current) =>
      current.start === next.start && current.end === next.end ? current : next,
    );
  }, [viewport]);

  useEffect(() => {
    const element = list.current;
    if (element === null) return undefined;
    scroller.current = findScroller(element);
    // The view keeps its place itself when measured heights replace estimates; the browser's own
    // scroll anchoring would move it a second time.
    if (scroller.current !== undefined) scroller.current.style.overflowAnchor = 'none';
    const target: HTMLElement | Window = scroller.current ?? window;
    let frame: number | undefined;
    const onScroll = () => {
      frame ??= window.requestAnimationFrame(() => {
        frame = undefined;
        update();
      });
    };
    target.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    update();
    // Ctrl+F / ⌘F inside the transcript opens its own search, which sees every segment.
    const onKey = (event: KeyboardEvent) => {
      const inside = scroller.current ?? element;
      if (
        (event.ctrlKey || event.metaKey) &&
        event.key.toLowerCase() === 'f' &&
        document.activeElement !== null &&
        inside.contains(document.activeElement)
      ) {
        event.preventDefault();
        searchInput.current?.focus();
        searchInput.current?.select();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      target.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      document.removeEventListener('keydown', onKey);
      if (frame !== undefined) window.cancelAnimationFrame(frame);
    };
  }, [update]);

  // Measure what was built; keep the segment at the top of the view where it was.
  useLayoutEffect(() => {
    const element = list.current;
    if (element === null) return;
    const view = viewport();
    const before = offsets.current;
    const jumped = pinned.current;
    const anchor =
      view === undefined
        ? 0
        : jumped !== undefined &&
            (before[jumped] ?? 0) >= view.top &&
            (before[jumped] ?? 0) < view.top + view.height
          ? jumped
          : indexAt(before, view.top);
    let changed = false;
    for (const item of element.querySelectorAll<HTMLElement>(':scope > li[data-segment]')) {
      const index = Number(item.dataset['segment']);
      const height = item.getBoundingClientRect().height;
      if (height > 0 && Math.abs((heights[index] ?? 0) - height) > 0.5) {
        heights[index] = height;
        changed = true;
      }
    }
    if (changed) {
      const after = toOffsets(heights);
      offsets.current = after;
      const shift = (after[anchor] ?? 0) - (before[anchor] ?? 0);
      const box = scroller.current;
      if (shift !== 0 && pending.current === undefined) {
        if (box === undefined) window.scrollBy(0, shift);
        else box.scrollTop += shift;
      }
    }
    const target = pending.current;
    if (target !== undefined && target >= range.start && target < range.end) {
      pending.current = undefined;
      pinned.current = target;
      const item = element.querySelector<HTMLElement>(`:scope > li[data-segment="${target}"]`);
      const mark = item?.querySelector<HTMLElement>('mark') ?? item;
      mark?.scrollIntoView({ block: 'center' });
    }
    if (changed || target !== undefined) update();
  });

  /** Scrolls to a segment by its known position; it is built and centred on the next render. */
  const scrollToSegment = useCallback((index: number) => {
    const element = list.current;
    if (element === null) return;
    pending.current = index;
    const top = offsets.current[index] ?? 0;
    const box = scroller.current;
    const height = box?.clientHeight ?? window.innerHeight;
    if (box === undefined) {
      window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY + top - height / 2);
    } else {
      const listTop =
        element.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
      box.scrollTop = listTop + top - height / 2;
    }
    const next = visibleRange(offsets.current, { top: top - height / 2, height }, overscan);
    setRange({ start: Math.min(next.start, index), end: Math.max(next.end, index + 1) });
  }, []);

  useEffect(() => {
    if (props.highlightKey === undefined || props.highlights === undefined) return;
    let first: number | undefined;
    for (const index of props.highlights.keys())
      if (first === undefined || index < first) first = index;
    if (first !== undefined) scrollToSegment(first);
  }, [props.highlightKey, props.highlights, scrollToSegment]);

  const go = (step: 1 | -1) => {
    let next = search;
    if (next?.query !== query) {
      next = { query, matches: findMatches(segments, query, maxMatches), current: 0 };
    } else if (next.matches.length > 0) {
      next = {
        ...next,
        current: (next.current + step + next.matches.length) % next.matches.length,
      };
    }
    setSearch(next);
    const match = next.matches[next.current];
    if (match !== undefined) scrollToSegment(match.segment);
  };

  const currentMatch = search?.query === query ? search.matches[search.current] : undefined;
  const total = offsets.current[segments.length] ?? 0;
  const top = offsets.current[range.start] ?? 0;
  const bottom = total - (offsets.current[range.end] ?? total);
  const built = [];
  for (let index = range.start; index < range.end; index += 1) {
    built.push(
      props.renderSegment(
        segments[index],
        index,
        currentMatch?.segment === index ? currentMatch : undefined,
      ),
    );
  }

  return (
    <>
      <form
        className="transcript-search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          go(1);
        }}
      >
        <label htmlFor={`${searchId}-query`}>Søk i samtalen</label>
        <input
          ref={searchInput}
          id={`${searchId}-query`}
          type="search"
          value={query}
          aria-describedby={`${searchId}-status`}
          onChange={(event) => {
            setQuery(event.target.value);
          }}
        />
        <button type="submit" className="button small">
          {search?.query === query && search.matches.length > 1 ? 'Neste' : 'Søk'}
        </button>
        {search?.query === query && search.matches.length > 1 ? (
          <button
            type="button"
            className="button small"
            onClick={() => {
              go(-1);
            }}
          >
            Forrige
          </button>
        ) : null}
        <span id={`${searchId}-status`} className="muted" role="status">
          {search === undefined || search.query !== query
            ? ''
            : search.matches.length === 0
              ? `Ingen treff på «${search.query}».`
              : `Treff ${search.current + 1} av ${search.matches.length === maxMatches ? `over ${maxMatches - 1}` : search.matches.length}`}
        </span>
      </form>
      <ol
        className="transcript"
        ref={list}
        aria-label={props.label}
        style={{
          paddingTop: `${top}px`,
          paddingBottom: `${Math.max(0, bottom)}px`,
          overflowAnchor: 'none',
        }}
      >
        {built}
      </ol>
    </>
  );
}
