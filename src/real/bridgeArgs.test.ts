import { describe, expect, it } from 'vitest';
import { parseBridgeArgs } from './bridgeArgs.ts';

describe('parseBridgeArgs', () => {
  it('has the defaults of zoo_sample.cfg and five servers', () => {
    expect(parseBridgeArgs([])).toMatchObject({
      ok: true,
      args: { servers: 5, observers: 0, tickTimeMs: 2000, initLimitTicks: 10, syncLimitTicks: 5, port: 7181 },
    });
  });
  it('reads every option', () => {
    const parsed = parseBridgeArgs([
      '--servers',
      '3',
      '--observers',
      '1',
      '--tick',
      '200',
      '--init-limit',
      '5',
      '--sync-limit',
      '2',
      '--port',
      '9000',
      '--zookeeper',
      '/opt/zk',
      '--script',
      'a.scn',
      '--allow-origin',
      'http://127.0.0.1:5173',
    ]);
    expect(parsed).toEqual({
      ok: true,
      args: {
        servers: 3,
        observers: 1,
        tickTimeMs: 200,
        initLimitTicks: 5,
        syncLimitTicks: 2,
        port: 9000,
        zookeeperDir: '/opt/zk',
        scriptFile: 'a.scn',
        scenario: null,
        serversGiven: true,
        extraOrigins: ['http://127.0.0.1:5173'],
        help: false,
      },
    });
  });
  it('lets the system pick the page port with 0', () => {
    expect(parseBridgeArgs(['--port', '0'])).toMatchObject({ ok: true, args: { port: 0 } });
  });
  it('refuses bad values with one sentence naming the option', () => {
    const cases: Array<[string[], string]> = [
      [['--servers', '0'], '--servers'],
      [['--servers', '10'], '--servers'],
      [['--tick', '2.5'], '--tick'],
      [['--port', '80'], '--port'],
      [['--port', '-1'], '--port'],
      [['--servers', '3', '--observers', '3'], '--observers'],
      [['--allow-origin', 'http://x:1/path'], '--allow-origin'],
      [['--allow-origin', 'file:///etc'], '--allow-origin'],
      [['--rm', '-rf'], 'unknown option'],
      [['--servers'], 'needs a value'],
      [['--script', 'a.scn', '--scenario', 'kill-leader'], 'cannot both'],
    ];
    for (const [argv, words] of cases) {
      const parsed = parseBridgeArgs(argv);
      expect(parsed.ok, argv.join(' ')).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain(words);
    }
  });
});
