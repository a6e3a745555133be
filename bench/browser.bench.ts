import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { installedBrowser, NO_BROWSER_MESSAGE } from '../scripts/findBrowser.ts';
import { findOptionsFromEnv, systemProbes } from '../scripts/systemProbes.ts';
import { measureCycles, measureMemory, type CycleResult, type LaunchedBrowser, type MemoryResult } from './browserMemory.ts';
import { idleCpuWithDiagram, measureHistory, type HistoryResult } from './browserHistory.ts';
import { browserCpuPercentDuring } from './browserProcesses.ts';
import { countFrames } from './pageProbes.ts';
import { writePerformanceSection } from './performanceDoc.ts';

// The live playground in headless Chromium (the one scripts/find-browser.ts finds), at 5, 25, 51 and 101 servers (DESIGN §8):
// frames per second, the longest main-thread task, message delivery lag, and the whole browser's
// CPU while the cluster idles, and memory per worker (bench/browserMemory.ts). Writes the "Browser" and
// "Browser memory" sections of docs/PERFORMANCE.md.
//
//   npm run bench:browser [-- --no-build] [-- --sizes 5,25] [-- --no-memory] [-- --history] [-- --idle-diagram]   (BENCH_CYCLES=N for fewer kill/revive cycles, BENCH_PORT=N for the preview server's port)

// BENCH_PORT: another port, so two checkouts can run the benchmark side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const ORIGIN = `http://127.0.0.1:${PORT}`;
// The page is opened with ?testHooks=1 for globalThis.__zkLive.diagnostics().
// `npm run bench:browser` runs scripts/find-browser.ts first, which installs one when it can.
const CHROMIUM = installedBrowser(systemProbes, findOptionsFromEnv())?.executablePath ?? '';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Real time after the leader is elected before measuring, so start-up work is over. */
const SETTLE_MS = 10_000;
const WINDOW_MS = 10_000;
const STARTUP_TIMEOUT_MS = 120_000;
const BUDGET_FPS = 55;
const BUDGET_TASK_MS = 50;
const BUDGET_CPU_PERCENT = 15;

interface Result {
  servers: number;
  startupMs: number;
  /** The first STARTUP_WINDOW_MS after navigation: frames per second and the longest task. */
  startupFps: number;
  startupWindowTaskMs: number;
  fps: number;
  maxFrameGapMs: number;
  longestTaskMs: number;
  longestStartupTaskMs: number;
  lagP50Ms: number;
  lagP99Ms: number;
  lagSamples: number;
  messagesPerS: number;
  updatesPerS: number;
  reordered: number;
  behind: boolean;
  cpuPercent: number;
  /** The whole browser's CPU with the same page in reduced motion (no message animation). */
  cpuStillPercent: number;
  /** Crash of the leader: real ms until a new leader in a higher epoch, and the longest task meanwhile. */
  failoverMs: number;
  failoverLongestTaskMs: number;
  failoverFps: number;
}

interface Diagnostics {
  started: boolean;
  workers: number;
  health: { behind: boolean };
  lagSinceReset: { lagP50Ms: number; lagP99Ms: number; samples: number };
  updates: number;
  transport: { received: number; reordered: number };
}

const argv = process.argv.slice(2);
const sizesArg = argv.indexOf('--sizes');
const SIZES = sizesArg >= 0 ? (argv[sizesArg + 1] ?? '').split(',').map(Number) : [5, 25, 51, 101];

function diagnostics(page: Page, resetLag = false): Promise<Diagnostics> {
  return page.evaluate((reset) => (globalThis as unknown as { __zkLive: { diagnostics(o: { resetLag: boolean }): Diagnostics } }).__zkLive.diagnostics({ resetLag: reset }), resetLag);
}

const MEMORY_SIZES = [25, 51, 101];
const CYCLE_SERVERS = 5;
const CYCLES = Number(process.env.BENCH_CYCLES ?? 100);
const BUDGET_WORKER_MB = 5;
/** Real time from navigation that counts as start-up: workers load, the first election, the sync. */
const STARTUP_WINDOW_MS = 20_000;

