// A tiny checker for JSON frames from the bridge: each reader takes a value and where it sits
// ("update.snapshot.nodes[2].role") and returns it typed, or throws a FrameProblem that says where
// and what was wrong. Nothing is coerced: a frame is read as it is, or refused whole.

export class FrameProblem extends Error {}

export type Reader<T> = (value: unknown, at: string) => T;

export function fail(at: string, wanted: string, value: unknown): never {
  const seen = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  throw new FrameProblem(`${at} should be ${wanted}, not ${seen}`);
}

export const num: Reader<number> = (v, at) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(at, 'a finite number', v));
export const whole: Reader<number> = (v, at) => (Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : fail(at, 'a whole number ≥ 0', v));
export const str: Reader<string> = (v, at) => (typeof v === 'string' ? v : fail(at, 'a string', v));
export const bool: Reader<boolean> = (v, at) => (typeof v === 'boolean' ? v : fail(at, 'true or false', v));

export function record(v: unknown, at: string): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(at, 'an object', v);
}

export function oneOf<const T extends string>(choices: readonly T[]): Reader<T> {
  return (v, at) => (typeof v === 'string' && (choices as readonly string[]).includes(v) ? (v as T) : fail(at, `one of ${choices.join(', ')}`, v));
}

export function nullable<T>(read: Reader<T>): Reader<T | null> {
  return (v, at) => (v === null ? null : read(v, at));
}

export function list<T>(read: Reader<T>, maxItems = 100_000): Reader<T[]> {
  return (v, at) => {
    if (!Array.isArray(v)) fail(at, 'an array', v);
    if (v.length > maxItems) throw new FrameProblem(`${at} has ${v.length} items, more than ${maxItems}`);
    return v.map((item, i) => read(item, `${at}[${i}]`));
  };
}

/** Reads the named fields of an object with their readers; a missing field is read as undefined. */
export function fields<T extends Record<string, unknown>>(readers: { [K in keyof T]: Reader<T[K]> }): Reader<T> {
  return (v, at) => {
    const o = record(v, at);
    const out = {} as T;
    for (const key of Object.keys(readers) as (keyof T & string)[]) out[key] = readers[key](o[key], `${at}.${key}`);
    return out;
  };
}

/** An optional field: absent stays absent. */
export function optional<T>(read: Reader<T>): Reader<T | undefined> {
  return (v, at) => (v === undefined ? undefined : read(v, at));
}
