import { create } from 'zustand';

// Presentation mode: large type for a lecture hall, the side folded to the story and the lesson,
// the toolbar cut to its essentials. It is a class on <html> (present.css does the rest) and
// ?present=1 in the address, so a reload or a shared link opens the same way.

interface PresentationState {
  presenting: boolean;
}

export const usePresentation = create<PresentationState>(() => ({ presenting: false }));

/** The page's root class while presenting; present.css keys every rule on it. */
export const PRESENTING_CLASS = 'is-presenting';

export function setPresenting(presenting: boolean, url: { keepInAddress: boolean } = { keepInAddress: true }): void {
  usePresentation.setState({ presenting });
  if (typeof document !== 'undefined') document.documentElement.classList.toggle(PRESENTING_CLASS, presenting);
  if (url.keepInAddress && typeof window !== 'undefined') {
    const address = new URL(window.location.href);
    if (presenting) address.searchParams.set('present', '1');
    else address.searchParams.delete('present');
    window.history.replaceState(window.history.state, '', address);
  }
}

export function togglePresenting(): void {
  setPresenting(!usePresentation.getState().presenting);
}
