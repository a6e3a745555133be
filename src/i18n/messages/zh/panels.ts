import type { panels as english } from '../en/panels.ts';
import type { AreaTranslation } from '../en/index.ts';

export const panels: AreaTranslation<typeof english> = {
};
