import type { CatalogArea, PartialCatalog } from '../../i18n/catalogAreas.ts';
import type { Locale } from '../../i18n/locale.ts';
import { registerRealNarration, type ActionsNarration } from '../../narrate/narration.ts';
import { registerStoryWords } from '../../narrate/storyRegistry.ts';

// Where each deferred catalog area lives, per language: a chunk each, fetched the first time a
// part of the page that speaks it opens (or the page switches language with it open). The story
// area brings the story's headlines too (English's come with src/narrate/story.ts, which the views
// that show them import; another language's are registered here, so a story view never falls back
// to English while they load). The real area brings a real ensemble's narration, registered the
// same way, so its records are in words from the first.

type AreaLoader = () => Promise<PartialCatalog>;

export const AREA_LOADERS: Record<Locale, Record<CatalogArea, AreaLoader>> = {
  en: {
    data: () => import('../../i18n/messages/en/data.ts').then((m) => m.data),
    clients: () => import('../../i18n/messages/en/clients.ts').then((m) => m.clients),
    network: () => import('../../i18n/messages/en/network.ts').then((m) => m.network),
    script: () => import('../../i18n/messages/en/script.ts').then((m) => m.script),
    metrics: () => import('../../i18n/messages/en/metrics.ts').then((m) => m.metrics),
    spacetime: () => import('../../i18n/messages/en/spacetime.ts').then((m) => m.spacetime),
    compare: () => import('../../i18n/messages/en/compare.ts').then((m) => m.compare),
    settings: () => import('../../i18n/messages/en/settings.ts').then((m) => m.settings),
    story: () => import('../../i18n/messages/en/story.ts').then((m) => m.story),
    nodeMenu: () => import('../../i18n/messages/en/nodeMenu.ts').then((m) => m.nodeMenu),
    linkMenu: () => import('../../i18n/messages/en/linkMenu.ts').then((m) => m.linkMenu),
    shortcuts: () => import('../../i18n/messages/en/shortcuts.ts').then((m) => m.shortcuts),
    notices: () => import('../../i18n/messages/en/notices.ts').then((m) => m.notices),
    pauseOn: () => import('../../i18n/messages/en/pauseOn.ts').then((m) => m.pauseOn),
    step: () => import('../../i18n/messages/en/step.ts').then((m) => m.step),
    invariants: () => import('../../i18n/messages/en/invariants.ts').then((m) => m.invariants),
    aftermath: () => import('../../i18n/messages/en/aftermath.ts').then((m) => m.aftermath),
    guide: () => import('../../i18n/messages/en/guide.ts').then((m) => m.guide),
    real: () =>
      Promise.all([import('../../i18n/messages/en/real.ts'), import('../../narrate/en/real.ts')]).then(([words, narration]) => {
        registerRealNarration('en', narration.realNarration);
        return words.real;
      }),
  },
  zh: {
    data: () => import('../../i18n/messages/zh/data.ts').then((m) => m.data),
    clients: () => import('../../i18n/messages/zh/clients.ts').then((m) => m.clients),
    network: () => import('../../i18n/messages/zh/network.ts').then((m) => m.network),
    script: () => import('../../i18n/messages/zh/script.ts').then((m) => m.script),
    metrics: () => import('../../i18n/messages/zh/metrics.ts').then((m) => m.metrics),
    spacetime: () => import('../../i18n/messages/zh/spacetime.ts').then((m) => m.spacetime),
    compare: () => import('../../i18n/messages/zh/compare.ts').then((m) => m.compare),
    settings: () => import('../../i18n/messages/zh/settings.ts').then((m) => m.settings),
    story: () =>
      Promise.all([import('../../i18n/messages/zh/story.ts'), import('../../narrate/zh/story.ts')]).then(([words, headlines]) => {
        registerStoryWords('zh', headlines.storyWords);
        return words.story;
      }),
    nodeMenu: () => import('../../i18n/messages/zh/nodeMenu.ts').then((m) => m.nodeMenu),
    linkMenu: () => import('../../i18n/messages/zh/linkMenu.ts').then((m) => m.linkMenu),
    shortcuts: () => import('../../i18n/messages/zh/shortcuts.ts').then((m) => m.shortcuts),
    notices: () => import('../../i18n/messages/zh/notices.ts').then((m) => m.notices),
    pauseOn: () => import('../../i18n/messages/zh/pauseOn.ts').then((m) => m.pauseOn),
    step: () => import('../../i18n/messages/zh/step.ts').then((m) => m.step),
    invariants: () => import('../../i18n/messages/zh/invariants.ts').then((m) => m.invariants),
    aftermath: () => import('../../i18n/messages/zh/aftermath.ts').then((m) => m.aftermath),
    guide: () => import('../../i18n/messages/zh/guide.ts').then((m) => m.guide),
    real: () =>
      Promise.all([import('../../i18n/messages/zh/real.ts'), import('../../narrate/zh/real.ts')]).then(([words, narration]) => {
        registerRealNarration('zh', narration.realNarration);
        return words.real;
      }),
  },
};

/** What people did, in words (src/narrate/en/actionsPart.ts): fetched the first time it is to be said. */
export const ACTIONS_NARRATION_LOADERS: Record<Locale, () => Promise<ActionsNarration>> = {
  en: () => import('../../narrate/en/actionsPart.ts').then((m) => m.actionsNarration),
  zh: () => import('../../narrate/zh/actionsPart.ts').then((m) => m.actionsNarration),
};
