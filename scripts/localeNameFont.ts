import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { LOCALE_NAME } from '../src/i18n/locale.ts';

// The language switch names each language in its own script ("中文") on every page, also before the
// Chinese chunk (and its Noto Sans SC faces) loads. Those few glyphs come from a subset of the same
// Noto Sans SC slices, about 1 KB each, instead of the 25–40 KB slices they sit in, and never from a
// system font (see src/ui/fonts.ts). `npm run fonts:locale-names` writes them; a unit test checks
// the files in the tree are what this makes.

export interface SubsetFace {
  file: string;
  codePoints: number[];
  bytes: Uint8Array;
}

const require = createRequire(import.meta.url);
const FONTSOURCE_CSS = require.resolve('@fontsource/noto-sans-sc/400.css');

/** The characters of the languages' own names outside DejaVu's Latin range. */
export function nameCodePoints(): number[] {
  const text = Object.values(LOCALE_NAME).join('');
  return [...new Set([...text].map((ch) => ch.codePointAt(0)!).filter((cp) => cp > 0x2fff))].sort((a, b) => a - b);
}

interface Slice {
  url: string;
  ranges: [number, number][];
}

function slices(css: string): Slice[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => ({
    url: /url\(\.\/([^)]+\.woff2)\)/.exec(body!)![1]!,
    ranges: /unicode-range:\s*([^;]+);/.exec(body!)![1]!.split(',').map((part) => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as [number, number];
    }),
  }));
}

export async function localeNameFaces(): Promise<SubsetFace[]> {
  const all = slices(readFileSync(FONTSOURCE_CSS, 'utf8'));
  const bySlice = new Map<Slice, number[]>();
  for (const cp of nameCodePoints()) {
    const slice = all.find((s) => s.ranges.some(([from, to]) => cp >= from && cp <= to));
    if (!slice) throw new Error(`no Noto Sans SC slice covers U+${cp.toString(16)}`);
    bySlice.set(slice, [...(bySlice.get(slice) ?? []), cp]);
  }
  const faces: SubsetFace[] = [];
  for (const [slice, codePoints] of bySlice) {
    const source = readFileSync(join(dirname(FONTSOURCE_CSS), slice.url));
    const bytes = await subsetFont(source, String.fromCodePoint(...codePoints), { targetFormat: 'woff2' });
    faces.push({ file: `locale-names-${codePoints.map((cp) => cp.toString(16)).join('-')}.woff2`, codePoints, bytes: new Uint8Array(bytes) });
  }
  return faces;
}

/** The @font-face rules for the subsets, in the family the Chinese chunk loads in full. */
export function localeNameCss(faces: SubsetFace[]): string {
  const rules = faces.map((face) => {
    const range = face.codePoints.map((cp) => `U+${cp.toString(16).toUpperCase()}`).join(', ');
    return `@font-face {\n  font-family: 'Noto Sans SC';\n  font-style: normal;\n  font-weight: 400;\n  font-display: swap;\n  src: url(./fonts/${face.file}) format('woff2');\n  unicode-range: ${range};\n}\n`;
  });
  return `/* Written by scripts/localeNameFont.ts (npm run fonts:locale-names): do not edit. */\n${rules.join('\n')}`;
}
