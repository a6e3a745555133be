import { useEffect, useRef, useState } from 'react';
import { shareUrl } from '../../store/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { openInNewTab } from './download.ts';
import { ScriptErrors } from './ScriptErrors.tsx';
import { ScriptGutter } from './ScriptGutter.tsx';
import { useShareCodec } from './useShareCodec.ts';
import type { ScenarioError } from '../../driver/index.ts';
import { useT } from '../i18n/useT.ts';

// The recording as it grows, in the scenario language. Typing turns it into a draft; Run plays the
// draft from a fresh cluster in the simulator (the live driver opens it in a simulator tab). A script
// that does not parse is refused whole: its errors stand beside their lines, and nothing changes.

/** The editor grows with the script between these, then scrolls (it can be dragged taller). */
const MIN_ROWS = 6;
const MAX_ROWS = 14;

interface Refusal {
  errors: ScenarioError[];
  message: string;
  omittedErrors?: number;
}

export function ScriptEditor() {
  const t = useT();
  const recorded = useAppStore((s) => s.script.text);
  const kind = useAppStore((s) => s.driverKind);
  const simulated = kind === 'simulated';
  const runScript = useAppStore((s) => s.runScript);
  const checkScript = useAppStore((s) => s.checkScript);
  const codec = useShareCodec();
  const speed = useAppStore((s) => s.speed);
  const [draft, setDraft] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const text = draft ?? recorded;
  const lineCount = text.split('\n').length;

  // While it shows the recording, the newest line stays in view.
  useEffect(() => {
    const el = area.current;
    if (draft === null && el) el.scrollTop = el.scrollHeight;
  }, [recorded, draft]);

  const run = () => {
    if (simulated) {
      const outcome = runScript(text);
      if (outcome.ok) {
        setDraft(null);
        setRefusal(null);
      } else setRefusal(outcome);
      return;
    }
    void checkScript(text).then((check) => {
      if (!check.ok) return setRefusal(check);
      setRefusal(null);
      if (codec) openInNewTab(shareUrl({ pageUrl: window.location.href, encodedScript: codec.encodeScript(text), atMs: null, recordedWith: kind, speed }));
    });
  };

  const pickLine = (line: number) => {
    const el = area.current;
    if (!el) return;
    const lines = text.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    el.focus();
    el.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  };

  const errorLines = new Set(refusal?.errors.map((e) => e.line) ?? []);
  return (
    <section className="panel script-panel" aria-labelledby="script-title">
      <h2 id="script-title">
        {t('script.editor.title')} <span className="panel-note">{draft === null ? t('script.editor.recording') : t('script.editor.edited')}</span>
      </h2>
      <div className="script-editor">
        <ScriptGutter lineCount={lineCount} errorLines={errorLines} scrollTop={scrollTop} />
        <textarea
          ref={area}
          className="script-text"
          data-testid="script"
          data-edited={draft !== null}
          aria-label={t('script.editor.label')}
          translate="no"
          aria-invalid={refusal !== null}
          spellCheck={false}
          wrap="off"
          rows={Math.min(MAX_ROWS, Math.max(MIN_ROWS, lineCount))}
          value={text}
          onChange={(e) => {
            setDraft(e.target.value);
            setRefusal(null);
          }}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        />
      </div>
      {refusal && <ScriptErrors errors={refusal.errors} message={refusal.message} omittedErrors={refusal.omittedErrors ?? 0} onPick={pickLine} />}
      <div className="button-row">
        <span className="panel-note">{simulated ? t('script.editor.replaysNote') : t('script.editor.opensNote')}</span>
        {draft !== null && (
          <button
            type="button"
            data-testid="script-discard"
            onClick={() => {
              setDraft(null);
              setRefusal(null);
            }}
          >
            {t('script.editor.discard')}
          </button>
        )}
        <button type="button" className="primary" data-testid="script-run" onClick={run}>
          {simulated ? t('script.editor.run') : t('script.editor.runInSimulator')}
        </button>
      </div>
    </section>
  );
}
