import type { controls as english } from '../en/controls.ts';
import type { AreaTranslation } from '../en/index.ts';

export const controls: AreaTranslation<typeof english> = {
};
