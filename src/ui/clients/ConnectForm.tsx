import { useId, useState, type FormEvent } from 'react';
import { useAppStore, useAppStoreApi, useAppStoreShallow } from '../../store/hooks.ts';
import { nextClientName, timeoutRangeWords, validateConnect, type ConnectDraft, type ConnectField } from './connectForm.ts';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// Connect a client: its name (c1, c2… unless you type one), the server it tries first, and the
// session timeout it asks for, which must lie within the ensemble's [2, 20] × tickTime.

export function ConnectForm() {
  const t = useT();
  const store = useAppStoreApi();
  const ids = useAppStore((s) => shown(s).nodeIds);
  const settings = useAppStore((s) => s.spec.settings);
  const taken = useAppStoreShallow((s) => [...new Set([...s.clientNames, ...(shown(s).snapshot?.clients.map((c) => c.name) ?? [])])]);
  const uid = useId();
  const suggested = nextClientName(taken);
  const [draft, setDraft] = useState<Omit<ConnectDraft, 'name'> & { name: string | null }>({ name: null, server: '', timeoutMs: String(3 * settings.tickTimeMs) });
  const [errors, setErrors] = useState<Partial<Record<ConnectField, string>>>({});
  const limits = { ids, taken, minTimeoutMs: settings.minSessionTimeoutMs, maxTimeoutMs: settings.maxSessionTimeoutMs, tickTimeMs: settings.tickTimeMs };
  // The server select defaults to the first server until one is picked.
  const server = draft.server !== '' && ids.includes(Number(draft.server)) ? draft.server : String(ids[0] ?? '');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const check = validateConnect({ name: draft.name ?? suggested, server, timeoutMs: draft.timeoutMs }, limits, t);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setErrors({});
    setDraft({ ...draft, name: null });
    store.getState().connectClient(check.name, check.server, check.timeoutMs);
  };
  const field = (name: ConnectField) => ({ 'aria-invalid': Boolean(errors[name]), 'aria-describedby': errors[name] ? `${uid}-${name}-error` : `${uid}-hint` });
  const error = (name: ConnectField) =>
    errors[name] && (
      <p id={`${uid}-${name}-error`} className="field-error" role="alert" data-testid={`connect-error-${name}`}>
        {errors[name]}
      </p>
    );

  return (
    <section className="panel connect-panel" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{t('clients.connect.title')}</h2>
      <form className="op-form" onSubmit={submit} noValidate data-testid="connect-form">
        <div className="op-row">
          <label htmlFor={`${uid}-name`}>{t('clients.connect.name')}</label>
          <input id={`${uid}-name`} className="connect-name" value={draft.name ?? suggested} onChange={(e) => setDraft({ ...draft, name: e.target.value })} autoComplete="off" spellCheck={false} translate="no" {...field('name')} data-testid="connect-name" />
          <label htmlFor={`${uid}-server`}>{t('clients.connect.server')}</label>
          <select id={`${uid}-server`} value={server} onChange={(e) => setDraft({ ...draft, server: e.target.value })} {...field('server')} data-testid="connect-server">
            {ids.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
          <label htmlFor={`${uid}-timeout`}>{t('clients.connect.timeout')}</label>
          <input id={`${uid}-timeout`} className="connect-timeout" inputMode="numeric" value={draft.timeoutMs} onChange={(e) => setDraft({ ...draft, timeoutMs: e.target.value })} {...field('timeoutMs')} data-testid="connect-timeout" />
          <span className="panel-note">{t('clients.connect.ms')}</span>
          <button type="submit" className="primary" data-testid="connect-submit">
            {t('clients.connect.submit')}
          </button>
        </div>
        {error('name')}
        {error('server')}
        {error('timeoutMs')}
        <p id={`${uid}-hint`} className="panel-note form-hint">
          {t('clients.connect.hint', { range: timeoutRangeWords(limits, t) })}
        </p>
      </form>
    </section>
  );
}
