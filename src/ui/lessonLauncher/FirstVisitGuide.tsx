import { useEffect, useState } from 'react';
import type { ServerId } from '../../driver/index.ts';
import { useT } from '../i18n/useT.ts';
import { clearHighlight, setHighlight } from '../highlight.ts';
import { rememberGuideSeen } from './guideMemory.ts';
import './guide.css';

// A short callout on a first visit: what a click on the leader does, and where the lessons are.
// Non-modal: a strip above the topology, covering nothing; the leader it talks about is lit.

export default function FirstVisitGuide({ leaderId }: { leaderId: ServerId }) {
  const t = useT();
  const [open, setOpen] = useState(true);
  useEffect(() => {
    if (!open) return;
    setHighlight({ servers: [leaderId] });
    return clearHighlight;
  }, [open, leaderId]);
  if (!open) return null;
  const dismiss = () => {
    rememberGuideSeen();
    setOpen(false);
  };
  return (
    <aside className="first-visit-guide" data-testid="first-visit-guide" aria-label={t('guide.title')}>
      <p>
        <span className="guide-title">{t('guide.title')}</span> {t('guide.crash', { id: leaderId })} {t('guide.menu')} {t('guide.lessons')}
      </p>
      <button type="button" onClick={dismiss} data-testid="guide-dismiss">
        {t('guide.dismiss')}
      </button>
    </aside>
  );
}
