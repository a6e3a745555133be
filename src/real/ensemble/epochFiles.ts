import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

// version-2/acceptedEpoch and currentEpoch in a data dir: decimal text written by QuorumPeer. The
// AdminServer's zab_epoch reads 0 on followers until the epoch's first write, so the files decide.

export interface EpochFiles {
  acceptedEpoch: number | null;
  currentEpoch: number | null;
}

export function parseEpochText(text: string | null): number | null {
  if (text === null) return null;
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

export async function readEpochFiles(dataDir: string): Promise<EpochFiles> {
  const [accepted, current] = await Promise.all([readOrNull(join(dataDir, 'version-2', 'acceptedEpoch')), readOrNull(join(dataDir, 'version-2', 'currentEpoch'))]);
  return { acceptedEpoch: parseEpochText(accepted), currentEpoch: parseEpochText(current) };
}

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}
