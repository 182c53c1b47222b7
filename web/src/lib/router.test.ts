import { describe, expect, it } from 'vitest';
import { parseRoute, toPath } from './router.js';

describe('parseRoute', () => {
  it('reads every screen from its path and back', () => {
    for (const path of [
      '/',
      '/ny',
      '/admin',
      '/revisjon',
      '/konsultasjon/0b7c6f0e-1d2a-4c55-9d59-1f6f4b8b2a10',
    ]) {
      expect(toPath(parseRoute(path))).toBe(path);
    }
  });

  it('treats unknown paths as not found and tolerates a trailing slash', () => {
    expect(parseRoute('/finnes-ikke').name).toBe('not-found');
    expect(parseRoute('/ny/')).toEqual({ name: 'new' });
  });
});
