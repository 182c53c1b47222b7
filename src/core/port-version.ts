import { ConfigError } from './errors.js';

/**
 * The specification version of each port this build speaks (as vercel/ai's
 * `specificationVersion`). Every adapter states the version it implements; the composition root
 * checks it, so an adapter written against another version of a port (a plug-in compiled
 * elsewhere, an engine loaded at run time) is refused at start-up with a plain message instead of
 * failing at its first call. Raise a port's version when its contract changes incompatibly.
 */
export const portSpecificationVersions = {
  drafter: 'v1',
  transcriber: 'v1',
  store: 'v1',
  'fhir-sender': 'v1',
  'audit-log': 'v1',
} as const;

/** A port with a specification version. */
export type VersionedPort = keyof typeof portSpecificationVersions;

/** The version an adapter of `port` must state in its `specificationVersion`. */
export type PortSpecificationVersion<Port extends VersionedPort> =
  (typeof portSpecificationVersions)[Port];

/**
 * Throws `ConfigError` unless `adapter.specificationVersion` is the version of `port` this build
 * speaks. Returns the adapter, so the root can check where it wires.
 */
export function checkPortVersion<Adapter>(port: VersionedPort, adapter: Adapter): Adapter {
  const expected = portSpecificationVersions[port];
  const stated =
    typeof adapter === 'object' && adapter !== null && 'specificationVersion' in adapter
      ? adapter.specificationVersion
      : undefined;
  if (stated !== expected) {
    throw new ConfigError([
      `the ${port} adapter implements specification ${typeof stated === 'string' ? stated : '(none)'}, but this version of Referent needs ${expected}`,
    ]);
  }
  return adapter;
}
