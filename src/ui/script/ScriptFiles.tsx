import { useState, type ChangeEvent } from 'react';
import { MAX_TRACE_BYTES } from '../../driver/index.ts';
import { timePositionMs } from '../../store/index.ts';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { saveText } from './download.ts';
import { code } from '../../i18n/codeText.ts';
import { CodeSpans } from '../i18n/CodeSpans.tsx';
import { useT } from '../i18n/useT.ts';
import { refusalText } from './refusalText.ts';

// Export the run as a script (.scn, for npm run sim too) or as a JSON trace (the script, every
// timeline record and every server-to-server message up to the moment on screen); import either.
// A file that cannot be used gets one sentence and changes nothing.

interface Verdict {
  ok: boolean;
  text: string;
}

export function ScriptFiles() {
  const t = useT();
  const api = useAppStoreApi();
  const simulated = useAppStore((s) => s.driverKind === 'simulated');
  const [verdict, setVerdict] = useState<Verdict | null>(null);

  const exportScript = () => {
    const s = api.getState();
    saveText(`zookeeper-run-seed-${s.spec.seed}.scn`, s.script.text, 'text/plain');
  };

  const exportTrace = () => {
    const s = api.getState();
    const atMs = Math.floor(timePositionMs(s));
    const trace = s.exportTrace(atMs);
    if (!trace.ok) return setVerdict({ ok: false, text: trace.message });
    saveText(`zookeeper-run-seed-${s.spec.seed}-at-${atMs}ms.json`, trace.text, 'application/json');
    setVerdict(null);
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_TRACE_BYTES) return setVerdict({ ok: false, text: t('script.files.tooLarge', { name: code(file.name), limitMb: MAX_TRACE_BYTES / (1024 * 1024) }) });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setVerdict({ ok: false, text: t('script.files.unreadable', { name: code(file.name) }) });
    }
    const outcome = await api.getState().importFile(text);
    setVerdict(outcome.ok ? { ok: true, text: t('script.files.loaded', { name: code(file.name) }) } : { ok: false, text: t('script.files.refused', { name: code(file.name), reason: refusalText(outcome, t) }) });
  };

  return (
    <section className="panel files-panel" aria-labelledby="files-title">
      <h2 id="files-title">
        {t('script.files.title')}{' '}
        <span className="panel-note">
          <CodeSpans text={t('script.files.note', { command: code('npm run sim') })} />
        </span>
      </h2>
      <div className="button-row files-row">
        <button type="button" data-testid="export-scn" onClick={exportScript}>
          <CodeSpans text={t('script.files.exportScn', { ext: code('.scn') })} />
        </button>
        <button type="button" data-testid="export-trace" onClick={exportTrace} disabled={!simulated} title={simulated ? undefined : t('script.files.traceTitle')}>
          {t('script.files.exportTrace')}
        </button>
        <label className={`file-button${simulated ? '' : ' is-disabled'}`}>
          <CodeSpans text={t('script.files.import', { ext: code('.scn') })} />
          <input type="file" accept=".scn,.txt,.json,text/plain,application/json" data-testid="import-file" disabled={!simulated} onChange={(e) => void onFile(e)} />
        </label>
      </div>
      {verdict && (
        <p className={`import-message${verdict.ok ? '' : ' is-refused'}`} role={verdict.ok ? 'status' : 'alert'} data-testid="import-message" data-ok={verdict.ok}>
          <CodeSpans text={verdict.text} />
        </p>
      )}
    </section>
  );
}
