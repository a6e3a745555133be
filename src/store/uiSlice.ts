import type { StateCreator } from 'zustand/vanilla';
import { MAX_SPEED, MIN_SPEED, type ClusterDriver } from '../driver/index.ts';
import { EMPTY_DRAFT, toggleMember } from './groups.ts';
import type { AppInit, AppState, UiSlice } from './types.ts';

// What the person is looking at and the global controls (time, animation).

export function createUiSlice(driver: ClusterDriver, init: AppInit): StateCreator<AppState, [], [], UiSlice> {
  return (set, get) => ({
    selectedId: null,
    highlightIds: [],
    menuFor: null,
    speed: init.speed ?? 1,
    pausedAll: false,
    animateMessages: init.animateMessages ?? !init.reducedMotion,
    reducedMotion: init.reducedMotion ?? false,
    settingsOpen: false,
    showVotes: init.spec.settings.voters.length <= 7,
    notices: init.notices ?? [],
    sideTab: 'events',
    groupDraft: EMPTY_DRAFT,
    activeGroup: 0,
    lastPreset: null,
    linkMenu: null,
    linkFocus: null,
    select: (id) => {
      if (get().selectedId !== id) set({ selectedId: id });
    },
    highlight: (ids) => {
      const current = get().highlightIds;
      if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
      set({ highlightIds: ids });
    },
    openMenu: (id) => set({ menuFor: id, linkMenu: null }),
    setSpeed: (speed) => {
      // A real ensemble runs in real time: there is no speed to set (capabilities.speed).
      if (!Number.isFinite(speed) || !driver.capabilities.speed) return;
      const clamped = Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
      driver.setSpeed(clamped);
      set({ speed: clamped });
    },
    setPausedAll: (paused) => {
      driver.setPausedAll(paused);
      set({ pausedAll: paused });
      // The clock stops here: the readout and the ages show this exact moment, not the last tick's.
      if (paused) get().now.setState({ nowMs: driver.nowMs() });
    },
    setAnimateMessages: (on) => {
      driver.setAnimateMessages(on);
      set({ animateMessages: on });
    },
    setSettingsOpen: (open) => set({ settingsOpen: open }),
    setShowVotes: (show) => set({ showVotes: show }),
    dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
    setSideTab: (tab) => {
      // The client code loads with the tabs that connect clients, not with the first screen.
      if (tab === 'clients' || tab === 'data') void driver.prepareClients();
      set({ sideTab: tab });
    },
    setGroupDraft: (draft) => set((s) => ({ groupDraft: draft, activeGroup: Math.min(s.activeGroup, draft.length - 1) })),
    setActiveGroup: (index) => set((s) => ({ activeGroup: Math.max(0, Math.min(index, s.groupDraft.length - 1)) })),
    toggleGroupMember: (id) => set((s) => ({ groupDraft: toggleMember(s.groupDraft, s.activeGroup, id), sideTab: 'network' })),
    openLinkMenu: (link) => set({ linkMenu: link, menuFor: null }),
    setLinkFocus: (link) => set({ linkFocus: link }),
  });
}
