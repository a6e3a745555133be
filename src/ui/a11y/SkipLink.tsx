import type { MouseEvent } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { useT } from '../i18n/useT.ts';
import { focusNode } from '../topology/focusNode.ts';

// The page's first focusable element: one Tab and Enter reach the first server, past the toolbar,
// the time bar and the tabs. Hidden until focused.

export function SkipLink() {
  const t = useT();
  const firstId = useAppStore((s) => s.nodeIds[0]);
  const onClick = (e: MouseEvent) => {
    e.preventDefault();
    if (firstId !== undefined) focusNode(firstId);
  };
  return (
    <a className="skip-link" href="#topology" onClick={onClick} data-testid="skip-link">
      {t('a11y.skipToServers')}
    </a>
  );
}
