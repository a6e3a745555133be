import { MESSAGE_KINDS, kindStyles } from './kindStyles.ts';

// Arrowheads, one per message kind in its colour, the hatching of a down server's lane, and the
// plot's clip (nothing is drawn over the lane labels).

interface Props {
  plotWidth: number;
  height: number;
}

export function SpacetimeDefs({ plotWidth, height }: Props) {
  return (
    <defs>
      {MESSAGE_KINDS.map((kind) => (
        <marker key={kind} id={`st-head-${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto">
          <path d="M0,0L10,5L0,10z" fill={kindStyles[kind].color} />
        </marker>
      ))}
      <pattern id="st-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line x1="0" y1="0" x2="0" y2="8" stroke="#8c95a3" strokeWidth="2" />
      </pattern>
      <clipPath id="st-clip">
        <rect x="0" y="0" width={plotWidth} height={height} />
      </clipPath>
    </defs>
  );
}
