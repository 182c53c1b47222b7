import { useEffect, useRef } from 'react';
import { matchShortcut, type ShortcutAction } from '../lib/shortcuts.js';

/** Runs `handler` when the clinician presses the shortcut for `action`, anywhere on the page. */
export function useShortcut(action: ShortcutAction, handler: (() => void) | undefined): void {
  const latest = useRef(handler);
  latest.current = handler;
  const enabled = handler !== undefined;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (matchShortcut(event) !== action) return;
      event.preventDefault();
      latest.current?.();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [action, enabled]);
}
