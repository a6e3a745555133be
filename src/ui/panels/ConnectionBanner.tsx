import { useAppStore } from '../../store/hooks.ts';
import { code } from '../../i18n/codeText.ts';
import { CodeSpans } from '../i18n/CodeSpans.tsx';
import { useT } from '../i18n/useT.ts';

// A driver that reaches its cluster over a link (the real driver and its bridge) says plainly when
// it cannot: the bridge is not there, it refused the token, or it is stopping its servers.

export function ConnectionBanner() {
  const connection = useAppStore((s) => s.snapshot?.connection ?? null);
  const t = useT();
  if (connection === null || connection === 'open') return null;
  const text = t(`connection.${connection}`, { command: code('npm run real') });
  return (
    <div className={`connection-banner is-${connection}`} role={connection === 'connecting' ? 'status' : 'alert'} data-testid="bridge-connection" data-connection={connection}>
      {connection === 'connecting' ? '…' : '⚠'} <CodeSpans text={text} />
    </div>
  );
}
