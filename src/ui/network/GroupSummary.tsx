import type { GroupCheck } from '../../store/index.ts';
import { shown } from '../../store/shown.ts';
import { useAppStore } from '../../store/hooks.ts';
import { partitionOutlook } from '../../store/partitionOutlook.ts';
import { describePartition } from '../panels/idRanges.ts';
import { outlookWords } from './outlookWords.ts';
import { code } from '../../i18n/codeText.ts';
import { CodeSpans } from '../i18n/CodeSpans.tsx';
import { useT } from '../i18n/useT.ts';
import { groupProblemWords } from './groupWords.ts';

// What the drawn groups will do, before they are applied (and while they hold, after): who ends up
// alone, who bridges, and who can lead, from the groups and the roles now (partitionOutlook).

export function GroupSummary({ check, empty }: { check: GroupCheck; empty: boolean }) {
  const t = useT();
  const nodes = useAppStore((s) => shown(s).snapshot?.nodes);
  const voters = useAppStore((s) => s.spec.settings.voters);
  if (empty) {
    return (
      <p className="group-summary panel-note" role="status" data-testid="group-summary">
        <CodeSpans text={t('network.groups.emptyHint', { shift: code('Shift') })} />
      </p>
    );
  }
  if (!check.ok) {
    return (
      <p className="group-summary is-error" role="status" data-testid="group-summary">
        {groupProblemWords(check.problem, t)}
      </p>
    );
  }
  const servers = (nodes ?? []).map((n) => ({ id: n.id, up: n.status === 'up', leading: n.role === 'leading' }));
  const outlook = partitionOutlook(check.groups, servers, voters);
  return (
    <p className="group-summary" role="status" data-testid="group-summary" data-can-lead={outlook.canLead.join(',')} data-leader-keeps={outlook.leader === null ? '' : String(outlook.keeps)}>
      <strong>{describePartition(check.groups)}</strong>
      {check.isolated.length > 0 && t('network.groups.isolated', { ids: check.isolated.join(', ') })}
      {' · '}
      {outlookWords(outlook, t)}
    </p>
  );
}
