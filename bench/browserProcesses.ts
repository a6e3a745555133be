import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

// The Chromium processes a benchmark started (its children and theirs), read from /proc: their CPU
// time and their proportional set size (PSS: shared pages split among the processes sharing them).

function parentOf(pid: number): number | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(text.slice(text.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/**
 * Every live process descending from `rootPid` (a browser the benchmark launched), or else from this
 * Node process when its command names chromium.
 */
export function browserPids(rootPid?: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = parentOf(Number(entry));
    if (ppid !== null) parents.set(Number(entry), ppid);
  }
  const ours = new Set<number>(rootPid === undefined ? [] : [rootPid]);
  for (const [pid, ppid] of parents) {
    if (rootPid !== undefined || ppid !== process.pid) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('chrom')) ours.add(pid);
    } catch {
      // Exited meanwhile.
    }
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!ours.has(pid) && ours.has(ppid)) {
        ours.add(pid);
        grew = true;
      }
    }
  }
  return [...ours];
}

/** utime + stime, in clock ticks, of one process (0 once it has exited). */
export function cpuTicksOf(pid: number): number {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** PSS of one process in kB, from smaps_rollup (0 once it has exited). */
export function pssKbOf(pid: number): number {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export function browserCpuTicks(rootPid?: number): number {
  return browserPids(rootPid).reduce((sum, pid) => sum + cpuTicksOf(pid), 0);
}

export function browserPssKb(rootPid?: number): number {
  return browserPids(rootPid).reduce((sum, pid) => sum + pssKbOf(pid), 0);
}

const CLOCK_TICKS_PER_S = Number(spawnSync('getconf', ['CLK_TCK']).stdout.toString().trim()) || 100;

/** The browser's CPU, % of one core, while `wait` runs (nobody touching the page meanwhile). */
export async function browserCpuPercentDuring(rootPid: number, wait: () => Promise<void>): Promise<number> {
  const ticks0 = browserCpuTicks(rootPid);
  const wall0 = process.hrtime.bigint();
  await wait();
  const ticks1 = browserCpuTicks(rootPid);
  const wallS = Number(process.hrtime.bigint() - wall0) / 1e9;
  return ((ticks1 - ticks0) / CLOCK_TICKS_PER_S / wallS) * 100;
}
