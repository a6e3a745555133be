import { deflateSync, Inflate } from 'fflate';
import { MAX_SCRIPT_BYTES } from '../core/limits.ts';

// A script in a URL: DEFLATE (fflate, level 9), then base64url, so it needs no escaping in a query
// or a fragment. Decoding refuses, with one sentence, text that is not base64url, data that is not
// DEFLATE or is cut short, and anything that inflates past the script bound (MAX_SCRIPT_BYTES):
// the inflating stops there, so a small link cannot blow up into a huge one.

/** The longest `script=` value read: far beyond any lesson, far below what a browser keeps. */
export const MAX_SHARED_SCRIPT_CHARS = 512 * 1024;
const CHUNK_BYTES = 1024;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeScript(script: string): string {
  return toBase64Url(deflateSync(new TextEncoder().encode(script), { level: 9 }));
}

export type DecodedScript = { ok: true; script: string } | { ok: false; message: string };

export function decodeScript(encoded: string): DecodedScript {
  if (encoded.length === 0) return { ok: false, message: 'it is empty' };
  if (encoded.length > MAX_SHARED_SCRIPT_CHARS) return { ok: false, message: `it is longer than ${MAX_SHARED_SCRIPT_CHARS} characters` };
  const bytes = fromBase64Url(encoded);
  if (!bytes) return { ok: false, message: 'it is not base64url text (letters, digits, - and _)' };
  const parts: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > MAX_SCRIPT_BYTES) tooLarge = true;
    else parts.push(chunk);
  });
  try {
    for (let at = 0; at < bytes.length && !tooLarge; at += CHUNK_BYTES) inflate.push(bytes.subarray(at, at + CHUNK_BYTES), at + CHUNK_BYTES >= bytes.length);
  } catch {
    return { ok: false, message: 'it is not a compressed script, or it was cut short' };
  }
  if (tooLarge) return { ok: false, message: `it unpacks to more than ${MAX_SCRIPT_BYTES} bytes` };
  if (bytes.length === 0 || size === 0) return { ok: false, message: 'it is not a compressed script, or it was cut short' };
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  try {
    return { ok: true, script: new TextDecoder('utf-8', { fatal: true }).decode(joined) };
  } catch {
    return { ok: false, message: 'it unpacks to bytes that are not UTF-8 text' };
  }
}
