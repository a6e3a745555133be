import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeNameCss, localeNameFaces } from './localeNameFont.ts';

// Writes the language switch's glyph subsets and their stylesheet into src/ui/i18n/.

const target = join(import.meta.dirname, '..', 'src', 'ui', 'i18n');
const faces = await localeNameFaces();
for (const old of readdirSync(join(target, 'fonts'))) rmSync(join(target, 'fonts', old));
for (const face of faces) writeFileSync(join(target, 'fonts', face.file), face.bytes);
writeFileSync(join(target, 'localeNames.css'), localeNameCss(faces));
console.log(`wrote ${faces.length} subset face(s): ${faces.map((f) => `${f.file} (${f.bytes.length} bytes)`).join(', ')}`);
