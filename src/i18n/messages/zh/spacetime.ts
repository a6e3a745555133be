import type { spacetime as english } from '../en/spacetime.ts';
import type { AreaTranslation } from '../en/index.ts';

export const spacetime: AreaTranslation<typeof english> = {
};
