import type { PartitionOutlook } from '../../store/index.ts';
import { idRanges } from '../panels/idRanges.ts';

// A partition's outlook in one sentence: who keeps or loses the lead, and where a leader can come
// from. Words only; the facts come from store/partitionOutlook.ts.

const set = (ids: readonly number[]) => `{${idRanges(ids)}}`;

export function outlookWords(o: PartitionOutlook): string {
  const bridgeNote = o.bridges.length > 0 ? ` One leader at a time: bridge ${idRanges(o.bridges)} can follow only one.` : '';
  if (o.canLead.length === 0) {
    const stepsDown = o.leader !== null ? ` Leader ${o.leader} steps down after syncLimit × tickTime.` : '';
    return `No server reaches a quorum of ${o.needed}: nobody can lead.${stepsDown}`;
  }
  if (o.leader === null) return `A leader can be elected among ${set(o.canLead)}: each reaches a quorum of ${o.needed}.${bridgeNote}`;
  if (o.keeps) {
    const lost = o.cutOff.length > 0 ? ` ${o.cutOff.length === 1 ? 'Server' : 'Servers'} ${idRanges(o.cutOff)} cannot reach it and keep looking; they cannot depose it.` : '';
    return `Leader ${o.leader} still reaches a quorum (${set(o.reach)}) and keeps leading.${lost}${bridgeNote}`;
  }
  const others = o.canLead.filter((id) => id !== o.leader);
  return `Leader ${o.leader} reaches only ${set(o.reach)}, fewer than ${o.needed} voters: it steps down after syncLimit × tickTime, and a new leader can come from ${set(others)}.${bridgeNote}`;
}
