import type { network as english } from '../en/network.ts';
import type { AreaTranslation } from '../en/index.ts';

export const network: AreaTranslation<typeof english> = {
};
