import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFERRED_AREAS } from '../../i18n/catalogAreas.ts';
import { setLocale, loadAreas } from '../i18n/localeStore.ts';
import { createStore } from 'zustand/vanilla';
import { EMPTY_FIGURES, type CompareFigures } from '../../store/compareFigures.ts';
import type { CompareSide } from '../../store/compareSession.ts';
import { ClusterFigures } from './ClusterFigures.tsx';

// The page loads its language before it draws; so do these renders.
beforeAll(() => setLocale('en'));

// The page loads these words with the tabs and panels; rendered here directly (some while the tests
// are collected), they load first.
await loadAreas(DEFERRED_AREAS);

// Compare mode's figure hooks as rendered markup: compare-metric-<name> with the number in
// data-value, empty while there is none (words say "not yet"), in the page's language (English here).

function render(figures: CompareFigures): string {
  const side = { figures: createStore<CompareFigures>(() => figures) } as unknown as CompareSide;
  return renderToStaticMarkup(createElement(ClusterFigures, { side, name: 'A' }));
}

const hook = (html: string, name: string) => new RegExp(`data-testid="compare-metric-${name}" data-value="([^"]*)"`).exec(html)?.[1];

describe('compare figures markup', () => {
  it('carries each number in data-value', () => {
    const html = render({
      ...EMPTY_FIGURES,
      fault: { action: 'crash', node: 5, atMs: 20_000 },
      detectedMs: 3000,
      detectedBy: 2,
      electionStarter: 2,
      electionMs: 1179,
      recoveredMs: 10_540,
      suspicions: { total: 9, falseAlarms: 5 },
      messages: { total: 1366, heartbeats: 902, pings: 264 },
      leader: 1,
      epoch: 2,
      timeMs: 50_000,
    });
    const expected = { detection: '3000', 'detected-by': '2', 'election-starter': '2', election: '1179', recovered: '10540', suspicions: '9', 'false-suspicions': '5', messages: '1366', heartbeats: '902', pings: '264', leader: '1', epoch: '2' };
    for (const [name, value] of Object.entries(expected)) expect(hook(html, name), name).toBe(value);
    expect(html).toContain('3,000 ms');
    expect(html).toContain('902 (18/s)');
    expect(html).toContain('Server 2');
  });

  it('leaves data-value empty before the fault, and says so in words', () => {
    const html = render(EMPTY_FIGURES);
    for (const name of ['detection', 'detected-by', 'election-starter', 'election', 'recovered', 'leader', 'epoch']) expect(hook(html, name), name).toBe('');
    expect(hook(html, 'suspicions')).toBe('0');
    expect(html).toContain('not yet');
  });
});
