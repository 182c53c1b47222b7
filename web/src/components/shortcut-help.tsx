import { shortcuts } from '../lib/shortcuts.js';

/** The keyboard shortcuts, listed where they apply. */
export function ShortcutHelp() {
  return (
    <details className="shortcut-help">
      <summary>Hurtigtaster</summary>
      <dl>
        {shortcuts.map((shortcut) => (
          <div key={shortcut.action}>
            <dt>
              <kbd>{shortcut.label}</kbd>
            </dt>
            <dd>{shortcut.description}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
