import { createDriver, ManualFrameClock, MAX_SPEED, type TimelineRecord } from '../../driver/index.ts';

// A lesson's whole run, headless: the same simulated driver the page plays it in, fed the same
// script. The page then jumps to the moments found here (src/lessons/moments.ts) and lands in
// exactly the same state: both are the same deterministic replay.

/** Real ms per hand-driven frame: at the top speed one frame is a simulated second. */
const FRAME_REAL_MS = 100;

/**
 * Every timeline record of the script's run up to `untilMs`, in order, or fewer once `enough`
 * says the records so far will do (checked every simulated second). Null when the script does not parse.
 */
export async function recordLessonRun(script: string, untilMs: number, enough: (records: readonly TimelineRecord[]) => boolean = () => false): Promise<TimelineRecord[] | null> {
  const clock = new ManualFrameClock();
  const driver = await createDriver('simulated', clock);
  const records: TimelineRecord[] = [];
  // Frame by frame, so each update carries a second's records (the driver keeps at most 2,000 between updates).
  const unsubscribe = driver.subscribe((update) => {
    for (const entry of update.events) records.push(entry);
  });
  try {
    const outcome = driver.playScript?.(script, { atMs: 0 });
    if (!outcome?.ok) return null;
    driver.setSpeed(MAX_SPEED);
    driver.setPausedAll(false);
    while (driver.nowMs() < untilMs && !enough(records)) clock.frame(FRAME_REAL_MS);
    clock.frame(FRAME_REAL_MS);
    return records.filter((r) => r.t <= untilMs);
  } finally {
    unsubscribe();
    driver.dispose();
  }
}
