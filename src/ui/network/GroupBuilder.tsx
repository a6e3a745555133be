import { useAppStore } from '../../store/hooks.ts';
import { EMPTY_DRAFT, addGroup, checkGroups, fillRest, groupLetter, removeGroup, toggleMember } from '../../store/index.ts';
import { groupColor } from '../topology/groupColors.ts';
import { GroupIdField } from './GroupIdField.tsx';
import { GroupSummary } from './GroupSummary.tsx';
import { shown } from '../../store/shown.ts';
import { code } from '../../i18n/codeText.ts';
import { CodeSpans } from '../i18n/CodeSpans.tsx';
import { useT } from '../i18n/useT.ts';

// Draw a partition by hand: one row per group, a checkbox per server (or a list like "1-3, 5" in a
// large cluster), shift-click in the picture adds to the active group. A server may be in two
// groups (a bridge); a server in none is isolated. Nothing changes until "Partition".

const CHECKBOXES_MAX = 12;

export function GroupBuilder() {
  const t = useT();
  const ids = useAppStore((s) => shown(s).nodeIds);
  const draft = useAppStore((s) => s.groupDraft);
  const active = useAppStore((s) => s.activeGroup);
  const setDraft = useAppStore((s) => s.setGroupDraft);
  const setActive = useAppStore((s) => s.setActiveGroup);
  const partition = useAppStore((s) => s.partition);
  const check = checkGroups(draft, ids);
  const checkboxes = ids.length <= CHECKBOXES_MAX;

  return (
    <section className="panel groups-panel" aria-labelledby="groups-title">
      <h2 id="groups-title">
        {t('network.groups.title')}{' '}
        <span className="panel-note">
          <CodeSpans text={t('network.groups.note', { shift: code('Shift') })} />
        </span>
      </h2>
      <table className="group-table">
        <thead>
          <tr>
            <th scope="col">{t('network.groups.group')}</th>
            {checkboxes ? (
              ids.map((id) => (
                <th key={id} scope="col">
                  {id}
                </th>
              ))
            ) : (
              <th scope="col">{t('network.groups.servers')}</th>
            )}
            <th scope="col">
              <span className="sr-only">{t('network.groups.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.map((group, g) => (
            <tr key={g} className={g === active ? 'is-active' : ''}>
              <th scope="row">
                <label className="group-pick" title={t('network.groups.pickTitle')}>
                  <input type="radio" name="active-group" checked={g === active} onChange={() => setActive(g)} aria-label={t('network.groups.pickLabel', { letter: groupLetter(g) })} />
                  <span className="group-letter" style={{ background: groupColor(g) }}>
                    {groupLetter(g)}
                  </span>
                </label>
              </th>
              {checkboxes ? (
                ids.map((id) => (
                  <td key={id}>
                    <input type="checkbox" checked={group.includes(id)} onChange={() => setDraft(toggleMember(draft, g, id))} aria-label={t('network.groups.member', { id, letter: groupLetter(g) })} data-testid={`group-${groupLetter(g)}-${id}`} />
                  </td>
                ))
              ) : (
                <td>
                  <GroupIdField ids={ids} group={group} letter={groupLetter(g)} onChange={(next) => setDraft(draft.map((x, i) => (i === g ? next : x)))} />
                </td>
              )}
              <td>
                {draft.length > 1 && (
                  <button type="button" className="icon-button" onClick={() => setDraft(removeGroup(draft, g))} aria-label={t('network.groups.removeLabel', { letter: groupLetter(g) })}>
                    ✕
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <GroupSummary check={check} empty={draft.every((g) => g.length === 0)} />
      <div className="button-row">
        <button type="button" onClick={() => setDraft(addGroup(draft))}>
          {t('network.groups.add')}
        </button>
        <button type="button" onClick={() => setDraft(fillRest(draft, active, ids))} title={t('network.groups.restTitle', { letter: groupLetter(active) })}>
          {t('network.groups.rest', { letter: groupLetter(active) })}
        </button>
        <button type="button" onClick={() => setDraft(EMPTY_DRAFT)}>
          {t('network.groups.clear')}
        </button>
        <button type="button" className="primary" disabled={!check.ok} onClick={() => check.ok && partition(check.groups)} data-testid="apply-partition">
          {t('network.groups.apply')}
        </button>
      </div>
    </section>
  );
}