async function launch(): Promise<LaunchedBrowser> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: ARGS, headless: true });
  return { server, browser: await chromium.connect(server.wsEndpoint()) };
}

// ------------------------------------------------------------------ page probes

/** Installed before the app loads: every long task (> 50 ms) the main thread runs. */
const LONG_TASK_PROBE = `
  window.__bench = { longTasks: [], startup: { frames: 0, maxGapMs: 0, endMs: 0 } };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  {
    const s = window.__bench.startup;
    let last = performance.now();
    const tick = (now) => {
      s.frames++;
      s.maxGapMs = Math.max(s.maxGapMs, now - last);
      last = now;
      s.endMs = now;
      if (now < ${STARTUP_WINDOW_MS}) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }
`;

async function longTasks(page: Page): Promise<{ start: number; duration: number }[]> {
  return page.evaluate(() => (window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }).__bench.longTasks);
}

// ------------------------------------------------------------------ one cluster size

async function measure(servers: number): Promise<Result> {
  const { browser, server } = await launch();
  const rootPid = server.process().pid!;
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.addInitScript(LONG_TASK_PROBE);
    const t0 = Date.now();
    await page.goto(`${ORIGIN}/?driver=live&nodes=${servers}&seed=1&testHooks=1`);
    // The hook answers with a promise, which waitForFunction would take for a truthy answer: poll it.
    const startupDeadline = Date.now() + STARTUP_TIMEOUT_MS;
    const startedWithLeader = () =>
      page.evaluate(async () => {
        const hook = (globalThis as unknown as { __zkLive?: { diagnostics(): Promise<{ started: boolean }> } }).__zkLive;
        const leader = document.querySelector('[data-testid="leader"]')?.getAttribute('data-leader-id');
        return Boolean(leader && hook && (await hook.diagnostics()).started);
      });
    while (!(await startedWithLeader())) {
      if (Date.now() > startupDeadline) throw new Error(`${servers} servers: no leader within ${STARTUP_TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const startupMs = Date.now() - t0;
    await page.waitForFunction((ms) => performance.now() >= ms, STARTUP_WINDOW_MS, { timeout: STARTUP_WINDOW_MS + 60_000, polling: 200 });
    const startupFrames = await page.evaluate(() => (window as unknown as { __bench: { startup: { frames: number; endMs: number } } }).__bench.startup);
    await page.waitForTimeout(SETTLE_MS);

    // Window 1: frames, long tasks, delivery lag while the page animates at will.
    const before = await diagnostics(page, true);
    const windowStart = await page.evaluate(() => performance.now());
    const frames = await countFrames(page, WINDOW_MS);
    const after = await diagnostics(page);
    const tasks = await longTasks(page);
    const inWindow = tasks.filter((t) => t.start >= windowStart);
    const atStartup = tasks.filter((t) => t.start < windowStart);

    // Window 2: the whole browser's CPU while nobody touches the page (no frame probe running).
    const cpuPercent = await browserCpuPercentDuring(rootPid, () => page.waitForTimeout(WINDOW_MS));

    // Window 3: crash the leader (a click) and time the failover: detection, election, sync.
    const leader = await page.getByTestId('leader').getAttribute('data-leader-id');
    const epoch = Number(await page.getByTestId('leader').getAttribute('data-epoch'));
    const crashAt = await page.evaluate(() => performance.now());
    const crashFrames = countFrames(page, 120_000);
    await page.getByTestId(`node-${leader}`).click();
    await page.waitForFunction(
      ([old, oldEpoch]) => {
        const el = document.querySelector('[data-testid="leader"]');
        const id = el?.getAttribute('data-leader-id');
        return Boolean(id && id !== old && Number(el?.getAttribute('data-epoch')) > Number(oldEpoch));
      },
      [leader, String(epoch)],
      { timeout: 60_000, polling: 50 },
    );
    const failoverMs = (await page.evaluate(() => performance.now())) - crashAt;
    await page.evaluate('window.__benchStop = true');
    const failoverTasks = (await longTasks(page)).filter((t) => t.start >= crashAt);
    const failoverFrames = await crashFrames;

    if (errors.length > 0) console.warn(`  ${servers} servers: page errors: ${errors.slice(0, 3).join(' | ')}`);
    await context.close();
    const cpuStillPercent = servers === 5 ? await idleCpuStill(browser, rootPid, servers) : NaN;
    return {
      servers,
      startupMs,
      startupFps: (startupFrames.frames / startupFrames.endMs) * 1000,
      startupWindowTaskMs: Math.max(0, ...tasks.filter((t) => t.start < STARTUP_WINDOW_MS).map((t) => t.duration)),
      fps: (frames.frames / frames.elapsedMs) * 1000,
      maxFrameGapMs: frames.maxGapMs,
      longestTaskMs: Math.max(0, ...inWindow.map((t) => t.duration)),
      longestStartupTaskMs: Math.max(0, ...atStartup.map((t) => t.duration)),
      lagP50Ms: after.lagSinceReset.lagP50Ms,
      lagP99Ms: after.lagSinceReset.lagP99Ms,
      lagSamples: after.lagSinceReset.samples,
      messagesPerS: ((after.transport.received - before.transport.received) / frames.elapsedMs) * 1000,
      updatesPerS: ((after.updates - before.updates) / frames.elapsedMs) * 1000,
      reordered: after.transport.reordered,
      behind: after.health.behind,
      cpuPercent,
      cpuStillPercent,
      failoverMs,
      failoverLongestTaskMs: Math.max(0, ...failoverTasks.map((t) => t.duration)),
      failoverFps: (failoverFrames.frames / failoverFrames.elapsedMs) * 1000,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The browser's CPU for a steady cluster in reduced motion: what the page costs without animation. */
async function idleCpuStill(browser: Browser, rootPid: number, servers: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/?driver=live&nodes=${servers}&seed=1`);
  await page.waitForFunction(() => Boolean(document.querySelector('[data-testid="leader"]')?.getAttribute('data-leader-id')), undefined, { timeout: STARTUP_TIMEOUT_MS });
  await page.waitForTimeout(SETTLE_MS);
  const percent = await browserCpuPercentDuring(rootPid, () => page.waitForTimeout(WINDOW_MS));
  await context.close();
  return percent;
}

// ------------------------------------------------------------------ report

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const taskText = (ms: number) => (ms === 0 ? 'none > 50 ms' : `${fmt(ms)} ms`);

function report(results: Result[], chromiumVersion: string): string {
  const cpus = os.cpus();
  const lines = [
    'Measured by `npm run bench:browser` (bench/browser.bench.ts): the built app (`vite build`, `vite preview`) with the live driver',
    '(`/?driver=live&nodes=N&seed=1`: one Web Worker per server, ZooKeeper mode, tickTime 2,000 ms, speed 1×, message animation on)',
    `in headless Chromium ${chromiumVersion}, viewport 1280×720, one fresh browser per size. Start-up runs from navigation until every worker`,
    `has loaded and a leader is shown. After ${fmt(SETTLE_MS / 1000)} s of settling, a ${fmt(WINDOW_MS / 1000)} s window counts animation frames, long tasks`,
    '(PerformanceObserver `longtask`: tasks over 50 ms) and delivery lag (how much later than its simulated delivery time each message was',
    `processed, real ms, all servers); then a ${fmt(WINDOW_MS / 1000)} s window with nothing but the app running sums the CPU time (utime + stime from`,
    '/proc) of every Chromium process. Finally the leader is crashed by a click and the failover is timed until a new leader in a higher',
    'epoch is shown (silent crash: syncLimit 5 × tickTime 2,000 ms = 10 s to notice, then the election).',
    `The start-up window is the first ${fmt(STARTUP_WINDOW_MS / 1000)} s after navigation (workers loading, the first election, the sync).`,
    `Machine: ${os.platform()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, Node ${process.version}, measured ${new Date().toISOString().slice(0, 10)}`,
    `(1-minute load average when the run ended: ${os.loadavg()[0]?.toFixed(1)}; other work on the machine shows up in these figures).`,
    '',
    '| servers | start-up to leader | start-up window: fps, longest task | fps (steady) | longest task (steady) | lag p50 / p99 | messages / s | updates / s | CPU, % of one core | failover: new leader after, longest task, fps | budget |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    const checks: string[] = [];
    if (r.servers === 101) {
      const windows: [string, number, number][] = [
        ['start-up', r.startupFps, r.startupWindowTaskMs],
        ['steady', r.fps, r.longestTaskMs],
        ['failover', r.failoverFps, r.failoverLongestTaskMs],
      ];
      for (const [name, fps, taskMs] of windows) checks.push(`${name}: ${fps >= BUDGET_FPS && taskMs <= BUDGET_TASK_MS ? 'met' : 'MISSED'}`);
    }
    if (r.servers === 5) checks.push(r.cpuPercent <= BUDGET_CPU_PERCENT ? `CPU ≤ ${BUDGET_CPU_PERCENT}%: met` : `CPU ≤ ${BUDGET_CPU_PERCENT}%: MISSED`);
    if (r.behind) checks.push('watchdog: behind');
    const cpu = Number.isNaN(r.cpuStillPercent) ? `**${fmt(r.cpuPercent, 1)}**` : `**${fmt(r.cpuPercent, 1)}** (${fmt(r.cpuStillPercent, 1)} in reduced motion)`;
    lines.push(
      `| ${r.servers} | ${fmt(r.startupMs / 1000, 1)} s | **${fmt(r.startupFps, 1)}**, **${taskText(r.startupWindowTaskMs)}** | **${fmt(r.fps, 1)}** | **${taskText(r.longestTaskMs)}** | ${fmt(r.lagP50Ms, 1)} / ${fmt(r.lagP99Ms, 1)} ms | ${fmt(r.messagesPerS)} | ${fmt(r.updatesPerS, 1)} | ${cpu} | ${fmt(r.failoverMs / 1000, 1)} s, ${taskText(r.failoverLongestTaskMs)}, ${fmt(r.failoverFps, 0)} fps | ${checks.join('; ') || '–'} |`,
    );
  }
  const reordered = results.reduce((sum, r) => sum + r.reordered, 0);
  lines.push('', `Messages delivered out of per-sender order across all runs: ${reordered}. Lag percentiles come from 5%-wide histogram buckets (upper edges).`);
  return lines.join('\n');
}

function memoryReport(results: MemoryResult[], cycles: CycleResult): string {
  const growth = cycles.afterMb - cycles.beforeMb;
  const lines = [
    'Measured by `npm run bench:browser`: the proportional set size (PSS, from /proc/PID/smaps_rollup; shared pages split among the',
    'processes sharing them) of every process of one fresh headless Chromium, first with a blank page, then with the playground',
    `(live driver, N workers) ${fmt(SETTLE_MS / 1000)} s after its first leader; each figure is the median of five readings 1 s apart. Per worker is`,
    '(playground − blank) ÷ N, so it also carries the page itself (React, the DOM, its raster tiles) shared out over N.',
    // PSS splits the Chromium binary's pages among every process mapping them, other browsers on the machine included, so the
    // blank page moves by up to 100 MB between runs on a shared machine: the date and the load say what the figures were taken in.
    `Measured ${new Date().toISOString().slice(0, 10)}; 1-minute load average when the memory runs ended: ${os.loadavg()[0]?.toFixed(1)}.`,
    '',
    '| servers | blank page | playground | per worker | budget ≤ 5 MB |',
    '| --- | --- | --- | --- | --- |',
    ...results.map((r) => `| ${r.servers} | ${fmt(r.blankMb)} MB | ${fmt(r.appMb)} MB | **${fmt(r.perWorkerMb, 2)} MB** | ${r.perWorkerMb <= BUDGET_WORKER_MB ? 'met' : 'MISSED'} |`),
    '',
    `Kill/revive cycles at ${cycles.servers} servers: ${cycles.cycles} cycles, each a follower crashed (click) or killed (menu), alternately, then`,
    "restarted and back to FOLLOWING; PSS settled before and after, each time just after a forced collection of the page's heap (a leak check",
    'compares what is still reachable, not where the garbage cycle stands: without it the reading swung by 60–180 MB between runs).',
    '',
    '| cycles | before | after | growth | live workers after | flat (growth ≤ 10%) |',
    '| --- | --- | --- | --- | --- | --- |',
    `| ${cycles.cycles} | ${fmt(cycles.beforeMb)} MB | ${fmt(cycles.afterMb)} MB | ${growth >= 0 ? '+' : ''}${fmt(growth, 1)} MB | ${cycles.workersAfter} | ${growth <= cycles.beforeMb * 0.1 ? 'yes' : 'NO'} |`,
  ];
  return lines.join('\n');
}

// ------------------------------------------------------------------ main

/** node:http rather than fetch: undici refuses port 4190 (on the Fetch standard's "bad ports" list). */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
  });
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await answers(url)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

