import { useState } from 'react';
import { PRESETS, type PresetName } from '../../driver/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { shown } from '../../store/shown.ts';
import { useT } from '../i18n/useT.ts';

// The named partition shapes, one button each. The lesson of the one under the pointer or focus is
// shown below (and stays for the one applied last), so the class reads what to look for.

export function PresetPicker() {
  const t = useT();
  const applyPreset = useAppStore((s) => s.applyPreset);
  const last = useAppStore((s) => s.lastPreset);
  const enough = useAppStore((s) => shown(s).nodeIds.length >= 3);
  const [hover, setHover] = useState<PresetName | null>(null);
  const described = PRESETS.find((p) => p.name === (hover ?? last));
  return (
    <section className="panel presets-panel" aria-labelledby="presets-title">
      <h2 id="presets-title">
        {t('network.presets.title')} <span className="panel-note">{t('network.presets.note')}</span>
      </h2>
      <div className="preset-buttons" onMouseLeave={() => setHover(null)}>
        {PRESETS.map((p) => (
          <button
            key={p.name}
            type="button"
            className={last === p.name ? 'is-last' : ''}
            disabled={!enough}
            title={t(`network.preset.${p.name}.lesson`)}
            aria-describedby="preset-lesson"
            onMouseEnter={() => setHover(p.name)}
            onFocus={() => setHover(p.name)}
            onBlur={() => setHover(null)}
            onClick={() => applyPreset(p.name)}
            data-testid={`preset-${p.name}`}
          >
            {t(`network.preset.${p.name}.label`)}
          </button>
        ))}
      </div>
      <p id="preset-lesson" className="preset-lesson" aria-live="polite">
        {described ? (
          <>
            <strong>{t(`network.preset.${described.name}.label`)}:</strong> {t(`network.preset.${described.name}.lesson`)}
          </>
        ) : (
          t('network.presets.hint')
        )}
      </p>
    </section>
  );
}
