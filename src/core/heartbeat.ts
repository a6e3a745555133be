import type { ZkServer } from './server.ts';
import type { PeerWatch, ServerId } from './types.ts';

// The seed article's detector: every node heartbeats every node each heartbeatMs and suspects a peer
// when now − lastHeartbeat > timeoutMs. A follower that suspects its leader starts an election.
// It costs N·(N−1) messages per interval, which the playground shows next to ZooKeeper's pings.

export function startHeartbeats(s: ZkServer): void {
  for (const peer of s.peers()) s.heartbeatHeard.set(peer, s.nowMs);
  sendHeartbeats(s);
  s.setTimer('heartbeat', s.nowMs + s.cfg.heartbeatMs);
}

function sendHeartbeats(s: ZkServer): void {
  const leader = s.role === 'leading' ? s.id : s.learner ? s.learner.leaderId : null;
  const message = { type: 'heartbeat' as const, leader, epoch: s.durable.currentEpoch };
  for (const peer of s.peers()) s.sendElection(peer, message);
}

export function onHeartbeat(s: ZkServer, from: ServerId, claimedLeader: ServerId | null): void {
  if (s.cfg.detector !== 'all-to-all') return;
  s.heartbeatHeard.set(from, s.nowMs);
  // A heartbeat says "alive", not "still leading": a restarted leader is alive but LOOKING.
  if (s.learner && s.learner.leaderId === from && claimedLeader !== from && s.learner.phase === 'serving') {
    s.emit({ kind: 'peer-suspected', cause: 'leader-stopped-leading', peer: from, peers: [from] });
    s.becomeLooking({ why: 'leader-stopped-leading', leader: from });
    return;
  }
  if (s.heartbeatSuspected.delete(from)) {
    s.emit({ kind: 'peer-recovered', peer: from, peers: [from] });
  }
}

export function onHeartbeatTimer(s: ZkServer): void {
  if (s.cfg.detector !== 'all-to-all') return;
  sendHeartbeats(s);
  s.setTimer('heartbeat', s.nowMs + s.cfg.heartbeatMs);
  for (const [peer, heardMs] of s.heartbeatHeard) {
    const silentMs = s.nowMs - heardMs;
    if (silentMs <= s.cfg.timeoutMs || s.heartbeatSuspected.has(peer)) continue;
    s.heartbeatSuspected.add(peer);
    s.emit({ kind: 'peer-suspected', cause: 'heartbeat-timeout', peer, silentMs, limitMs: s.cfg.timeoutMs, peers: [peer] });
    if (s.learner && s.learner.leaderId === peer) {
      s.becomeLooking({ why: 'leader-heartbeat-timeout', leader: peer, timeoutMs: s.cfg.timeoutMs });
    }
  }
}

export function heartbeatWatches(s: ZkServer, nowMs: number): PeerWatch[] {
  const watches: PeerWatch[] = [];
  for (const [peer, lastHeardMs] of s.heartbeatHeard) {
    watches.push({ peer, lastHeardMs, timeoutMs: s.cfg.timeoutMs, suspected: nowMs - lastHeardMs > s.cfg.timeoutMs });
  }
  return watches;
}
