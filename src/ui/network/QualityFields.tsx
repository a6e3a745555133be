import { useId } from 'react';
import type { QualityDraft } from './qualityForm.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';
import { useT } from '../i18n/useT.ts';

// The three numbers of a link's quality (loss %, latency, jitter) with their error messages.

interface Props {
  draft: QualityDraft;
  errors: Partial<Record<keyof QualityDraft, string>>;
  onChange(draft: QualityDraft): void;
  testPrefix: string;
}

const FIELDS: { key: keyof QualityDraft; label: MessageKey; unit: string }[] = [
  { key: 'drop', label: 'network.quality.loss', unit: '%' },
  { key: 'latency', label: 'network.quality.latency', unit: 'ms' },
  { key: 'jitter', label: 'network.quality.jitter', unit: 'ms' },
];

export function QualityFields({ draft, errors, onChange, testPrefix }: Props) {
  const t = useT();
  const uid = useId();
  return (
    <>
      <div className="op-row">
        {FIELDS.map((f) => (
          <span key={f.key} className="quality-field">
            <label htmlFor={`${uid}-${f.key}`}>{t(f.label)}</label>
            <input
              id={`${uid}-${f.key}`}
              inputMode="decimal"
              value={draft[f.key]}
              onChange={(e) => onChange({ ...draft, [f.key]: e.target.value })}
              aria-invalid={Boolean(errors[f.key])}
              aria-describedby={errors[f.key] ? `${uid}-${f.key}-error` : undefined}
              data-testid={`${testPrefix}-${f.key}`}
            />
            <span className="panel-note">{f.unit}</span>
          </span>
        ))}
      </div>
      {FIELDS.map(
        (f) =>
          errors[f.key] && (
            <p key={f.key} id={`${uid}-${f.key}-error`} className="field-error" role="alert">
              {errors[f.key]}
            </p>
          ),
      )}
    </>
  );
}
