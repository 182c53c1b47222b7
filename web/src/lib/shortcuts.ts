/**
 * Keyboard shortcuts (issue 6, quality bar). Alt plus a letter: free in Chromium, Firefox and
 * Edge on Windows and Linux, and matched on the physical key (`code`) so that keyboard layouts and
 * macOS Option characters do not change them.
 */

export type ShortcutAction = 'record' | 'next-flag' | 'approve' | 'copy-section';

export interface Shortcut {
  readonly action: ShortcutAction;
  readonly code: string;
  /** For `aria-keyshortcuts`. */
  readonly aria: string;
  /** As shown to the clinician. */
  readonly label: string;
  readonly description: string;
}

export const shortcuts: readonly Shortcut[] = [
  {
    action: 'record',
    code: 'KeyR',
    aria: 'Alt+R',
    label: 'Alt + R',
    description: 'Ta opp / stopp opptaket',
  },
  {
    action: 'next-flag',
    code: 'KeyN',
    aria: 'Alt+N',
    label: 'Alt + N',
    description: 'Gå til neste merkede setning',
  },
  { action: 'approve', code: 'KeyG', aria: 'Alt+G', label: 'Alt + G', description: 'Godkjenn' },
  {
    action: 'copy-section',
    code: 'KeyK',
    aria: 'Alt+K',
    label: 'Alt + K',
    description: 'Kopier avsnittet du står i',
  },
];

/** The subset of a KeyboardEvent the matcher reads. */
export interface KeyLike {
  readonly code: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

export function matchShortcut(event: KeyLike): ShortcutAction | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  return shortcuts.find((shortcut) => shortcut.code === event.code)?.action;
}

export function getShortcut(action: ShortcutAction): Shortcut {
  const shortcut = shortcuts.find((candidate) => candidate.action === action);
  if (shortcut === undefined) throw new Error(`unknown shortcut ${action}`);
  return shortcut;
}
