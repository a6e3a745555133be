import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePortRun } from './freePorts.ts';

describe('findFreePortRun', () => {
  const held: Server[] = [];
  afterAll(() => held.forEach((server) => server.close()));

  it('skips a run in which one port is taken', async () => {
    const first = await findFreePortRun(5, 29500);
    expect(first).not.toBeNull();
    const blocker = createServer();
    held.push(blocker);
    await new Promise<void>((resolve) => blocker.listen(first! + 2, '127.0.0.1', resolve));
    const next = await findFreePortRun(5, first!);
    expect(next).not.toBeNull();
    expect(next! > first! + 2).toBe(true);
  });

  it('gives up below the ephemeral range', async () => {
    expect(await findFreePortRun(10, 32760)).toBeNull();
  });
});
