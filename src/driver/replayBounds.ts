// How much a replay in the page may do at once.

/**
 * Simulator events a replay (a share link's ?at=, an imported trace, a trace export) may run at
 * once before it stops and waits: about 10 s of a busy page at the heaviest settings, while a
 * 30-minute run of 5 servers takes a few hundred thousand.
 */
export const MAX_REPLAY_EVENTS = 2_000_000;
