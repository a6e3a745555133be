import type { topology as english } from '../en/topology.ts';
import type { AreaTranslation } from '../en/index.ts';

export const topology: AreaTranslation<typeof english> = {
};
