import type { CompareSetupId } from '../../driver/index.ts';
import type { MessageKey } from '../../i18n/messages/en/index.ts';

// Each set-up's words in the catalogs (src/i18n/messages/*/compare.ts), by id: its name, what to
// watch, and the labels of clusters A and B.

export interface SetupWords {
  name: MessageKey;
  watch: MessageKey;
  clusters: readonly [MessageKey, MessageKey];
}

export function setupWords(id: CompareSetupId): SetupWords {
  return {
    name: `compare.setup.${id}.name`,
    watch: `compare.setup.${id}.watch`,
    clusters: [`compare.setup.${id}.a`, `compare.setup.${id}.b`],
  };
}

export const CLUSTER_NAMES = ['A', 'B'] as const;
