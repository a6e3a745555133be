// The leader's crown, drawn above its node: a shape cue that does not depend on colour.

interface Props {
  /** Distance from the node centre to the crown's base. */
  base: number;
  size: number;
  solid: boolean;
}

export function Crown({ base, size, solid }: Props) {
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
  return <polygon className="crown" points={points} fill={solid ? '#f6b400' : '#ffffff'} stroke="#7a4a00" strokeWidth={Math.max(1.5, size * 0.06)} strokeLinejoin="round" aria-hidden="true" />;
}
