/** Formatting of times and durations as Norwegian clinicians read them. */

const minuteMs = 60_000;

/**
 * How long until the automatic erasure, e.g. «11 t 42 min», «8 min», «under 1 min».
 * Rounds down so the screen never promises more time than there is.
 */
export function formatTimeLeft(expiresAtMs: number, nowMs: number): string {
  const leftMs = expiresAtMs - nowMs;
  if (leftMs <= 0) return 'slettes nå';
  if (leftMs < minuteMs) return 'under 1 min';
  const totalMinutes = Math.floor(leftMs / minuteMs);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return `${minutes} min`;
  if (minutes === 0) return `${hours} t`;
  return `${hours} t ${minutes} min`;
}

/** A clock time «09:05» in Norwegian local time. */
export function formatClock(timeMs: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('nb-NO', {
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(new Date(timeMs));
}

/** A recording duration «03:07» (minutes:seconds), or «1:03:07» past an hour. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const pad = (value: number): string => value.toString().padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${pad(minutes)}:${pad(rest)}`;
}

/** Joins names as Norwegian lists them: «a», «a og b», «a, b og c». */
export function joinNorwegian(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1] ?? ''}`;
}

/** A date «25.05.1991» from «1991-05-25»; other input is shown as it is. */
export function formatIsoDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match === null ? isoDate : `${match[3] ?? ''}.${match[2] ?? ''}.${match[1] ?? ''}`;
}
