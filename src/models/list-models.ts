import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { modelCatalog, type ModelCatalogEntry } from './model-catalog.js';
import { formatBytes } from './format-progress-bar.js';
import { modelsDirectory } from './pull-model.js';

/** One line of `referent models list`. */
export interface ModelListing {
  /** The catalogue name, or the file name for a file that is not in the catalogue. */
  readonly name: string;
  readonly description: string;
  readonly path: string;
  readonly installed: boolean;
  /** Size on disk when installed. */
  readonly bytes?: number;
  readonly inCatalog: boolean;
  /** Whether `pull` can verify it without `--sha256`. */
  readonly hasVerifiedHash: boolean;
}

/**
 * The catalogue's models with whether each is installed in `<dataDir>/models/`, followed by any
 * other model files placed there by hand. Does not hash files (a large model takes seconds).
 */
export async function listModels(
  dataDir: string,
  catalog: readonly ModelCatalogEntry[] = modelCatalog,
): Promise<ModelListing[]> {
  const directory = modelsDirectory(dataDir);
  let files: string[] = [];
  try {
    files = (await readdir(directory)).filter((file) => !file.startsWith('.'));
  } catch {
    files = [];
  }
  const listings: ModelListing[] = [];
  for (const entry of catalog) {
    const path = join(directory, entry.fileName);
    const bytes = files.includes(entry.fileName) ? await fileSize(path) : undefined;
    listings.push({
      name: entry.name,
      description: entry.description,
      path,
      installed: bytes !== undefined,
      ...(bytes === undefined ? {} : { bytes }),
      inCatalog: true,
      hasVerifiedHash: entry.sha256 !== null,
    });
  }
  const known = new Set(catalog.map((entry) => entry.fileName));
  for (const file of files.sort()) {
    if (known.has(file) || !file.endsWith('.bin')) continue;
    const path = join(directory, file);
    const bytes = await fileSize(path);
    if (bytes === undefined) continue;
    listings.push({
      name: file,
      description: 'model file placed in the data directory',
      path,
      installed: true,
      bytes,
      inCatalog: false,
      hasVerifiedHash: false,
    });
  }
  return listings;
}

async function fileSize(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

/** `referent models list` output: one line per model, installed ones marked, sizes in MB/GB. */
export function formatModelList(listings: readonly ModelListing[]): string {
  const width = Math.max(...listings.map((listing) => listing.name.length), 4);
  return listings
    .map((listing) => {
      const mark = listing.installed ? '*' : ' ';
      const size = listing.bytes === undefined ? '' : `  ${formatBytes(listing.bytes)}`;
      const verification =
        listing.inCatalog && !listing.hasVerifiedHash ? '  (pull needs --sha256)' : '';
      return `${mark} ${listing.name.padEnd(width)}  ${listing.description}${size}${verification}`;
    })
    .join('\n');
}
