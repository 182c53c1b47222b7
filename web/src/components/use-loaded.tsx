import { useCallback, useEffect, useRef, useState } from 'react';
import { toUserMessage } from '../api/api-client.js';
import { Notice } from './notice.js';

/** Data a screen section fetched, with its loading and error state. */
export interface Loaded<T> {
  /** The last answer, kept while a reload runs (so a poll does not blank the section). */
  readonly data: T | undefined;
  /** Norwegian, for the user, when the last load failed. */
  readonly error: string | undefined;
  readonly loading: boolean;
  /** Loads again; an answer that arrives after a newer request is dropped. */
  readonly reload: () => Promise<void>;
  /** Puts an answer the section already has (from a change it made) in place of the data. */
  readonly replace: (value: T) => void;
}

/**
 * One way for the admin sections to load what they show: fetched on mount, reloadable, an error
 * as a Norwegian message, and no state set after the section is gone. `load` may change between
 * renders; the latest one is used.
 */
export function useLoaded<T>(load: () => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [loading, setLoading] = useState(true);
  const latestLoad = useRef(load);
  latestLoad.current = load;
  const requests = useRef(0);
  const mounted = useRef(true);

  const reload = useCallback(async () => {
    requests.current += 1;
    const request = requests.current;
    setLoading(true);
    try {
      const value = await latestLoad.current();
      if (!mounted.current || request !== requests.current) return;
      setData(value);
      setError(undefined);
    } catch (caught: unknown) {
      if (!mounted.current || request !== requests.current) return;
      setError(toUserMessage(caught));
    } finally {
      if (mounted.current && request === requests.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    mounted.current = true;
    void reload();
    return () => {
      mounted.current = false;
    };
  }, [reload]);

  const replace = useCallback((value: T) => {
    requests.current += 1;
    setData(value);
    setError(undefined);
    setLoading(false);
  }, []);

  return { data, error, loading, reload, replace };
}

/**
 * What a section shows while its data is missing: «Henter …» during the first load, or why it
 * could not be fetched with «Prøv igjen». Once data is there, only a failed reload is shown.
 */
export function LoadedStatus<T>(props: {
  readonly loaded: Loaded<T>;
  /** What is fetched, in the definite form: «innstillingene», «brukerne», «modellene». */
  readonly what: string;
}) {
  const { loaded, what } = props;
  if (loaded.error !== undefined) {
    return (
      <Notice kind="error" title={`Kunne ikke hente ${what}`}>
        <p>{loaded.error}</p>
        <button
          type="button"
          className="button small"
          disabled={loaded.loading}
          onClick={() => void loaded.reload()}
        >
          {loaded.loading ? 'Prøver igjen …' : 'Prøv igjen'}
        </button>
      </Notice>
    );
  }
  if (loaded.data === undefined) {
    return (
      <p className="muted" role="status">
        Henter {what} …
      </p>
    );
  }
  return null;
}
