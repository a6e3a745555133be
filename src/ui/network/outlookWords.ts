import type { PartitionOutlook } from '../../store/partitionOutlook.ts';
import type { Translate } from '../../i18n/translate.ts';
import { idRanges } from '../panels/idRanges.ts';

// A partition's outlook in one sentence: who keeps or loses the lead, and where a leader can come
// from. Words only; the facts come from store/partitionOutlook.ts.

const set = (ids: readonly number[]) => `{${idRanges(ids)}}`;

export function outlookWords(o: PartitionOutlook, t: Translate): string {
  const bridge = o.bridges.length > 0 ? t('network.outlook.bridge', { ids: idRanges(o.bridges) }) : '';
  if (o.canLead.length === 0) {
    const stepsDown = o.leader !== null ? t('network.outlook.stepsDown', { leader: o.leader }) : '';
    return t('network.outlook.nobody', { needed: o.needed, stepsDown });
  }
  if (o.leader === null) return t('network.outlook.canElect', { set: set(o.canLead), needed: o.needed, bridge });
  if (o.keeps) {
    const lost = o.cutOff.length > 0 ? t('network.outlook.cutOff', { count: o.cutOff.length, ids: idRanges(o.cutOff) }) : '';
    return t('network.outlook.keeps', { leader: o.leader, set: set(o.reach), lost, bridge });
  }
  const others = o.canLead.filter((id) => id !== o.leader);
  return t('network.outlook.loses', { leader: o.leader, set: set(o.reach), needed: o.needed, others: set(others), bridge });
}
