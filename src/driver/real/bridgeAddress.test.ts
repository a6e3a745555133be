import { describe, expect, it } from 'vitest';
import { bridgeAddressOf } from './bridgeAddress.ts';

describe('bridgeAddressOf', () => {
  const page = (search: string, host = '127.0.0.1:4400', protocol = 'http:') => ({ host, protocol, search });

  it('reaches the bridge that served the page, with the page’s token', () => {
    expect(bridgeAddressOf(page('?driver=real&token=a%2Bb'))).toEqual({ ok: true, url: 'ws://127.0.0.1:4400/bridge?token=a%2Bb', servedByBridge: true });
  });

  it('reaches a bridge on 127.0.0.1 from a page served elsewhere (&bridge=port)', () => {
    expect(bridgeAddressOf(page('?driver=real&token=t&bridge=4500', 'localhost:5173'))).toEqual({ ok: true, url: 'ws://127.0.0.1:4500/bridge?token=t', servedByBridge: false });
  });

  it('says what is missing or wrong instead of guessing', () => {
    expect(bridgeAddressOf(page('?driver=real'))).toEqual({ ok: false, problem: 'no-token' });
    expect(bridgeAddressOf(page('?driver=real&token=t&bridge=evil.example:80'))).toEqual({ ok: false, problem: 'bad-bridge-port' });
    expect(bridgeAddressOf(page('?driver=real&token=t&bridge=70000'))).toEqual({ ok: false, problem: 'bad-bridge-port' });
    expect(bridgeAddressOf(undefined)).toEqual({ ok: false, problem: 'no-page' });
  });
});
