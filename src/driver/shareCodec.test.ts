import { describe, expect, it } from 'vitest';
import { MAX_SCRIPT_BYTES } from '../core/limits.ts';
import { decodeScript, encodeScript } from './shareCodec.ts';

// A script in a URL: compressed, URL-safe, and refused with one reason when it cannot be read.

const SCRIPT = 'nodes 5\nconfig tickTime=2000 initLimit=10 syncLimit=5\nseed 42\nat 0 start all\nat 3000 write /config/db "primary=1 ✓ ünïcode"\nat 5000 crash leader\n';

describe('share codec', () => {
  it('round-trips a script through URL-safe text, smaller than the script', () => {
    const long = SCRIPT + Array.from({ length: 200 }, (_, i) => `at ${6000 + i * 100} crash ${1 + (i % 5)}`).join('\n');
    const encoded = encodeScript(long);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBeLessThan(long.length / 3);
    expect(decodeScript(encoded)).toEqual({ ok: true, script: long });
    expect(decodeScript(encodeScript(SCRIPT))).toEqual({ ok: true, script: SCRIPT });
  });

  it('refuses text that is not base64url, not compressed, cut short, or too large', () => {
    const encoded = encodeScript(SCRIPT);
    const reason = (text: string) => {
      const decoded = decodeScript(text);
      expect(decoded.ok).toBe(false);
      return decoded.ok ? '' : decoded.message;
    };
    expect(reason('')).toMatch(/empty/);
    expect(reason('not base64!')).toMatch(/not base64url/);
    expect(reason('AAAAAAAA')).toMatch(/not a compressed script|cut short/);
    expect(reason(encoded.slice(0, encoded.length - 6))).toMatch(/cut short/);
    expect(reason(encodeScript('x'.repeat(MAX_SCRIPT_BYTES + 10)))).toMatch(/unpacks to more than/);
    expect(reason('A'.repeat(600 * 1024))).toMatch(/longer than/);
  });
});
