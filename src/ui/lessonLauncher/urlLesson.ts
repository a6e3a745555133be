import { parseLessonParam } from '../urlParams.ts';
import { requestLesson, showLauncherNotice } from './launcherStore.ts';

// ?lesson=<id>&step=<n>, read once when the page starts: a lesson to open, or a notice why not.

export function openLessonFromUrl(search: string): void {
  const param = parseLessonParam(search);
  if (!param) return;
  if (param.ok) return requestLesson({ id: param.id, step: param.step, stepText: String(param.step), fromUrl: true });
  if (param.problem === 'unknown-lesson') return showLauncherNotice({ kind: 'unknown-lesson', id: param.id });
  // The lesson's chunk knows how many steps it has, and words the notice.
  if (param.problem === 'bad-step') return requestLesson({ id: param.id, step: Number.NaN, stepText: param.step, fromUrl: true });
  showLauncherNotice({ kind: 'step-without-lesson' });
}

/** The first-visit guide stays away from a page that opens something else than a fresh cluster. */
export function opensSomethingElse(search: string, hash: string): boolean {
  const query = new URLSearchParams(search);
  return ['lesson', 'script', 'compare', 'at'].some((name) => query.has(name)) || new URLSearchParams(hash.replace(/^#/, '')).has('script');
}
