import type { ServerId } from '../core/types.ts';
import type { SimCluster } from '../sim/cluster.ts';
import type { Action, TimedStep } from '../sim/scenario.ts';
import type { StepContext } from '../sim/scenario/statements/contract.ts';
import { actionStatementFor } from '../sim/scenario/statements/index.ts';
import { percentOf, type RecordedStep } from './recording.ts';
import type { ClusterDriver } from './types.ts';

// Replays a recorded (or written) script in the simulated driver, through the same commands the
// page's buttons call, so the replay records itself again and the run is the same bit for bit.
//
// When a command runs. A person acts between animation frames, once the simulator has handled
// every event up to and including the current ms (the driver settles same-ms events first). A
// replayed step at T therefore runs after every event at T, including those that other events at
// T schedule at T, and before anything later. One queued call per distinct time does that: it
// queues itself again at T while other events at T wait, then runs that time's steps in order.

/** What a replay drives: the simulated driver's commands (the ClusterDriver ones) and its cluster. */
export type ReplayTarget = Pick<
  ClusterDriver,
  'start' | 'crash' | 'kill' | 'pause' | 'resume' | 'restart' | 'isolate' | 'cut' | 'restoreLink' | 'partition' | 'healFault' | 'healAll' | 'setDrop' | 'setDelay' | 'connectClient' | 'clientOp' | 'disconnectClient'
> & {
  readonly simCluster: SimCluster | null;
  /** Records a step the page has no command for (`write`, `heal`, …), once replay applied it. */
  recordApplied(action: Action): void;
};

/** Queues the steps on the target's cluster, each to run at its time as described above. */
export function scheduleSteps(target: ReplayTarget, steps: readonly RecordedStep[]): void {
  const cluster = target.simCluster;
  if (!cluster) return;
  const byTime = new Map<number, Action[]>();
  for (const step of steps) {
    if (step.action.type === 'start') continue; // every server starts at 0 in the page
    const at = byTime.get(step.atMs);
    if (at) at.push(step.action);
    else byTime.set(step.atMs, [step.action]);
  }
  for (const [atMs, actions] of byTime) {
    const fire = (): void => {
      if (cluster.nextEventMs === atMs) cluster.schedule(atMs, fire);
      else for (const action of actions) applyAction(target, cluster, atMs, action);
    };
    cluster.schedule(atMs, fire);
  }
}

function nodesOf(cluster: SimCluster, ref: number | 'leader' | 'all'): ServerId[] {
  if (ref === 'all') return cluster.ids;
  if (ref === 'leader') {
    const leader = cluster.currentLeader();
    return leader === null ? [] : [leader];
  }
  return [ref];
}

/** One step, through the page's command for it when there is one. */
export function applyAction(target: ReplayTarget, cluster: SimCluster, atMs: number, action: Action): void {
  switch (action.type) {
    case 'start':
      return;
    case 'crash':
    case 'kill':
    case 'pause':
    case 'resume':
    case 'restart':
      for (const id of nodesOf(cluster, action.node)) target[action.type](id);
      return;
    case 'partition':
      return target.partition(action.groups.map((g) => [...g]));
    case 'isolate':
      return target.isolate(action.node);
    case 'cut':
      return target.cut({ from: action.from, to: action.to }, action.both);
    case 'restore':
      return target.restoreLink({ from: action.from, to: action.to }, action.both);
    case 'heal-all':
      return target.healAll();
    case 'heal-fault':
      return target.healFault(action.fault);
    case 'drop':
      return target.setDrop(percentOf(action.rate), action.link);
    case 'delay':
      return target.setDelay(action.latencyMs, action.jitterMs, action.link);
    case 'connect':
      return target.connectClient(action.client, action.server, action.timeoutMs ?? 3 * cluster.settings.tickTimeMs);
    case 'create':
      target.clientOp(action.client, { type: 'create', path: action.path, value: action.value, mode: action.mode });
      return;
    case 'set':
      target.clientOp(action.client, { type: 'set', path: action.path, value: action.value, version: action.version ?? -1 });
      return;
    case 'delete':
      target.clientOp(action.client, { type: 'delete', path: action.path, version: action.version ?? -1 });
      return;
    case 'get':
      target.clientOp(action.client, { type: 'get', path: action.path });
      return;
    case 'close':
      target.clientOp(action.client, { type: 'close' });
      return;
    case 'disconnect':
      return target.disconnectClient(action.client);
    case 'heal':
    case 'heal-link':
    case 'duplicate':
    case 'write':
      return applyStatement(target, cluster, atMs, action);
  }
}

/** A step with no page command runs as the command-line simulator runs it, and is recorded. */
function applyStatement(target: ReplayTarget, cluster: SimCluster, atMs: number, action: Action): void {
  const statement = actionStatementFor(action);
  const step: TimedStep = { atMs, line: 0, text: statement.print(action), action };
  const context: StepContext = { cluster, step, watchFault: () => {}, skipped: () => {} };
  statement.run(action, context);
  target.recordApplied(action);
}
