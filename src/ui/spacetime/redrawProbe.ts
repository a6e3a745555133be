// A dev and test probe of the diagram's redraw cost: with `?testHooks=1` in the URL, every redraw
// (building the scene, React's render and commit of the SVG) is timed with performance.now and kept
// in `globalThis.__zkSpacetime`, for a Playwright evaluate or a person with the console. Without
// it nothing is installed and nothing is timed.

export interface RedrawProbe {
  /** Redraw durations, ms, newest last (the last 200). */
  redrawsMs: number[];
  /** Of each, building the scene from the log (the rest is React's render and commit). */
  scenesMs: number[];
  /** Elements drawn by the last redraw (messages, bands, marks). */
  lastElements: number;
}

const KEPT = 200;

function requested(): boolean {
  if (typeof location === 'undefined') return false;
  const value = new URLSearchParams(location.search).get('testHooks');
  return value === '1' || value === 'true';
}

const probe: RedrawProbe | null = requested() ? { redrawsMs: [], scenesMs: [], lastElements: 0 } : null;
if (probe) (globalThis as { __zkSpacetime?: RedrawProbe }).__zkSpacetime = probe;

export function probeStart(): number | null {
  return probe ? performance.now() : null;
}

/** Times `build` when probing. */
export function timedScene<T>(build: () => T): T {
  if (!probe) return build();
  const startMs = performance.now();
  const result = build();
  probe.scenesMs.push(performance.now() - startMs);
  if (probe.scenesMs.length > KEPT) probe.scenesMs.shift();
  return result;
}

export function probeEnd(startMs: number | null, elements: number): void {
  if (!probe || startMs === null) return;
  probe.redrawsMs.push(performance.now() - startMs);
  if (probe.redrawsMs.length > KEPT) probe.redrawsMs.shift();
  probe.lastElements = elements;
}
