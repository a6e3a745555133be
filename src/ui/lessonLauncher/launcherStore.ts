import { create } from 'zustand';
import type { LessonId } from '../../lessons/ids.ts';

// The page's side of the lessons, in the first load: whether the picker is open, which lesson was
// asked for (by the picker or ?lesson=), whether one is showing, and a notice about a bad ?lesson=.
// The player itself is a chunk (src/ui/lesson/) that reads and answers this store.

export type LauncherNotice =
  | { kind: 'unknown-lesson'; id: string }
  | { kind: 'bad-step'; step: string; steps: number }
  | { kind: 'step-without-lesson' };

export interface LessonRequest {
  id: LessonId;
  /** 1-based; anything else (from a bad ?step=) makes the player refuse it with a notice. */
  step: number;
  /** The step as written in the URL, for that notice. */
  stepText: string;
  /** From ?step=: a step the lesson lacks is refused with a notice rather than opened at step 1. */
  fromUrl: boolean;
}

interface LauncherState {
  pickerOpen: boolean;
  request: LessonRequest | null;
  /** A lesson panel is on screen. */
  active: boolean;
  notice: LauncherNotice | null;
}

export const useLauncher = create<LauncherState>(() => ({ pickerOpen: false, request: null, active: false, notice: null }));

export function openPicker(open = true): void {
  useLauncher.setState({ pickerOpen: open });
}

export function requestLesson(request: LessonRequest): void {
  useLauncher.setState({ request, pickerOpen: false });
}

export function showLauncherNotice(notice: LauncherNotice | null): void {
  useLauncher.setState({ notice });
}
