import type { AutoPauseOn } from '../../driver/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { useT } from '../i18n/useT.ts';
import { CodeText } from '../i18n/CodeText.tsx';

// The pause-on menu's items (PauseOnMenu.tsx loads them, with their words, when it first opens):
// the run stops by itself at a suspicion, a leader elected or a committed write, and elections can
// run in slow motion. The simulator stops exactly at the event; the live workers run
// on until the record reaches the page, a few ms later, and the menu says so. A real ensemble runs
// in real time: no slow motion, and a pause stops its servers without stopping time.

const TOGGLES = ['suspect', 'elected', 'commit'] as const satisfies readonly AutoPauseOn[];

export function PauseOnItems() {
  const autoPause = useAppStore((s) => s.autoPause);
  const setAutoPause = useAppStore((s) => s.setAutoPause);
  const slowMotion = useAppStore((s) => s.slowMotion);
  const setSlowMotion = useAppStore((s) => s.setSlowMotion);
  const exact = useAppStore((s) => s.capabilities.exactAutoPause);
  const canSlow = useAppStore((s) => s.capabilities.speed);
  const freezes = useAppStore((s) => s.capabilities.freezeAll);
  const t = useT();
  return (
    <div className="pause-on-menu">
      <p className="pause-on-note">{t('pauseOn.when')}</p>
      {TOGGLES.map((on) => (
        <label key={on} className="toggle">
          <input type="checkbox" checked={autoPause.includes(on)} onChange={(e) => setAutoPause(on, e.target.checked)} data-testid={`auto-pause-${on}`} /> {t(`pauseOn.${on}`)}
        </label>
      ))}
      <p className="pause-on-note">{t(exact ? 'pauseOn.exact' : freezes ? 'pauseOn.late' : 'pauseOn.lateReal')}</p>
      {!freezes && <p className="pause-on-note" data-testid="pause-not-freeze">{t('unsupported.freeze')}</p>}
      {canSlow ? (
        <label className="toggle">
          <input type="checkbox" checked={slowMotion} onChange={(e) => setSlowMotion(e.target.checked)} data-testid="slow-motion" /> {t('pauseOn.slowMotion')}
        </label>
      ) : (
        <p className="pause-on-note">{t('unsupported.speed')}</p>
      )}
      {!exact && <p className="pause-on-note"><CodeText id="pauseOn.stepNeedsSim" values={{ param: '?driver=sim' }} code={['param']} /></p>}
    </div>
  );
}
