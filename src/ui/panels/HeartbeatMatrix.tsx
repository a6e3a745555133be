import { useState } from 'react';
import { useAppStore, useNowMs } from '../../store/hooks.ts';
import { heartbeatCell } from '../../store/index.ts';
import { HeartbeatCell } from './HeartbeatCell.tsx';
import { HeartbeatFocus } from './HeartbeatFocus.tsx';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// Per observer (row), per peer (column): the age of the last message heard against the timeout.
// In ZooKeeper mode only the leader and its followers monitor each other, so most cells are empty,
// which is itself the lesson. Above MATRIX_MAX servers the table would be unreadable: the focus view
// shows the selected server's row and column instead.

export const MATRIX_MAX = 12;

export function HeartbeatMatrix() {
  const ids = useAppStore((s) => shown(s).nodeIds);
  const nodeById = useAppStore((s) => shown(s).nodeById);
  const detector = useAppStore((s) => s.spec.settings.detector);
  const nowMs = useNowMs();
  const t = useT();
  const large = ids.length > MATRIX_MAX;
  const crowded = ids.length > 7;
  // A real ensemble has ages only where ZooKeeper itself watches (learner ↔ leader): say so.
  const watchedOnly = useAppStore((s) => s.capabilities.heartbeatAges === 'watched-pairs');
  const caption = t(watchedOnly ? 'unsupported.watchedPairs' : detector === 'zookeeper' ? 'hb.captionZooKeeper' : 'hb.captionAllToAll');
  // Folding keeps the cells in the page (hidden), so their ages stay readable by tests and tools.
  const [open, setOpen] = useState(true);
  return (
    <section className="panel heartbeat-panel" aria-labelledby="hb-title">
      <h2 id="hb-title">
        <button type="button" className="fold-button" aria-expanded={open} aria-controls="hb-body" onClick={() => setOpen(!open)}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('hb.title')}
        </button>{' '}
        <span className="panel-note">{crowded && !large ? t('hb.inSeconds', { caption }) : caption}</span>
      </h2>
      {large ? (
        <div id="hb-body" hidden={!open}>
          <HeartbeatFocus />
        </div>
      ) : (
        <table id="hb-body" hidden={!open} className={`hb-matrix${crowded ? ' hb-crowded' : ''}`}>
          <thead>
            <tr>
              <th scope="col" className="hb-corner">
                {t('hb.corner')}
              </th>
              {ids.map((peer) => (
                <th key={peer} scope="col">
                  {peer}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ids.map((observer) => (
              <tr key={observer}>
                <th scope="row">{observer}</th>
                {ids.map((peer) =>
                  peer === observer ? (
                    <td key={peer} className="hb-cell hb-self" aria-hidden="true" />
                  ) : (
                    <HeartbeatCell key={peer} observer={observer} peer={peer} cell={heartbeatCell(nodeById.get(observer), peer, nowMs)} text={crowded ? 'seconds' : 'full'} />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
