import type { script as english } from '../en/script.ts';
import type { AreaTranslation } from '../en/index.ts';

export const script: AreaTranslation<typeof english> = {
};
