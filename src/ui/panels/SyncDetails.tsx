import type { ServerId } from '../../driver/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { formatClock, formatZxid } from '../format.ts';
import { narrateZxidList } from '../../narrate/narration.ts';
import { shown } from '../../store/shown.ts';
import { useLocale, useT } from '../i18n/useT.ts';

// How this server last rejoined: the sync its leader chose (DIFF, TRUNC or SNAP), the transactions
// sent, and the ones it had to throw away because no quorum ever committed them.

const MODE_WORDS = { diff: 'sync.diff', trunc: 'aftermath.sync.trunc', snap: 'aftermath.sync.snap' } as const;

export function SyncDetails({ id }: { id: ServerId }) {
  const info = useAppStore((s) => shown(s).recoveries.get(id));
  const t = useT();
  const locale = useLocale();
  if (!info) return null;
  const emptyDiff = info.mode === 'diff' && (info.sent?.length ?? 0) === 0;
  return (
    <div className={`sync-details sync-${info.mode}`} data-testid={`sync-details-${id}`} data-mode={info.mode}>
      <p>
        <strong>{t('sync.last')}</strong> {t('sync.from', { time: formatClock(info.t), leader: info.leader })}
        {info.fromZxid !== null && t('sync.wasAt', { zxid: formatZxid(info.fromZxid) })}:{' '}
        <span className="sync-mode">{info.mode.toUpperCase()}</span> {t(emptyDiff ? 'sync.diffEmpty' : MODE_WORDS[info.mode])}
      </p>
      {info.mode === 'trunc' && (
        <p>
          <strong>{t('aftermath.sync.truncated')}</strong> {t('aftermath.sync.truncTo', { zxid: info.truncZxid !== null ? formatZxid(info.truncZxid) : '—' })}{' '}
          <span className="mono">{info.removed.length > 0 ? narrateZxidList(info.removed, locale) : t('aftermath.sync.waitingReport')}</span>
          {info.cleared && t('aftermath.sync.cleared')}
        </p>
      )}
      {info.sent && info.sent.length > 0 && (
        <p>
          <strong>{t('sync.sent')}</strong> {t('sync.txns', { count: info.sent.length })} <span className="mono">{narrateZxidList(info.sent, locale)}</span>
        </p>
      )}
    </div>
  );
}
