import { expect, type Locator } from '@playwright/test';
import { untranslatedWords } from '../src/i18n/terms.ts';

// English left in a zh rendering: the visible text of a part of the page (and its aria-labels,
// titles and placeholders, which a screen reader speaks), minus ZooKeeper's kept terms
// (src/i18n/terms.ts). Elements marked translate="no" (the script editor's text, znode paths and
// values a user typed) are the user's words, not ours, and are skipped.

export async function englishLeftIn(root: Locator): Promise<string[]> {
  const texts = await root.evaluate((element) => {
    const out: string[] = [];
    const skip = (node: Element) => node.closest('[translate="no"]') !== null;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || skip(parent)) continue;
      const style = getComputedStyle(parent);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of element.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (skip(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
    return out;
  });
  return [...new Set(texts.flatMap((text) => untranslatedWords(text).map((word) => `${word}  ← "${text.slice(0, 80)}"`)))];
}

/**
 * Chinese text drawn in a font stack without the page's Chinese font: DejaVu, the page's Latin
 * fonts, have no CJK glyphs, so on a machine without a CJK system font such text is empty boxes.
 */
export async function chineseWithoutItsFontIn(root: Locator): Promise<string[]> {
  return root.evaluate((element) => {
    const out = new Set<string>();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || !/[\u3000-\u9fff\uff00-\uffef]/.test(text)) continue;
      const family = getComputedStyle(parent).fontFamily;
      if (!family.includes('Noto Sans SC')) out.add(`"${text.slice(0, 40)}" in ${family}`);
    }
    return [...out];
  });
}

/** Fails with every English word found and every Chinese text without its font, and where they sit. */
export async function expectChineseIn(root: Locator, where: string): Promise<void> {
  expect(await englishLeftIn(root), `English left in the zh rendering of ${where}`).toEqual([]);
  expect(await chineseWithoutItsFontIn(root), `Chinese text without the Chinese font in ${where}`).toEqual([]);
}
