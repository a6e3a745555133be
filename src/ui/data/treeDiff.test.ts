import { describe, expect, it } from 'vitest';
import type { ZnodeData } from '../../driver/index.ts';
import { diffTree } from './treeDiff.ts';

const z = (path: string, value = '', version = 0): ZnodeData => ({ path, value, version, ephemeralOwner: 0, czxid: 1, mzxid: 1, cversion: 0 });

describe('diffTree', () => {
  it('marks what matches, differs, is extra and is missing', () => {
    const leader = [z('/a', '1'), z('/b', '2', 1), z('/c')];
    const follower = [z('/a', '1'), z('/b', '1', 0), z('/x')];
    expect(diffTree(follower, leader)).toEqual({
      rows: [
        { node: follower[0], status: 'same' },
        { node: follower[1], status: 'differs' },
        { node: follower[2], status: 'extra' },
      ],
      missing: [leader[2]],
    });
  });

  it('compares nothing without a leader', () => {
    expect(diffTree([z('/a')], null)).toEqual({ rows: [{ node: z('/a'), status: 'same' }], missing: [] });
  });
});
