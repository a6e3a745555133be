import { parseHostCommand, type ChildMessage, type HostCommand } from './childProtocol.ts';
import { ChildSession } from './childSession.ts';

// The child process the client host forks (child_process.fork, under tsx's loader): it runs every
// ZooKeeper session of its host on node-zookeeper-client. An exception the library throws where
// nobody can catch it ends this process, never the bridge; the host starts a fresh one.

const sessions = new Map<string, ChildSession>();

function send(message: ChildMessage): void {
  if (process.connected) process.send?.(message);
}

function refuse(key: string, detail: string): void {
  send({ type: 'failed', key, callId: null, detail });
}

function open(command: Extract<HostCommand, { type: 'open' }>): void {
  const existing = sessions.get(command.key);
  if (existing && !existing.isEnded) return refuse(command.key, 'a session with this key is open');
  try {
    sessions.set(command.key, new ChildSession(command.key, command.servers, command.firstServer, command.timeoutMs, send));
  } catch (error) {
    refuse(command.key, error instanceof Error ? error.message : String(error));
  }
}

function dispatch(command: HostCommand): void {
  if (command.type === 'open') return open(command);
  const session = sessions.get(command.key);
  if (!session || session.isEnded) return refuse(command.key, 'no open session with this key');
  if (command.type === 'op') session.op(command.callId, command.op);
  else if (command.type === 'close') session.close(null);
  else session.walk(command.walkId);
}

process.on('message', (raw: unknown) => {
  const parsed = parseHostCommand(raw);
  if (parsed.ok) dispatch(parsed.value);
  else refuse('', `unreadable command: ${parsed.problem}`);
});

// The host is gone (it stopped, or crashed): nobody is left to report to, and the servers expire
// whatever sessions remain.
process.on('disconnect', () => process.exit(0));

send({ type: 'ready' });
