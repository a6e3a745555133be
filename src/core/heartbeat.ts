import { ms } from './narrate.ts';
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
  for (const peer of s.peers()) s.send(peer, message);
}

export function onHeartbeat(s: ZkServer, from: ServerId, claimedLeader: ServerId | null): void {
  if (s.cfg.detector !== 'all-to-all') return;
  s.heartbeatHeard.set(from, s.nowMs);
  // A heartbeat says "alive", not "still leading": a restarted leader is alive but LOOKING.
  if (s.learner && s.learner.leaderId === from && claimedLeader !== from && s.learner.phase === 'serving') {
    s.emit('peer-suspected', `Server ${s.id} hears from its leader ${from}, but ${from} no longer claims to lead: it starts an election.`, { peers: [from] });
    s.becomeLooking(`its leader ${from} no longer leads`);
    return;
  }
  if (s.heartbeatSuspected.delete(from)) {
    s.emit('peer-recovered', `Server ${s.id} hears server ${from} again: it no longer suspects it.`, { peers: [from] });
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
    s.emit('peer-suspected', `Server ${s.id} suspects server ${peer}: no heartbeat for ${ms(silentMs)} > timeout ${ms(s.cfg.timeoutMs)}.`, { peers: [peer] });
    if (s.learner && s.learner.leaderId === peer) {
      s.becomeLooking(`it suspects its leader ${peer} (heartbeat timeout ${ms(s.cfg.timeoutMs)})`);
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
