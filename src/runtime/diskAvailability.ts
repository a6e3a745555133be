import type { StorageUnavailable } from '../host/records.ts';
import type { TimerApi } from './simScheduler.ts';

// Whether this context can keep servers' disks in IndexedDB. Sandboxed iframes, blocked site data,
// some private modes and third-party embeds have none, refuse to open it, or leave open() hanging;
// the playground then keeps every disk in the tab's memory instead (see memoryDisks.ts) and says so.

/** How long an IndexedDB open may take before it counts as never answering. */
export const DISK_ANSWER_TIMEOUT_MS = 4000;
const PROBE_DATABASE = 'zk-probe';

/** A disk that cannot be used at all (as opposed to one that failed mid-run). */
export class DiskUnavailableError extends Error {
  readonly why: StorageUnavailable;
  constructor(why: StorageUnavailable) {
    super(why.cause === 'refused' ? why.error : why.cause);
    this.why = why;
  }
}

/** This context's IndexedDB, or null when it has none (reading the global may itself throw). */
export function browserIndexedDb(): IDBFactory | null {
  try {
    return typeof indexedDB === 'undefined' || !indexedDB ? null : indexedDB;
  } catch {
    return null;
  }
}

/** Opens a database, turning every way of not getting one into a DiskUnavailableError. */
export function openDatabase(factory: IDBFactory | null, name: string, version: number, upgrade: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  if (!factory) return Promise.reject(new DiskUnavailableError({ cause: 'missing' }));
  return new Promise((resolve, reject) => {
    const refused = (error: unknown) => reject(new DiskUnavailableError({ cause: 'refused', error: errorText(error) }));
    try {
      const req = factory.open(name, version);
      req.onupgradeneeded = () => upgrade(req.result);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => refused(req.error ?? 'open failed');
    } catch (error) {
      refused(error);
    }
  });
}

/** Settles like `promise`, or rejects with a 'no-answer' DiskUnavailableError after `timeoutMs`. */
export function withDiskTimeout<T>(promise: Promise<T>, timers: Pick<TimerApi, 'setTimer' | 'clearTimer'>, timeoutMs = DISK_ANSWER_TIMEOUT_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = timers.setTimer(() => reject(new DiskUnavailableError({ cause: 'no-answer', waitedMs: timeoutMs })), timeoutMs);
    promise.then(
      (value) => {
        timers.clearTimer(timer);
        resolve(value);
      },
      (error: unknown) => {
        timers.clearTimer(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Null when IndexedDB opens here; otherwise why not. The probe database is deleted again. */
export async function probeIndexedDb(timers: Pick<TimerApi, 'setTimer' | 'clearTimer'>, factory = browserIndexedDb(), timeoutMs = DISK_ANSWER_TIMEOUT_MS): Promise<StorageUnavailable | null> {
  const opening = openDatabase(factory, PROBE_DATABASE, 1, () => {});
  try {
    const db = await withDiskTimeout(opening, timers, timeoutMs);
    db.close();
    factory?.deleteDatabase(PROBE_DATABASE);
    return null;
  } catch (error) {
    // A late answer after the timeout must not leave the probe database open.
    void opening.then((db) => db.close(), () => {});
    return unavailability(error);
  }
}

/** Why a disk could not be used, when the error says it could not be used at all. */
export function unavailability(error: unknown): StorageUnavailable {
  return error instanceof DiskUnavailableError ? error.why : { cause: 'refused', error: errorText(error) };
}

function errorText(error: unknown): string {
  if (error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException)) return `${error.name}: ${error.message}`;
  return String(error);
}
