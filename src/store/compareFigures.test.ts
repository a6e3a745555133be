import { describe, expect, it } from 'vitest';
import { MessageLog } from '../driver/messageLog.ts';
import { MessageCounter } from './compareFigures.ts';
import { shareUrl } from './share.ts';

// The message counts beside each cluster, read from its (growing, shared) message log: every
// message once, heartbeats and pings apart; a new run's log starts from nothing. And compare mode's
// share link, which names the set-up instead of carrying a script.

function log(types: string[]): MessageLog {
  const l = new MessageLog({ sampled: false, capacity: 64 });
  types.forEach((type, i) => l.append(1, 2, type, i, i + 1, false, null));
  return l;
}

describe('MessageCounter', () => {
  it('counts each message once as the log grows', () => {
    const counter = new MessageCounter();
    const l = log(['heartbeat', 'ping', 'heartbeat', 'notification']);
    expect(counter.read(l)).toEqual({ total: 4, heartbeats: 2, pings: 1 });
    const same = counter.read(l);
    expect(counter.read(l)).toBe(same);
    l.append(2, 1, 'ping', 9, 10, false, null);
    expect(counter.read(l)).toEqual({ total: 5, heartbeats: 2, pings: 2 });
  });

  it('starts again for another log, and reads no log as nothing sent', () => {
    const counter = new MessageCounter();
    counter.read(log(['heartbeat', 'heartbeat']));
    expect(counter.read(log(['ping']))).toEqual({ total: 1, heartbeats: 0, pings: 1 });
    expect(counter.read(null)).toEqual({ total: 0, heartbeats: 0, pings: 0 });
  });
});

describe('compare share link', () => {
  it('names the set-up and the moment, with no script', () => {
    expect(shareUrl({ pageUrl: 'http://host:1/app/?compare=crash-vs-kill&lang=zh#x', encodedScript: '', atMs: 12_345.6, recordedWith: 'simulated', speed: 5, compare: 'crash-vs-kill' })).toBe(
      'http://host:1/app/?compare=crash-vs-kill&speed=5&at=12345',
    );
    expect(shareUrl({ pageUrl: 'http://host:1/', encodedScript: 'q', atMs: 0, recordedWith: 'live', compare: 'tick-tuning' })).toBe('http://host:1/?compare=tick-tuning&at=0');
  });
});
