import { describe, expect, it } from 'vitest';
import { newClusterId } from './clusterId.ts';

describe('newClusterId', () => {
  it('is 32 hex digits drawn from getRandomValues, with no separator of the storage names', () => {
    const id = newClusterId();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('renders every byte as two digits, so ids never collide by dropping a zero', () => {
    const id = newClusterId((bytes) => bytes.forEach((_, i) => (bytes[i] = i)));
    expect(id).toBe('000102030405060708090a0b0c0d0e0f');
  });

  it('draws a new id each time', () => {
    const ids = new Set(Array.from({ length: 100 }, () => newClusterId()));
    expect(ids.size).toBe(100);
  });
});
