import type { ServerId } from '../../driver/index.ts';
import type { HeartbeatCell as Cell } from '../../store/index.ts';
import { formatAge, formatMs } from '../format.ts';
import { staleColor } from '../theme.ts';
import { useT } from '../i18n/useT.ts';

// One observer → peer pair: how long since the observer last heard the peer, against its timeout.
// Empty (with an empty data-age-ms) when the observer does not monitor that peer.

interface Props {
  observer: ServerId;
  peer: ServerId;
  cell: Cell | null;
  /** 'full': "850 ms"; 'seconds': "0.9" (a crowded matrix); 'none': colour only. */
  text: 'full' | 'seconds' | 'none';
  as?: 'td' | 'div';
}

function ageText(ms: number, text: Props['text']): string {
  if (text === 'full') return formatAge(ms);
  if (text === 'seconds') return ms < 9_950 ? (ms / 1000).toFixed(1) : String(Math.round(ms / 1000));
  return '';
}

export function HeartbeatCell({ observer, peer, cell, text, as = 'td' }: Props) {
  const Tag = as;
  const t = useT();
  const common = { 'data-testid': `hb-age-${observer}-${peer}`, 'data-age-ms': cell ? String(Math.round(cell.ageMs)) : '', 'data-suspected': String(cell?.suspected ?? false) };
  if (!cell) {
    return (
      <Tag {...common} className="hb-cell hb-none" title={t('hb.unmonitored', { observer, peer })}>
        {text === 'none' ? '' : '·'}
      </Tag>
    );
  }
  const used = cell.ageMs / cell.timeoutMs;
  const title = t(cell.suspected ? 'hb.cellSuspected' : 'hb.cell', { observer, peer, age: formatMs(cell.ageMs), timeout: formatMs(cell.timeoutMs) });
  return (
    <Tag {...common} className={`hb-cell${cell.suspected ? ' hb-suspected' : ''}`} style={{ background: staleColor(used) }} title={title} aria-label={title}>
      {`${cell.suspected ? '!' : ''}${ageText(cell.ageMs, text)}`}
    </Tag>
  );
}
