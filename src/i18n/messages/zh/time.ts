import type { time as english } from '../en/time.ts';
import type { AreaTranslation } from '../en/index.ts';

export const time: AreaTranslation<typeof english> = {
};
