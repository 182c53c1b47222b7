import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { ApiClient } from './api/api-client.js';
import type { User } from './api/schemas.js';
import type { Route } from './lib/router.js';
import type { Workspace } from './workspace.js';

/** What every screen may use; passed down, never imported as a singleton. */
export interface AppServices {
  readonly api: ApiClient;
  readonly workspace: Workspace;
  readonly user: User;
  readonly navigate: (route: Route) => void;
  /** Says something to screen-reader users (aria-live) without moving focus. */
  readonly announce: (message: string) => void;
  readonly now: () => number;
}

export const AppContext = createContext<AppServices | undefined>(undefined);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (services === undefined) throw new Error('useApp outside AppContext');
  return services;
}

/** Re-renders when the workspace (draft jobs, autosave states) changes. */
export function useWorkspaceVersion(): number {
  const { workspace } = useApp();
  return useSyncExternalStore(workspace.subscribe, workspace.getVersion);
}

/** The current time, refreshed every `intervalMs` (for countdowns). */
export function useNow(intervalMs: number): number {
  const { now } = useApp();
  const [time, setTime] = useState(now);
  useEffect(() => {
    const timer = window.setInterval(() => {
      setTime(now());
    }, intervalMs);
    return () => {
      window.clearInterval(timer);
    };
  }, [intervalMs, now]);
  return time;
}
