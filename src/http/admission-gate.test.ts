import { describe, expect, it } from 'vitest';
import { createAdmissionGate, ServerBusyError } from './admission-gate.js';

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
