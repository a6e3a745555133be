import { createServer } from 'node:net';
import { PORT_CEILING } from './portPlan.ts';

// A run of free ports for the servers and relays. Ports are checked by binding them on 127.0.0.1
// and letting go at once; a JVM or relay that still loses a race at bind time reports it, and the
// bridge starts over with the next run (real-zookeeper.md, Ports).

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** The lowest base from `from` (stepping by `count`) whose `count` ports are all free; null when none is below the ceiling. */
export async function findFreePortRun(count: number, from: number): Promise<number | null> {
  for (let base = from; base + count - 1 <= PORT_CEILING; base += count) {
    let free = true;
    for (let port = base; port < base + count && free; port++) free = await bindable(port);
    if (free) return base;
  }
  return null;
}
