import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CLUSTER_SERVERS, specInputOf } from '../../driver/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { draftOf, fieldErrorMessage, validateDraft, type DraftField, type FieldErrors, type SettingsDraft } from './settingsForm.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import { renderMessage } from '../../i18n/message.ts';
import { useT } from '../i18n/useT.ts';

// Cluster size, ZooKeeper's timing (tickTime, initLimit, syncLimit), the failure detector, and the
// seed. Applying rebuilds the cluster from scratch; a bad value is explained and changes nothing.

const fields: { key: DraftField; unit: MessageKey; allToAllOnly?: boolean }[] = [
  { key: 'nodes', unit: 'settings.unit.range' },
  { key: 'tickTimeMs', unit: 'settings.unit.ms' },
  { key: 'initLimitTicks', unit: 'settings.unit.ticks' },
  { key: 'syncLimitTicks', unit: 'settings.unit.ticks' },
  { key: 'heartbeatMs', unit: 'settings.unit.ms', allToAllOnly: true },
  { key: 'timeoutMs', unit: 'settings.unit.ms', allToAllOnly: true },
  { key: 'seed', unit: 'settings.unit.number' },
];

export function SettingsDialog() {
  const open = useAppStore((s) => s.settingsOpen);
  const setOpen = useAppStore((s) => s.setSettingsOpen);
  const spec = useAppStore((s) => s.spec);
  const applySettings = useAppStore((s) => s.applySettings);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(specInputOf(spec)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const t = useT();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setDraft(draftOf(specInputOf(spec)));
      setErrors({});
      dialog.showModal();
    } else if (!open && dialog.open) dialog.close();
  }, [open, spec]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = validateDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    applySettings(result.input);
    const url = new URL(window.location.href);
    url.searchParams.set('nodes', String(result.input.nodes));
    url.searchParams.set('seed', String(result.input.seed));
    window.history.replaceState(null, '', url);
    setOpen(false);
  };

  const allToAll = draft.detector === 'all-to-all';
  return (
    <dialog ref={dialogRef} className="settings" aria-labelledby="settings-title" onClose={() => setOpen(false)}>
      <form onSubmit={submit} noValidate>
        <h2 id="settings-title">{t('settings.title')}</h2>
        <fieldset className="detector">
          <legend>{t('settings.detector')}</legend>
          <label>
            <input type="radio" name="detector" checked={!allToAll} onChange={() => setDraft({ ...draft, detector: 'zookeeper' })} /> {t('settings.detectorZooKeeper')}
          </label>
          <label>
            <input type="radio" name="detector" checked={allToAll} onChange={() => setDraft({ ...draft, detector: 'all-to-all' })} /> {t('settings.detectorAllToAll')}
          </label>
        </fieldset>
        <div className="settings-grid">
          {fields
            .filter((f) => !f.allToAllOnly || allToAll)
            .map((f) => (
              <div key={f.key} className={`field${errors[f.key] ? ' has-error' : ''}`}>
                <label htmlFor={`setting-${f.key}`}>
                  {t(`settings.field.${f.key}`)} <span className="panel-note">{t(f.unit, { min: CLUSTER_SERVERS.min, max: CLUSTER_SERVERS.max })}</span>
                </label>
                <input id={`setting-${f.key}`} inputMode="numeric" value={draft[f.key]} onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })} aria-invalid={Boolean(errors[f.key])} aria-describedby={errors[f.key] ? `error-${f.key}` : undefined} />
                {errors[f.key] && (
                  <p id={`error-${f.key}`} className="field-error" role="alert">
                    {renderMessage(t, fieldErrorMessage(f.key, errors[f.key]!))}
                  </p>
                )}
              </div>
            ))}
        </div>
        <p className="panel-note">{t('settings.note')}</p>
        <div className="settings-actions">
          <button type="button" onClick={() => setOpen(false)}>
            {t('settings.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('settings.apply')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
