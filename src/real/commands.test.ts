import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_FRAME_BYTES, parseCommandFrame } from './commands.ts';

const servers = new Set([1, 2, 3]);
const parse = (value: unknown) =>
  parseCommandFrame(typeof value === 'string' ? value : JSON.stringify(value), servers);

describe('parseCommandFrame', () => {
  it('accepts every command with valid arguments, unchanged', () => {
    const commands = [
      { type: 'kill', server: 2 },
      { type: 'crash', server: 1 },
      { type: 'pause', server: 3 },
      { type: 'resume', server: 3 },
      { type: 'restart', server: 3 },
      { type: 'isolate', server: 1 },
      { type: 'cut', from: 1, to: 2, both: false },
      { type: 'restore', from: 2, to: 1, both: true },
      { type: 'partition', groups: [[1], [2, 3]] },
      { type: 'heal-fault', faultId: 'f-3' },
      { type: 'heal-all' },
      { type: 'delay', latencyMs: 300, jitterMs: 20, link: null },
      { type: 'drop', percent: 12.5, link: { from: 1, to: 3 } },
      { type: 'pause-all', paused: true },
      { type: 'connect-client', name: 'c1', server: 2, timeoutMs: 4000 },
      {
        type: 'client-op',
        name: 'c1',
        callId: 7,
        op: { type: 'create', path: '/a', value: 'x', mode: 'ephemeral' },
      },
      { type: 'client-op', name: 'c1', callId: 8, op: { type: 'set', path: '/a', value: 'y', version: -1 } },
      { type: 'client-op', name: 'c1', callId: 9, op: { type: 'get', path: '/a' } },
      { type: 'client-op', name: 'c1', callId: 10, op: { type: 'delete', path: '/a', version: 0 } },
      { type: 'disconnect-client', name: 'c1' },
    ];
    for (const [index, command] of commands.entries()) {
      expect(parse({ seq: index, command })).toEqual({ ok: true, frame: { seq: index, command } });
    }
  });

  it('refuses what is not a frame, without a sequence number to answer', () => {
    expect(parse('not json')).toEqual({
      ok: false,
      seq: null,
      refusal: { code: 'bad-frame', detail: 'not JSON' },
    });
    expect(parse({ command: { type: 'heal-all' } })).toMatchObject({
      ok: false,
      seq: null,
      refusal: { code: 'bad-frame' },
    });
    expect(parse({ seq: -1, command: { type: 'heal-all' } })).toMatchObject({ ok: false, seq: null });
    expect(parseCommandFrame('x'.repeat(MAX_FRAME_BYTES + 1), servers)).toMatchObject({
      ok: false,
      seq: null,
      refusal: { code: 'bad-frame' },
    });
  });

  it('refuses unknown commands and unknown servers by name, answering the frame', () => {
    expect(parse({ seq: 4, command: { type: 'exec', cmd: 'rm -rf /' } })).toEqual({
      ok: false,
      seq: 4,
      refusal: { code: 'unknown-command', type: 'exec' },
    });
    expect(parse({ seq: 5, command: { type: '__proto__' } })).toMatchObject({
      ok: false,
      seq: 5,
      refusal: { code: 'unknown-command' },
    });
    expect(parse({ seq: 6, command: { type: 'kill', server: 9 } })).toEqual({
      ok: false,
      seq: 6,
      refusal: { code: 'unknown-server', server: 9 },
    });
  });

  it('refuses bad arguments, naming the field', () => {
    const cases: Array<[unknown, string]> = [
      [{ type: 'kill', server: '1' }, 'server'],
      [{ type: 'kill', server: 1, signal: 'TERM' }, 'command'],
      [{ type: 'cut', from: 1, to: 1, both: true }, 'to'],
      [{ type: 'cut', from: 1, to: 2 }, 'both'],
      [{ type: 'partition', groups: [[1, 1], [2]] }, 'groups[0]'],
      [{ type: 'partition', groups: [] }, 'groups'],
      [{ type: 'delay', latencyMs: 1e11, jitterMs: 0, link: null }, 'latencyMs'],
      [{ type: 'drop', percent: 101, link: null }, 'percent'],
      [{ type: 'drop', percent: 5, link: { from: 2, to: 2 } }, 'link'],
      [{ type: 'heal-fault', faultId: '../../etc' }, 'faultId'],
      [{ type: 'connect-client', name: '1bad', server: 1, timeoutMs: 4000 }, 'name'],
      [
        {
          type: 'client-op',
          name: 'c1',
          callId: 1,
          op: { type: 'create', path: 'a', value: '', mode: 'persistent' },
        },
        'path',
      ],
      [
        {
          type: 'client-op',
          name: 'c1',
          callId: 1,
          op: { type: 'create', path: '/a', value: '', mode: 'forever' },
        },
        'op.mode',
      ],
      [{ type: 'client-op', name: 'c1', callId: 1, op: { type: 'exists', path: '/a' } }, 'op.type'],
      [{ type: 'client-op', name: 'c1', callId: 0, op: { type: 'get', path: '/a' } }, 'callId'],
    ];
    for (const [command, field] of cases) {
      expect(parse({ seq: 1, command }), JSON.stringify(command)).toMatchObject({
        ok: false,
        seq: 1,
        refusal: { code: 'bad-argument', field },
      });
    }
  });

  it('never throws, whatever the page sends', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify({ seq: 1, command: value })),
        ),
        (data) => {
          const parsed = parseCommandFrame(data, servers);
          expect(typeof parsed.ok).toBe('boolean');
        },
      ),
    );
  });
});
