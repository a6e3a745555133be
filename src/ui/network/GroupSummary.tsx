import type { GroupCheck } from '../../store/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { partitionOutlook } from '../../store/index.ts';
import { describePartition } from '../panels/idRanges.ts';
import { outlookWords } from './outlookWords.ts';

// What the drawn groups will do, before they are applied (and while they hold, after): who ends up
// alone, who bridges, and who can lead, from the groups and the roles now (partitionOutlook).

export function GroupSummary({ check, empty }: { check: GroupCheck; empty: boolean }) {
  const nodes = useAppStore((s) => s.snapshot?.nodes);
  const voters = useAppStore((s) => s.spec.settings.voters);
  if (empty) {
    return (
      <p className="group-summary panel-note" role="status" data-testid="group-summary">
        Tick servers (or shift-click them in the picture) to draw groups; a server in no group ends up isolated.
      </p>
    );
  }
  if (!check.ok) {
    return (
      <p className="group-summary is-error" role="status" data-testid="group-summary">
        {check.error}
      </p>
    );
  }
  const servers = (nodes ?? []).map((n) => ({ id: n.id, up: n.status === 'up', leading: n.role === 'leading' }));
  const outlook = partitionOutlook(check.groups, servers, voters);
  return (
    <p className="group-summary" role="status" data-testid="group-summary" data-can-lead={outlook.canLead.join(',')} data-leader-keeps={outlook.leader === null ? '' : String(outlook.keeps)}>
      <strong>{describePartition(check.groups)}</strong>
      {check.isolated.length > 0 && <> · isolated: {check.isolated.join(', ')}</>}
      {' · '}
      {outlookWords(outlook)}
    </p>
  );
}
