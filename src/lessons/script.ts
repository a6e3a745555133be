// The set-up every lesson script starts with: the Getting Started guide's timing (tickTime 2 s,
// initLimit 5, syncLimit 2, so a silent leader is noticed after 4 s), a fixed seed so the lesson
// is the same every time, and every server started at 0.

export interface LessonSetup {
  nodes: number;
  observers?: string;
  /** Extra `config` keys, such as `detector=all-to-all heartbeatMs=1000 timeoutMs=3000`. */
  config?: string;
  tickTimeMs?: number;
  syncLimitTicks?: number;
}

export function lessonScript(setup: LessonSetup, steps: string): string {
  const config = `tickTime=${setup.tickTimeMs ?? 2000} initLimit=5 syncLimit=${setup.syncLimitTicks ?? 2}${setup.config ? ` ${setup.config}` : ''}`;
  const observers = setup.observers ? `observers ${setup.observers}\n` : '';
  return `nodes ${setup.nodes}\n${observers}config ${config}\nnetwork latency=2 jitter=1\nseed 7\nat 0 start all\n${steps.trim()}\n`;
}

/** Just after a leader has won its election (the first one after the previous moment), once its followers have synced. */
export const ELECTED = { after: { kind: 'leader-elected' }, plusMs: 50 } as const;
/** The first suspicion after the previous moment. */
export const SUSPECTED = { after: { kind: 'peer-suspected' } } as const;