async function main(): Promise<void> {
  if (!CHROMIUM) {
    console.error(NO_BROWSER_MESSAGE);
    process.exitCode = 1;
    return;
  }
  if (!argv.includes('--no-build')) {
    const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  // vite's own binary (not npx), so killing this child stops the server itself.
  const preview: ChildProcess = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  try {
    await waitForServer(ORIGIN, 30_000);
    const version = spawnSync(CHROMIUM, ['--version']).stdout.toString().match(/[\d.]+/)?.[0] ?? 'unknown';
    if (argv.includes('--history')) {
      await historySection();
      return;
    }
    if (argv.includes('--idle-diagram')) {
      const { median, runs } = await idleCpuWithDiagramRuns();
      console.log(`5 servers, Web Workers, diagram open: median ${fmt(median, 1)}% of one core (runs: ${runs.map((r) => fmt(r, 1)).join(', ')}); budget ≤ ${BUDGET_CPU_PERCENT}% (docs/PERFORMANCE.md not updated)`);
      return;
    }
    const results: Result[] = [];
    for (const servers of SIZES) {
      const r = await measure(servers);
      results.push(r);
      console.log(`${servers} servers: start-up ${fmt(r.startupMs)} ms (first 20 s: ${fmt(r.startupFps, 1)} fps, longest task ${taskText(r.startupWindowTaskMs)}), ${fmt(r.fps, 1)} fps (max gap ${fmt(r.maxFrameGapMs)} ms), longest task ${taskText(r.longestTaskMs)} (start-up ${taskText(r.longestStartupTaskMs)}), lag p50 ${fmt(r.lagP50Ms, 1)} / p99 ${fmt(r.lagP99Ms, 1)} ms over ${fmt(r.lagSamples)} messages, ${fmt(r.messagesPerS)} msg/s, ${fmt(r.updatesPerS, 1)} updates/s, CPU ${fmt(r.cpuPercent, 1)}% (reduced motion ${fmt(r.cpuStillPercent, 1)}%), failover ${fmt(r.failoverMs)} ms (longest task ${taskText(r.failoverLongestTaskMs)}, ${fmt(r.failoverFps, 1)} fps)${r.behind ? ', BEHIND' : ''}`);
    }
    const body = report(results, version);
    const full = SIZES.join(',') === '5,25,51,101';
    if (full) writePerformanceSection('Browser', body);
    console.log(`\n${body}`);
    if (!argv.includes('--no-memory')) {
      const memory: MemoryResult[] = [];
      for (const servers of full ? MEMORY_SIZES : SIZES) {
        const m = await measureMemory(launch, ORIGIN, servers);
        memory.push(m);
        console.log(`${servers} servers: blank ${fmt(m.blankMb)} MB, playground ${fmt(m.appMb)} MB, ${fmt(m.perWorkerMb, 2)} MB per worker`);
      }
      const cycles = await measureCycles(launch, ORIGIN, CYCLE_SERVERS, CYCLES);
      const memoryBody = memoryReport(memory, cycles);
      if (full) writePerformanceSection('Browser memory', memoryBody);
      console.log(`\n${memoryBody}`);
    }
    if (!full) console.log('(partial run: docs/PERFORMANCE.md not updated)');
  } finally {
    preview.kill();
  }
}

/** Idle CPU runs with the diagram open: one 10 s window scatters by a point or two, so three fresh pages and their median. */
const IDLE_DIAGRAM_RUNS = 3;

async function idleCpuWithDiagramRuns(): Promise<{ median: number; runs: number[] }> {
  const runs: number[] = [];
  for (let i = 0; i < IDLE_DIAGRAM_RUNS; i++) runs.push(await idleCpuWithDiagram(launch, ORIGIN, SETTLE_MS, WINDOW_MS));
  const sorted = [...runs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, runs };
}

/** `--history`: issue 9's recording budgets (bench/browserHistory.ts), in their own section. */
async function historySection(): Promise<void> {
  const runs: HistoryResult[] = [];
  for (const [servers, minutes] of [[5, 30], [101, 10]] as const) {
    const r = await measureHistory(launch, ORIGIN, servers, minutes, 420_000);
    runs.push(r);
    console.log(`${servers} servers: ${fmt(r.reachedMinutes, 1)} of ${minutes} simulated min, heap ${fmt(r.heapStartMb, 1)} → ${fmt(r.heapEndMb, 1)} MB, scrub median ${fmt(r.scrubMedianMs, 1)} ms, worst ${fmt(r.scrubMaxMs, 1)} ms`);
  }
  const { median: cpu, runs: cpuRuns } = await idleCpuWithDiagramRuns();
  console.log(`5 servers, Web Workers, diagram open: ${fmt(cpu, 1)}% of one core (median of ${cpuRuns.map((r) => fmt(r, 1)).join(', ')})`);
  const budgetScrubMs = (servers: number) => (servers <= 5 ? 16 : 50);
  const rows = runs.map((r) => {
    const grown = r.heapEndMb - r.heapStartMb;
    const checks = [grown <= 50 ? 'heap ≤ 50 MB: met' : 'heap ≤ 50 MB: MISSED', r.scrubMedianMs <= budgetScrubMs(r.servers) ? `scrub median ≤ ${budgetScrubMs(r.servers)} ms: met` : `scrub median ≤ ${budgetScrubMs(r.servers)} ms: MISSED`];
    if (r.reachedMinutes < r.simMinutes) checks.push(`reached only ${fmt(r.reachedMinutes, 1)} min`);
    return `| ${r.servers} | ${fmt(r.reachedMinutes, 1)} min | ${fmt(r.heapStartMb, 1)} → ${fmt(r.heapEndMb, 1)} MB (**+${fmt(grown, 1)} MB**) | **${fmt(r.scrubMedianMs, 1)}** / ${fmt(r.scrubMaxMs, 1)} ms | ${checks.join('; ')} |`;
  });
  const body = [
    `Chromium ${spawnSync(CHROMIUM, ['--version']).stdout.toString().match(/[\d.]+/)?.[0] ?? ''}, headless, 1280×720, measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:browser -- --history\` (bench/browserHistory.ts).`,
    'The simulator at 10× with the space-time diagram open and a crash or restart of the leader every simulated minute; the page heap after GC, from just after start-up to the end of the session; then 40 scrubs spread over the history, each the scrubber\'s input event plus the layout it forces (median / worst).',
    '',
    '| servers | simulated | page heap | scrub redraw | budgets |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Idle CPU, 5 servers in Web Workers with the diagram open: **${fmt(cpu, 1)}%** of one core, the median of ${cpuRuns.length} fresh pages (${cpuRuns.map((r) => `${fmt(r, 1)}%`).join(', ')}; ${cpu <= BUDGET_CPU_PERCENT ? 'met' : 'MISSED'}: budget ≤ ${BUDGET_CPU_PERCENT}%).`,
  ].join('\n');
  writePerformanceSection('Browser history', body);
  console.log(`\n${body}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
