import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { createAdmissionGate, registerAdmissionGate, ServerBusyError } from './admission-gate.js';

const never = new Promise<void>(() => undefined);
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('createAdmissionGate', () => {
  it('works on at most `slots` requests and admits the waiting ones in arrival order', async () => {
    const gate = createAdmissionGate({ slots: 2, maxWaiting: 10 });
    const first = await gate.enter(never);
    const second = await gate.enter(never);
    const admitted: number[] = [];
    const waiting = [3, 4, 5].map((order) =>
      gate.enter(never).then((release) => {
        admitted.push(order);
        return release;
      }),
    );
    await tick();
    expect(admitted).toEqual([]);
    expect(gate.waiting).toBe(3);
    second();
    await tick();
    expect(admitted).toEqual([3]);
    first();
    await tick();
    expect(admitted).toEqual([3, 4]);
    for (const release of await Promise.all(waiting.slice(0, 2))) release();
    await tick();
    expect(admitted).toEqual([3, 4, 5]);
    (await waiting[2])?.();
    expect(gate.active).toBe(0);
  });

  it('refuses with 503 once `maxWaiting` requests already wait', async () => {
    const gate = createAdmissionGate({ slots: 1, maxWaiting: 1 });
    await gate.enter(never);
    void gate.enter(never);
    await expect(gate.enter(never)).rejects.toBeInstanceOf(ServerBusyError);
  });

  it('gives up the place of a caller who left while queued, so the slot goes to the next', async () => {
    const gate = createAdmissionGate({ slots: 1, maxWaiting: 10 });
    const holder = await gate.enter(never);
    const caller: { leave?: () => void } = {};
    const left = new Promise<void>((resolve) => {
      caller.leave = resolve;
    });
    let leaverAdmitted = false;
    void gate.enter(left).then(() => {
      leaverAdmitted = true;
    });
    const next = gate.enter(never);
    caller.leave?.();
    await tick();
    expect(gate.waiting).toBe(1);
    holder();
    const release = await next;
    expect(leaverAdmitted).toBe(false);
    release();
    expect(gate.active).toBe(0);
  });

  it('releases a slot once however often its release is called', async () => {
    const gate = createAdmissionGate({ slots: 1, maxWaiting: 10 });
    const release = await gate.enter(never);
    release();
    release();
    expect(gate.active).toBe(0);
    await gate.enter(never);
    expect(gate.active).toBe(1);
  });
});

describe('registerAdmissionGate', () => {
  it('stores a draft whose engine finishes while the queue is full instead of losing it', async () => {
    const server = Fastify();
    registerAdmissionGate(server, { slots: 1, maxWaiting: 1 });
    let openEngine: () => void = () => undefined;
    const engineOpen = new Promise<void>((resolve) => {
      openEngine = resolve;
    });
    const engine = { entered: false };
    let openHolder: () => void = () => undefined;
    const holderOpen = new Promise<void>((resolve) => {
      openHolder = resolve;
    });
    server.post('/api/draft', { config: { releasesSlotForEngine: true } }, async (request) => {
      const result = await request.whileEngineRuns(async () => {
        engine.entered = true;
        await engineOpen;
        return 'utkast';
      });
      return { stored: result };
    });
    server.get('/api/hold', async () => {
      await holderOpen;
      return { held: true };
    });
    server.get('/api/quick', () => ({ quick: true }));
    await server.ready();
    const draft = server.inject({ method: 'POST', url: '/api/draft', payload: {} });
    while (!engine.entered) await tick();
    // The draft gave its slot back: one request takes it and another fills the queue.
    const holder = server.inject({ method: 'GET', url: '/api/hold' });
    await tick();
    const queued = server.inject({ method: 'GET', url: '/api/quick' });
    await tick();
    openEngine();
    await tick();
    openHolder();
    const [drafted, held, quick] = await Promise.all([draft, holder, queued]);
    expect(drafted.statusCode).toBe(200);
    expect(drafted.json()).toEqual({ stored: 'utkast' });
    expect(held.statusCode).toBe(200);
    expect(quick.statusCode).toBe(200);
    await server.close();
  });
});
