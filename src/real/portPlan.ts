import type { ServerId } from '../core/types.ts';

// Where every server and every relay listens. Each server's zoo.cfg points its *peers* at relay
// ports (one pair per directed server pair), so the relay sees both ends of every connection.
// Ports stay below 32768, where Linux hands out ephemeral ports (real-zookeeper.md, Ports).

export interface ServerPorts {
  id: ServerId;
  clientPort: number;
  /** The server's own quorum (leader ↔ learner) and election ports. */
  quorumPort: number;
  electionPort: number;
}

/** The relay that carries `from`'s connections to `to`: `from`'s config lists `to` at these ports. */
export interface RelayPorts {
  from: ServerId;
  to: ServerId;
  quorumPort: number;
  electionPort: number;
}

export interface PortPlan {
  basePort: number;
  servers: ServerPorts[];
  relays: RelayPorts[];
}

/** The highest port a plan may use: the start of Linux's ephemeral range is 32768. */
export const PORT_CEILING = 32767;

export function portsNeeded(serverCount: number): number {
  return 3 * serverCount + 2 * serverCount * (serverCount - 1);
}

/** A contiguous plan from `basePort`: servers first (client, quorum, election), then relays by (from, to). */
export function planPorts(ids: readonly ServerId[], basePort: number): PortPlan {
  const end = basePort + portsNeeded(ids.length) - 1;
  if (!Number.isInteger(basePort) || basePort < 1024 || end > PORT_CEILING) {
    throw new RangeError(`ports ${basePort}…${end} must lie within 1024…${PORT_CEILING}`);
  }
  let next = basePort;
  const servers = ids.map((id) => ({ id, clientPort: next++, quorumPort: next++, electionPort: next++ }));
  const relays: RelayPorts[] = [];
  for (const from of ids) {
    for (const to of ids) {
      if (from !== to) relays.push({ from, to, quorumPort: next++, electionPort: next++ });
    }
  }
  return { basePort, servers, relays };
}

export function serverPorts(plan: PortPlan, id: ServerId): ServerPorts {
  const found = plan.servers.find((s) => s.id === id);
  if (!found) throw new RangeError(`server ${id} is not in the plan`);
  return found;
}

export function relayPorts(plan: PortPlan, from: ServerId, to: ServerId): RelayPorts {
  const found = plan.relays.find((r) => r.from === from && r.to === to);
  if (!found) throw new RangeError(`no relay from ${from} to ${to}`);
  return found;
}
