import { detectionOf, type ActionRecord } from '../host/actionRecords.ts';
import type { SimCluster } from './cluster.ts';
import type { TimedStep } from './scenario.ts';

// The action records a driver would log for a script step (crash, kill, pause, resume, isolate,
// partition, cut, heal), so the fault metrics read a scenario run exactly as they read the page's
// timeline. The runner hands them to the metrics only: its own timeline keeps the step's 'fault'
// record, which already tells the story in the script's words.

/** Called before the step runs: `wasLeading` and the named leader are read from the cluster as it was. */
export function actionRecordsOf(cluster: SimCluster, step: TimedStep): ActionRecord[] {
  const a = step.action;
  const t = cluster.nowMs;
  switch (a.type) {
    case 'crash':
    case 'kill':
    case 'pause':
    case 'resume': {
      const type = a.type;
      const ids = a.node === 'all' ? cluster.ids : a.node === 'leader' ? [cluster.currentLeader()].filter((id) => id !== null) : [a.node];
      // As the drivers do: an action that changes nothing logs nothing.
      const applies = (id: number) => (type === 'pause' ? cluster.status(id) === 'up' : type === 'resume' ? cluster.status(id) === 'paused' : cluster.status(id) !== 'down');
      return ids.filter(applies).map((node): ActionRecord => {
        if (type === 'crash') return { t, kind: 'crash', node, wasLeading: cluster.server(node).role === 'leading', detection: detectionOf(cluster.settings) };
        if (type === 'kill') return { t, kind: 'kill', node };
        return type === 'pause' ? { t, kind: 'pause', node } : { t, kind: 'resume', node };
      });
    }
    case 'partition':
      return [{ t, kind: 'partition', node: null, peers: a.groups.flat(), groups: a.groups }];
    case 'cut':
      return [{ t, kind: 'cut', node: a.from, peers: [a.to], link: { from: a.from, to: a.to }, both: a.both }];
    case 'heal':
    case 'heal-all':
      return [{ t, kind: 'heal', node: null, fault: null }];
    default:
      return [];
  }
}
