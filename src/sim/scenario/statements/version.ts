import { LineError, shown, type Words } from '../tokens.ts';
import { whole } from '../values.ts';

// `version=N` after a set or delete: the znode version the call expects, as ZooKeeper's
// setData/delete take it (an int32; -1, the default, means any version).

const MAX_VERSION = 2 ** 31 - 1;

/** The optional `version=N` that ends a set or delete; undefined when absent or -1. */
export function versionOption(words: Words): number | undefined {
  if (!words.more) return undefined;
  const option = words.word('version=N');
  const match = /^version=(.*)$/.exec(option);
  if (!match) throw new LineError(`expected version=<n>, got '${shown(option)}'`);
  words.end();
  if (match[1] === '-1') return undefined;
  const version = whole(match[1] as string, 'the version');
  if (version > MAX_VERSION) throw new LineError(`a znode version is at most ${MAX_VERSION}, got ${shown(match[1] as string)}`);
  return version;
}

export function printVersion(version: number | undefined): string {
  return version === undefined ? '' : ` version=${version}`;
}
