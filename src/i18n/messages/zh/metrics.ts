import type { metrics as english } from '../en/metrics.ts';
import type { AreaTranslation } from '../en/index.ts';

export const metrics: AreaTranslation<typeof english> = {
};
