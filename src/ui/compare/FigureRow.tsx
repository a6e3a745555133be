import type { ReactNode } from 'react';

// One measured value of one cluster: its words for people, its number for tests (data-value,
// empty while there is none yet).

interface Props {
  testId: string;
  label: string;
  value: number | null;
  children: ReactNode;
}

export function FigureRow({ testId, label, value, children }: Props) {
  return (
    <div className="compare-figure" data-testid={`compare-metric-${testId}`} data-value={value === null ? '' : String(value)}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
