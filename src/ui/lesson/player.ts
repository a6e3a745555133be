import { create } from 'zustand';
import { lessonById, resolveLesson, answerOf, type Answer, type Lesson, type Resolution, type ResolvedLesson } from '../../lessons/index.ts';
import type { AppStore } from '../../store/index.ts';
import { clearHighlight, setHighlight } from '../highlight.ts';
import { showLauncherNotice, useLauncher, type LessonRequest } from '../lessonLauncher/launcherStore.ts';
import { factsOf } from './facts.ts';
import { recordLessonRun } from './lessonRun.ts';

// The lesson player: jumps the page's simulator to each step's moment (a replay of the lesson's
// script to that ms, the same every time), and for a question lets the run play on from the
// question to its reveal at the page's speed, then stands exactly at the reveal and computes the
// correct option from what the store shows.

export type Phase = 'loading' | 'broken' | 'step' | 'asking' | 'playing' | 'revealed';

export interface PlayerState {
  lesson: Lesson | null;
  resolved: ResolvedLesson | null;
  /** 0-based. */
  index: number;
  phase: Phase;
  choice: number | null;
  answer: Answer | null;
  /** The step whose moment the run never reached (phase broken), 1-based. */
  brokenStep: number;
}

const CLOSED: PlayerState = { lesson: null, resolved: null, index: 0, phase: 'loading', choice: null, answer: null, brokenStep: 0 };

export const usePlayer = create<PlayerState>(() => CLOSED);

/** The player of the page's store, so a lesson panel can be drawn anywhere (presentation mode). */
export const usePlayerControls = create<{ player: LessonPlayer | null }>(() => ({ player: null }));

/** Each lesson's moments, found once per page: the run is the same every time. */
const resolutions = new Map<string, Resolution>();

async function resolved(lesson: Lesson): Promise<Resolution> {
  const known = resolutions.get(lesson.id);
  if (known) return known;
  // The run stops once every moment is found: the last reveal or step needs nothing after it.
  const records = await recordLessonRun(lesson.script, lesson.untilMs, (so) => resolveLesson(lesson, so).ok);
  const resolution = records ? resolveLesson(lesson, records) : ({ ok: false, step: 1, what: 'step' } as const);
  resolutions.set(lesson.id, resolution);
  return resolution;
}

export class LessonPlayer {
  private stopWatching: (() => void) | null = null;
  private openSerial = 0;

  constructor(private readonly store: AppStore) {}

  /** Opens a lesson at a step; a step it lacks is refused with a notice and changes nothing. */
  async open(request: LessonRequest): Promise<void> {
    const lesson = lessonById(request.id);
    if (!lesson) return;
    if (!Number.isInteger(request.step) || request.step < 1 || request.step > lesson.steps.length) {
      showLauncherNotice({ kind: 'bad-step', step: request.stepText, steps: lesson.steps.length });
      useLauncher.setState({ request: null });
      return;
    }
    const serial = ++this.openSerial;
    this.unwatch();
    usePlayer.setState({ ...CLOSED, lesson, phase: 'loading' });
    useLauncher.setState({ request: null, active: true, notice: null });
    const resolution = await resolved(lesson);
    if (serial !== this.openSerial) return;
    if (!resolution.ok) return usePlayer.setState({ phase: 'broken', brokenStep: resolution.step });
    usePlayer.setState({ resolved: resolution.resolved });
    this.show(request.step - 1);
  }

  show(index: number): void {
    const { resolved } = usePlayer.getState();
    const step = resolved?.lesson.steps[index];
    if (!resolved || !step) return;
    this.unwatch();
    this.store.getState().runScript(resolved.lesson.script, { atMs: resolved.stepMs[index]! });
    usePlayer.setState({ index, phase: step.question ? 'asking' : 'step', choice: null, answer: null });
    setHighlight(step.focus);
  }

  next(): void {
    const { phase, index, resolved } = usePlayer.getState();
    if (!resolved || phase === 'asking' || phase === 'playing' || phase === 'loading') return;
    if (index + 1 < resolved.lesson.steps.length) this.show(index + 1);
  }

  prev(): void {
    const { index, resolved, phase } = usePlayer.getState();
    if (!resolved || phase === 'loading' || index === 0) return;
    this.show(index - 1);
  }

  /** The class picked option `choice`: the run plays on to the reveal. */
  choose(choice: number): void {
    const { phase, index, resolved } = usePlayer.getState();
    const revealMs = resolved?.revealMs[index];
    if (phase !== 'asking' || !resolved || revealMs === null || revealMs === undefined) return;
    usePlayer.setState({ phase: 'playing', choice });
    this.store.getState().setPausedAll(false);
    // Watch every commit: once the clock reaches the reveal (or something paused the run), stand at it.
    this.stopWatching = this.store.subscribe((s) => {
      if (s.snapshot && (s.snapshot.timeMs >= revealMs || s.pausedAll)) this.reveal(resolved, index, revealMs);
    });
  }

  /** Leaves the lesson where it stands; `play`: the cluster runs on for the class to try things. */
  leave(play: boolean): void {
    this.unwatch();
    this.openSerial++;
    const s = this.store.getState();
    // The lesson's later steps are still queued in the run: a fork at now keeps only what happened.
    if (usePlayer.getState().resolved) s.forkAt(s.now.getState().nowMs);
    if (play) this.store.getState().setPausedAll(false);
    usePlayer.setState(CLOSED);
    useLauncher.setState({ active: false, request: null });
    clearHighlight();
  }

  private reveal(resolved: ResolvedLesson, index: number, revealMs: number): void {
    this.unwatch();
    // Replayed to the exact ms (a frame may have run past it, or an auto-pause stopped short).
    this.store.getState().runScript(resolved.lesson.script, { atMs: revealMs });
    const settle = (s: ReturnType<AppStore['getState']>): boolean => {
      if (s.snapshot?.timeMs !== revealMs) return false;
      const question = resolved.lesson.steps[index]!.question!;
      const answer = answerOf(question, factsOf(s, resolved.stepMs[index]!));
      usePlayer.setState({ phase: 'revealed', answer });
      setHighlight(answer.evidence);
      return true;
    };
    if (settle(this.store.getState())) return;
    this.stopWatching = this.store.subscribe((s) => {
      if (settle(s)) this.unwatch();
    });
  }

  private unwatch(): void {
    this.stopWatching?.();
    this.stopWatching = null;
  }
}
