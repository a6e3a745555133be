import { useState } from 'react';
import type { ServerId } from '../../driver/index.ts';
import { parseIdList } from '../../store/index.ts';
import { idRanges } from '../panels/idRanges.ts';

// A group's servers as text ("1-12, 40"), for clusters too large for a row of checkboxes.

interface Props {
  ids: readonly ServerId[];
  group: ServerId[];
  letter: string;
  onChange(group: ServerId[]): void;
}

export function GroupIdField({ ids, group, letter, onChange }: Props) {
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (text === null) return;
    const parsed = parseIdList(text, ids);
    if (!parsed.ok) {
      setError(parsed.error);
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
        aria-label={`Servers in group ${letter}, like 1-3, 5`}
        aria-invalid={error !== null}
        placeholder="e.g. 1-3, 5"
      />
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
