import { useAppStoreApi } from '../../store/hooks.ts';
import { usePresentationSide } from './usePresentationSide.ts';

// Presentation mode's behaviour beside its stylesheet: the side folded to the story while on.

export function PresentationMode() {
  usePresentationSide(useAppStoreApi());
  return null;
}
