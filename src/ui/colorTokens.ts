// Every colour the page and its drawings share, defined once. theme.ts (the SVG drawing) reads them
// here; the stylesheets read them as CSS custom properties (`var(--leader-fill)`), which vite.config.ts
// writes from this table into a virtual stylesheet at build time (no inline style, so the CSP holds).

export const colorTokens = {
  ink: '#14181f',
  inkSoft: '#3d4552',
  page: '#f3f4f6',
  panel: '#ffffff',
  line: '#c9ced6',
  accent: '#1d5fd1',
  good: '#157a41',
  bad: '#c21f1f',
  warn: '#a86600',
  user: '#6a23bf',
  /** The leader's gold, its dark outline; the follower's dark outline; the election's violet. */
  leaderFill: '#f6b400',
  leaderStroke: '#7a4a00',
  followerStroke: '#0c2d6b',
  election: '#7b2fd0',
  /** Half of a timeout used. */
  amber: '#e0a100',
} as const;

export type ColorToken = keyof typeof colorTokens;

/** `leaderFill` → `--leader-fill`. */
export function cssVariableName(token: ColorToken): string {
  return `--${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The `:root` rule the stylesheets read. */
export function colorTokensCss(): string {
  const lines = (Object.keys(colorTokens) as ColorToken[]).map((token) => `  ${cssVariableName(token)}: ${colorTokens[token]};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}
