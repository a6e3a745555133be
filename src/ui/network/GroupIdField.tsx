import { useState } from 'react';
import type { ServerId } from '../../driver/index.ts';
import { parseIdList } from '../../store/index.ts';
import { idRanges } from '../panels/idRanges.ts';
import { CodeSpans } from '../i18n/CodeSpans.tsx';
import { useT } from '../i18n/useT.ts';
import { idListWords } from './groupWords.ts';

// A group's servers as text ("1-12, 40"), for clusters too large for a row of checkboxes.

interface Props {
  ids: readonly ServerId[];
  group: ServerId[];
  letter: string;
  onChange(group: ServerId[]): void;
}

export function GroupIdField({ ids, group, letter, onChange }: Props) {
  const t = useT();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (text === null) return;
    const parsed = parseIdList(text, ids);
    if (!parsed.ok) {
      setError(idListWords(parsed.problem, t));
      return;
    }
    setError(null);
    setText(null);
    onChange(parsed.ids);
  };
  return (
    <span className="group-id-field">
      <input
        value={text ?? idRanges(group)}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
        aria-label={t('network.groups.idsLabel', { letter })}
        aria-invalid={error !== null}
        placeholder={t('network.groups.idsPlaceholder')}
      />
      {error && (
        <span className="field-error" role="alert">
          <CodeSpans text={error} />
        </span>
      )}
    </span>
  );
}
