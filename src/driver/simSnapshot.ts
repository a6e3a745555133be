import type { DataTree } from '../core/dataTree.ts';
import type { ZnodeData } from '../core/types.ts';
import type { SimCluster } from '../sim/cluster.ts';
import type { ActiveFault } from '../net/network.ts';
import { linkStateOf } from './linkState.ts';
import type { DeliveryHealth, DriverSnapshot, InvariantStatus, LinkState, NodeSnapshot } from './types.ts';

// Builds the UI's picture of a SimCluster. It runs once per animation frame, so everything that
// rarely changes (faults, links, invariants, data trees) is cached and rebuilt only on change.

interface TreeCache {
  zxid: number;
  count: number;
  nodes: ZnodeData[];
}

export class SimSnapshotter {
  private networkRevision = -1;
  private faults: ActiveFault[] = [];
  private links: LinkState = { cuts: [], partition: null };
  private violationCount = -1;
  private invariants: InvariantStatus = { ok: true, violations: [] };
  private readonly trees = new WeakMap<DataTree, TreeCache>();

  snapshot(cluster: SimCluster, health: DeliveryHealth): DriverSnapshot {
    this.refreshNetwork(cluster);
    this.refreshInvariants(cluster);
    const atMs = cluster.nowMs;
    const nodes: NodeSnapshot[] = cluster.views().map((view) => ({
      ...view,
      // A down server watches nothing: its stale timestamps would otherwise look like live ages.
      watches: view.status === 'down' ? [] : view.watches,
      atMs,
      tree: this.treeOf(cluster.server(view.id).tree),
    }));
    return { timeMs: atMs, nodes, clients: cluster.clientViews(), faults: this.faults, invariants: this.invariants, health, links: this.links };
  }

  private refreshNetwork(cluster: SimCluster): void {
    if (cluster.network.revision === this.networkRevision) return;
    this.networkRevision = cluster.network.revision;
    this.faults = cluster.network.activeFaults();
    this.links = linkStateOf(cluster.network.toJSON());
  }

  private refreshInvariants(cluster: SimCluster): void {
    const violations = cluster.invariants.violations;
    if (violations.length === this.violationCount) return;
    this.violationCount = violations.length;
    this.invariants = {
      ok: violations.length === 0,
      violations: violations.map((v) => ({ rule: v.rule, text: v.text, servers: [...v.servers], ...(v.epoch !== undefined ? { epoch: v.epoch } : {}), ...(v.zxid !== undefined ? { zxid: v.zxid } : {}) })),
    };
  }

  /** User znodes ('/' excluded), reused while the tree has neither applied nor lost anything. */
  private treeOf(tree: DataTree): ZnodeData[] {
    const cached = this.trees.get(tree);
    if (cached && cached.zxid === tree.lastZxid && cached.count === tree.userNodeCount) return cached.nodes;
    const nodes = tree.nodes().filter((n) => n.path !== '/');
    this.trees.set(tree, { zxid: tree.lastZxid, count: tree.userNodeCount, nodes });
    return nodes;
  }
}
