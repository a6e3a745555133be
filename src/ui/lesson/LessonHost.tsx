import { useEffect, useMemo } from 'react';
import { useAppStoreApi } from '../../store/hooks.ts';
import { announce } from '../a11y/announcer.ts';
import { useLocale } from '../i18n/useT.ts';
import { registerLessonNavigation } from '../lessonNav.ts';
import { useLauncher } from '../lessonLauncher/launcherStore.ts';
import { stepKey } from '../../lessons/textKeys.ts';
import { lessonTranslate } from './lessonText.ts';
import { LessonPanel } from './LessonPanel.tsx';
import { LessonPicker } from './LessonPicker.tsx';
import { LessonPlayer, usePlayer, usePlayerControls } from './player.ts';
import './lesson.css';

// The lessons' chunk: the picker, the open lesson, and the player behind it. Opens what the
// launcher asks for, lends next/prev to the keyboard and presenter remotes while a lesson is
// open, and announces each step's title.

export default function LessonHost() {
  const store = useAppStoreApi();
  const player = useMemo(() => new LessonPlayer(store), [store]);
  const request = useLauncher((s) => s.request);
  const pickerOpen = useLauncher((s) => s.pickerOpen);
  const active = useLauncher((s) => s.active);
  const locale = useLocale();
  const lesson = usePlayer((s) => s.lesson);
  const index = usePlayer((s) => s.index);
  const phase = usePlayer((s) => s.phase);

  useEffect(() => {
    usePlayerControls.setState({ player });
    return () => usePlayerControls.setState({ player: null });
  }, [player]);

  useEffect(() => {
    if (request) void player.open(request);
  }, [request, player]);

  useEffect(() => {
    if (!active) return;
    return registerLessonNavigation({ next: () => player.next(), prev: () => player.prev() });
  }, [active, player]);

  const step = lesson?.steps[index];
  useEffect(() => {
    if (lesson && step && phase !== 'loading' && phase !== 'broken') announce(lessonTranslate(locale)(stepKey(lesson, step, 'title')));
  }, [lesson, step, phase === 'loading', locale]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <>
      {pickerOpen && <LessonPicker />}
      {active && <LessonPanel />}
    </>
  );
}
