import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeNameCss, localeNameFaces, nameCodePoints } from './localeNameFont.ts';

// The subset faces in the tree are the ones the script makes from today's language names: a
// language renamed, or added, without `npm run fonts:locale-names` fails here.

const folder = join(import.meta.dirname, '..', 'src', 'ui', 'i18n');

describe('the language names font', () => {
  it('covers the CJK characters of the language names', () => {
    expect(nameCodePoints().map((cp) => String.fromCodePoint(cp)).join('')).toBe('中文');
  });

  it('is what scripts/write-locale-name-font.ts writes', async () => {
    const faces = await localeNameFaces();
    expect(readFileSync(join(folder, 'localeNames.css'), 'utf8')).toBe(localeNameCss(faces));
    for (const face of faces) {
      expect(face.bytes.length).toBeLessThan(4096);
      expect(new Uint8Array(readFileSync(join(folder, 'fonts', face.file)))).toEqual(face.bytes);
    }
  });
});
