import { useEffect, useState } from 'react';
import type { Capabilities } from '../api/schemas.js';
import { useApp } from '../app-context.js';

/**
 * What the installation can do (speech-to-text, sending to the record system), fetched when the
 * screen opens. `undefined` while it is being asked; `failed` when the server could not say, in
 * which case screens offer everything and let the server's own refusal speak.
 */
export function useCapabilities(): Capabilities | 'failed' | undefined {
  const { api } = useApp();
  const [capabilities, setCapabilities] = useState<Capabilities | 'failed' | undefined>();
  useEffect(() => {
    let cancelled = false;
    api.getCapabilities().then(
      (result) => {
        if (!cancelled) setCapabilities(result);
      },
      () => {
        if (!cancelled) setCapabilities('failed');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api]);
  return capabilities;
}
