import { describe, expect, it } from 'vitest';
import type { Exporting } from './consultations/index.js';
import { createTestApp } from './testing/test-app.js';

describe('start-up (issue 14)', () => {
  it('loads what the first export needs before it serves a request', async () => {
    const events: string[] = [];
    const exporting: Exporting = {
      preload: () => events.push('preloaded'),
      toText: () => ({ sections: [], fullText: '', disclosure: '' }),
      toFhir: () => ({}),
      validateFhir: () => ({ ok: true }),
    };
    const test = await createTestApp({ capabilities: { exporting } });
    try {
      events.push('serving');
      await test.app.server.inject({ method: 'GET', url: '/healthz' });
      expect(events).toEqual(['preloaded', 'serving']);
    } finally {
      await test.close();
    }
  });
});
