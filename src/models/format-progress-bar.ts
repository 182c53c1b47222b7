/**
 * One line of download progress for a terminal, e.g.
 * `[##########----------]  50%  74.0 MB / 148.0 MB`; without a known total, only the bytes so far.
 */
export function formatProgressBar(received: number, total: number | undefined, width = 30): string {
  const barWidth = Math.max(1, Math.floor(width));
  if (total === undefined || total <= 0) {
    return `[${'?'.repeat(barWidth)}]  ${formatBytes(received)}`;
  }
  const fraction = Math.min(1, Math.max(0, received / total));
  const filled = Math.floor(fraction * barWidth);
  const percent = String(Math.floor(fraction * 100)).padStart(3, ' ');
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${percent}%  ${formatBytes(received)} / ${formatBytes(total)}`;
}

/** Bytes in decimal units (as model sizes are published). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
}
