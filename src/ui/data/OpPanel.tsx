import { useId, useState, type FormEvent } from 'react';
import type { CreateMode } from '../../driver/index.ts';
import { useAppStore, useAppStoreApi, useAppStoreShallow } from '../../store/hooks.ts';
import { EMPTY_OP, MODES, buildOp, type OpDraft, type OpErrors, type OpKind } from './opForm.ts';
import { ClientPicker, type PickerClient } from './ClientPicker.tsx';
import { OpResult } from './OpResult.tsx';
import { shown } from '../../store/shown.ts';
import type { AppState } from '../../store/types.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import { useT } from '../i18n/useT.ts';
import { CodeSpans } from '../i18n/CodeSpans.tsx';

// Send create / set / delete / get through a client. Bad input is explained next to its field and
// nothing is sent; the server's answer (or why none came) shows under the form.

const KINDS: { kind: OpKind; label: MessageKey }[] = [
  { kind: 'create', label: 'data.kind.create' },
  { kind: 'set', label: 'data.kind.set' },
  { kind: 'delete', label: 'data.kind.delete' },
  { kind: 'get', label: 'data.kind.get' },
];

/** "c1|connected|3|false" per client: primitives, so the form re-renders only when one changes. */
function clientKeys(s: AppState): string[] {
  return shown(s).snapshot?.clients.map((c) => `${c.name}|${c.state}|${c.server ?? ''}|${c.vanished}`) ?? [];
}

function pickerClient(key: string): PickerClient {
  const [name, state, server, vanished] = key.split('|');
  return { name: name!, state: state as PickerClient['state'], server: server ? Number(server) : null, vanished: vanished === 'true' };
}

export function OpPanel() {
  const t = useT();
  const keys = useAppStoreShallow(clientKeys);
  const clients = keys.map(pickerClient);
  const names = clients.map((c) => c.name);
  const store = useAppStoreApi();
  const setTab = useAppStore((s) => s.setSideTab);
  const [chosen, setChosen] = useState<string>('');
  const [draft, setDraft] = useState<OpDraft>(EMPTY_OP);
  const [errors, setErrors] = useState<OpErrors>({});
  const uid = useId();
  // The chosen client, or the newest live one when none is chosen (or the chosen one is gone).
  const client = names.includes(chosen) ? chosen : ([...clients].reverse().find((c) => !c.vanished && c.state !== 'closed' && c.state !== 'expired')?.name ?? names.at(-1) ?? '');

  const update = (patch: Partial<OpDraft>) => {
    setDraft({ ...draft, ...patch });
    setErrors({});
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const view = shown(store.getState()).snapshot?.clients.find((c) => c.name === client);
    const check = buildOp(draft, view, t);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setErrors({});
    store.getState().clientOp(client, check.op);
  };

  const field = (name: keyof OpErrors) => ({ 'aria-invalid': Boolean(errors[name]), 'aria-describedby': errors[name] ? `${uid}-${name}-error` : undefined });
  const error = (name: keyof OpErrors) =>
    errors[name] && (
      <p id={`${uid}-${name}-error`} className="field-error" role="alert" data-testid={`op-error-${name}`}>
        <CodeSpans text={errors[name]} />
      </p>
    );
  const takesValue = draft.kind === 'create' || draft.kind === 'set';
  const takesVersion = draft.kind === 'set' || draft.kind === 'delete';

  return (
    <section className="panel op-panel" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>
        {t('data.op.title')} <span className="panel-note">{t('data.op.note')}</span>
      </h2>
      {keys.length === 0 ? (
        <p className="empty-hint">
          {t('data.op.noClients')}{' '}
          <button type="button" className="link-button" onClick={() => setTab('clients')}>
            {t('data.op.connectOne')}
          </button>
        </p>
      ) : (
        <form className="op-form" onSubmit={submit} noValidate data-testid="op-form">
          <div className="op-row">
            <span className="op-label" id={`${uid}-client-label`}>
              {t('data.op.client')}
            </span>
            <ClientPicker clients={clients} chosen={client} onChoose={setChosen} invalid={Boolean(errors.client)} describedBy={errors.client ? `${uid}-client-error` : undefined} />
          </div>
          <div className="op-row">
            <span className="op-label">{t('data.op.do')}</span>
            <div className="segmented" role="radiogroup" aria-label={t('data.op.operation')}>
              {KINDS.map(({ kind, label }) => (
                <label key={kind} className={draft.kind === kind ? 'is-on' : ''}>
                  <input type="radio" name={`${uid}-kind`} value={kind} checked={draft.kind === kind} onChange={() => update({ kind })} data-testid={`op-kind-${kind}`} />
                  {t(label)}
                </label>
              ))}
            </div>
          </div>
          {error('client')}
          <div className="op-row">
            <label htmlFor={`${uid}-path`}>{t('data.op.path')}</label>
            <input id={`${uid}-path`} className="mono op-path" value={draft.path} onChange={(e) => update({ path: e.target.value })} spellCheck={false} autoComplete="off" translate="no" {...field('path')} data-testid="op-path" />
            {takesValue && (
              <>
                <label htmlFor={`${uid}-value`}>{t('data.op.value')}</label>
                <input id={`${uid}-value`} className="op-value" value={draft.value} onChange={(e) => update({ value: e.target.value })} autoComplete="off" translate="no" {...field('value')} data-testid="op-value" />
              </>
            )}
          </div>
          {error('path')}
          {error('value')}
          <div className="op-row">
            {draft.kind === 'create' && (
              <>
                <label htmlFor={`${uid}-mode`}>{t('data.op.mode')}</label>
                <select id={`${uid}-mode`} value={draft.mode} onChange={(e) => update({ mode: e.target.value as CreateMode })} data-testid="op-mode">
                  {MODES.map((m) => (
                    <option key={m.mode} value={m.mode}>
                      {t(m.label)}
                    </option>
                  ))}
                </select>
              </>
            )}
            {takesVersion && (
              <>
                <label htmlFor={`${uid}-version`}>{t('data.op.version')}</label>
                <input id={`${uid}-version`} className="op-version" inputMode="numeric" value={draft.version} onChange={(e) => update({ version: e.target.value })} {...field('version')} aria-description={t('data.op.versionHint')} data-testid="op-version" />
                <span className="panel-note">{t('data.op.versionAny')}</span>
              </>
            )}
            <button type="submit" className="primary op-send" data-testid="op-send">
              {t('data.op.send', { kind: t(`data.kind.${draft.kind}`) })}
            </button>
          </div>
          {error('version')}
        </form>
      )}
      {client && <OpResult client={client} />}
    </section>
  );
}
