import type { GroupCheck } from '../../store/index.ts';
import { describePartition } from '../panels/idRanges.ts';

// What the drawn groups will do, before they are applied: who ends up alone, who bridges, and
// where a quorum can still form (at most one place, or the lesson is about to get interesting).

export function GroupSummary({ check, empty }: { check: GroupCheck; empty: boolean }) {
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
  const quorum = check.quorumGroups.map((i) => `{${check.groups[i]!.join(', ')}}`);
  return (
    <p className="group-summary" role="status" data-testid="group-summary">
      <strong>{describePartition(check.groups)}</strong>
      {check.isolated.length > 0 && <> · isolated: {check.isolated.join(', ')}</>}
      {check.bridges.length > 0 && <> · bridge: {check.bridges.join(', ')}</>}
      {' · '}
      {quorum.length === 0 ? 'no group holds a quorum: nobody can lead' : `quorum possible in ${quorum.join(' and ')}`}
    </p>
  );
}
