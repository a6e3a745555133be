import type { Bound, FaultMetric } from '../host/faultMetrics.ts';
import type { StoryChapter, StoryPhase } from '../host/story.ts';
import type { Locale } from '../i18n/locale.ts';
import { storyWords as english } from './en/story.ts';
import type { FaultSubject, MetricParts, StoryWords } from './language.ts';
import { registeredStoryWords } from './storyRegistry.ts';

// The story view's and the fault metrics' words: English here, other languages registered by
// whoever loads them (./storyRegistry.ts). Only the story view, the Metrics tab, compare mode and
// the command line read them, so the page's first screen does not carry them.

/** The language's story table; English until the requested one is loaded (never blank words). */
function wordsFor(lang: Locale): StoryWords {
  return registeredStoryWords(lang) ?? english;
}

/** A story phase's headline ("Server 2 noticed after 10.0 s: syncLimit × tickTime passed…"). */
export function storyHeadline(chapter: StoryChapter, phase: StoryPhase, lang: Locale = 'en'): string {
  return wordsFor(lang).headline(chapter, phase);
}

export function storyChapterTitle(chapter: StoryChapter, lang: Locale = 'en'): string {
  return wordsFor(lang).chapterTitle(chapter);
}

/** A fault's metrics in one line, for the command line. */
export function narrateFaultMetric(metric: FaultMetric, lang: Locale = 'en'): string {
  return wordsFor(lang).metricLine(metric);
}

/** A fault's metrics in short phrases: detection, election, recovery, sync. */
export function narrateMetricParts(metric: FaultMetric, lang: Locale = 'en'): MetricParts {
  return wordsFor(lang).metricParts(metric);
}

/** The fault and its server in a few words ("kill server 5 (the leader)"). */
export function narrateFaultSubject(fault: FaultSubject, lang: Locale = 'en'): string {
  return wordsFor(lang).subject(fault);
}

export function narrateBound(bound: Bound, lang: Locale = 'en'): string {
  return wordsFor(lang).bound(bound);
}

export function narrateFailure(metric: FaultMetric, lang: Locale = 'en'): string {
  return wordsFor(lang).failure(metric);
}
