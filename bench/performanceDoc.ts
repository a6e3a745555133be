import { existsSync, readFileSync, writeFileSync } from 'node:fs';

// docs/PERFORMANCE.md holds one section per benchmark; each benchmark rewrites only its own section.

const FILE = new URL('../docs/PERFORMANCE.md', import.meta.url);
const TITLE = '# Performance\n\nFigures measured by the benchmarks under `bench/`. The budgets are listed in [ARCHITECTURE.md](ARCHITECTURE.md#budgets).\n';

export function writePerformanceSection(heading: string, body: string): void {
  const text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : TITLE;
  const marker = `## ${heading}\n`;
  const section = `${marker}\n${body.trim()}\n`;
  const start = text.indexOf(marker);
  let next: string;
  if (start === -1) {
    next = `${text.trimEnd()}\n\n${section}`;
  } else {
    const after = text.indexOf('\n## ', start + marker.length);
    next = text.slice(0, start) + section + (after === -1 ? '' : text.slice(after));
  }
  writeFileSync(FILE, next.endsWith('\n') ? next : next + '\n');
}
