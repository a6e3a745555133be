import { useEffect } from 'react';
import type { CompareSession } from '../../store/compareSession.ts';
import { announce } from '../a11y/announcer.ts';
import { useLocaleStore } from '../i18n/localeStore.ts';
import { CLUSTER_NAMES } from './setupWords.ts';

// Says, through the page's one polite live region, when each cluster noticed the fault and which
// server then leads: what a sighted class reads off the two columns.

export function useCompareAnnouncements(session: CompareSession): void {
  useEffect(() => {
    const stops = session.sides.map((side, i) =>
      side.figures.subscribe((now, before) => {
        const t = useLocaleStore.getState().t;
        const name = CLUSTER_NAMES[i]!;
        if (now.detectedMs !== null && before.detectedMs === null) announce(t('compare.announce.detected', { name, ms: now.detectedMs }));
        if (now.fault && now.leader !== null && now.epoch !== null && (now.leader !== before.leader || now.epoch !== before.epoch)) announce(t('compare.announce.leader', { name, id: now.leader, epoch: now.epoch }));
      }),
    );
    return () => stops.forEach((stop) => stop());
  }, [session]);
}
