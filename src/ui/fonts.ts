import '@fontsource/dejavu-sans/400.css';
import '@fontsource/dejavu-sans/700.css';
import monoUrl from 'dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf?url';

// The page draws every glyph from fonts it ships, never from the system's. On Linux each new system
// font, size and fallback glyph costs a synchronous request to the browser process, and while 101
// workers flood that process with BroadcastChannel posts such a request waited up to 10 s inside one
// layout (measured: 47 lookups, 26 s of a 20 s start-up spent waiting). A web font's strikes need no
// such request. DejaVu covers every symbol the interface uses (★ ✓ ⚠ ⇄ ↺ ⊘ …).

export const SANS_FAMILY = 'DejaVu Sans';
export const MONO_FAMILY = 'DejaVu Sans Mono';
const FONT_LOAD_TIMEOUT_MS = 3000;

/** Loads the shipped faces before the cluster starts; a slow or failed load only delays, never blocks. */
export async function loadFonts(fonts: FontFaceSet | undefined = globalThis.document?.fonts): Promise<void> {
  if (!fonts || typeof FontFace === 'undefined') return;
  const mono = new FontFace(MONO_FAMILY, `url(${monoUrl})`);
  fonts.add(mono);
  const loads = Promise.all([fonts.load(`400 16px "${SANS_FAMILY}"`), fonts.load(`700 16px "${SANS_FAMILY}"`), mono.load()]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, FONT_LOAD_TIMEOUT_MS);
  });
  await Promise.race([loads.then(() => undefined, () => undefined), timeout]);
  clearTimeout(timer);
}
