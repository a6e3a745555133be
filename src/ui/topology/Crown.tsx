import { memo } from 'react';

// The leader's crown, drawn above its node: a shape cue that does not depend on colour. Solid gold
// when it serves, hollow while it gathers its quorum, and dashed grey when it is deposed but has
// not noticed yet (it still thinks it leads an old epoch).

interface Props {
  /** Distance from the node centre to the crown's base. */
  base: number;
  size: number;
  look: 'serving' | 'pending' | 'deposed';
}

export const Crown = memo(function Crown({ base, size, look }: Props) {
  const w = size;
  const h = size * 0.55;
  const y = -base;
  const points = [
    [-w / 2, y],
    [-w / 2, y - h],
    [-w / 4, y - h * 0.45],
    [0, y - h],
    [w / 4, y - h * 0.45],
    [w / 2, y - h],
    [w / 2, y],
  ]
    .map(([px, py]) => `${px},${py}`)
    .join(' ');
  return <polygon className={`crown crown-${look}`} points={points} strokeWidth={Math.max(1.5, size * 0.06)} strokeLinejoin="round" aria-hidden="true" />;
});
