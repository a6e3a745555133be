import { describe, expect, it } from 'vitest';
import { colorTokens, colorTokensCss, cssVariableName } from './colorTokens.ts';
import { stateStyles } from './theme.ts';

describe('colour tokens', () => {
  it('name CSS variables in kebab case and write one declaration per token', () => {
    expect(cssVariableName('leaderFill')).toBe('--leader-fill');
    expect(cssVariableName('ink')).toBe('--ink');
    const css = colorTokensCss();
    expect(css).toContain('--leader-fill: #f6b400;');
    expect(css.match(/--[a-z-]+: #[0-9a-f]{6};/g)).toHaveLength(Object.keys(colorTokens).length);
  });

  it('are the very colours the drawing uses', () => {
    expect(stateStyles.leading.fill).toBe(colorTokens.leaderFill);
    expect(stateStyles.following.stroke).toBe(colorTokens.followerStroke);
    expect(stateStyles.looking.stroke).toBe(colorTokens.election);
  });
});
