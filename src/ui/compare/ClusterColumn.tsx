import { AppStoreContext } from '../../store/hooks.ts';
import type { CompareSide } from '../../store/compareSession.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import { useT } from '../i18n/useT.ts';
import { TopologyView } from '../topology/TopologyView.tsx';
import { ClusterFigures } from './ClusterFigures.tsx';

// One of the two clusters: its own store in context, so the playground's topology draws it as it
// draws the single cluster (the same node hooks: data-testid="node-<id>", data-state, …), and its
// measured figures below.

interface Props {
  side: CompareSide;
  name: 'A' | 'B';
  label: MessageKey;
}

export function ClusterColumn({ side, name, label }: Props) {
  const t = useT();
  const headingId = `compare-cluster-${name}`;
  return (
    <AppStoreContext.Provider value={side.store}>
      <section className="compare-cluster" data-testid={`cluster-${name.toLowerCase()}`} aria-labelledby={headingId}>
        <h2 id={headingId} className="compare-cluster-title" data-testid="compare-cluster-title">
          <span className="compare-cluster-name">{t('compare.cluster', { name })}</span>
          <span className="compare-cluster-label">{t(label)}</span>
        </h2>
        <div className="topology-stage compare-stage">
          <TopologyView />
        </div>
        <ClusterFigures side={side} name={name} />
      </section>
    </AppStoreContext.Provider>
  );
}
