import { describe, expect, it } from 'vitest';
import { code, plainText, textParts } from './codeText.ts';

describe('code inside a sentence', () => {
  it('splits prose and code, and drops the marks for plain text', () => {
    const text = `try ${code('/app')} or ${code('/b')}.`;
    expect(textParts(text)).toEqual([
      { text: 'try ', code: false },
      { text: '/app', code: true },
      { text: ' or ', code: false },
      { text: '/b', code: true },
      { text: '.', code: false },
    ]);
    expect(plainText(text)).toBe('try /app or /b.');
    expect(textParts(code('x'))).toEqual([{ text: 'x', code: true }]);
  });
});
