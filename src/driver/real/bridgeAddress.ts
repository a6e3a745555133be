// Where the page finds its bridge: the page the bridge serves (http://127.0.0.1:<port>/?driver=real
// &token=…) opens ws://<that host>/bridge?token=…; a page served elsewhere (npm start) reaches a
// bridge on 127.0.0.1:<port> with &bridge=<port>.

export interface PageLocation {
  host: string;
  protocol: string;
  search: string;
}

export type BridgeAddress =
  /** `servedByBridge`: the page came from the bridge itself, so the bridge is there to answer. */
  | { ok: true; url: string; servedByBridge: boolean }
  | { ok: false; problem: 'no-token' | 'bad-bridge-port' | 'no-page' };

/** The WebSocket URL of the bridge for a page at `location`, or why there is none. */
export function bridgeAddressOf(location: PageLocation | undefined): BridgeAddress {
  if (!location) return { ok: false, problem: 'no-page' };
  const query = new URLSearchParams(location.search);
  const token = query.get('token');
  if (!token) return { ok: false, problem: 'no-token' };
  const bridge = query.get('bridge');
  let host = location.host;
  if (bridge !== null) {
    if (!/^\d{1,5}$/.test(bridge) || Number(bridge) < 1 || Number(bridge) > 65_535) return { ok: false, problem: 'bad-bridge-port' };
    host = `127.0.0.1:${Number(bridge)}`;
  }
  const scheme = location.protocol === 'https:' && bridge === null ? 'wss' : 'ws';
  return { ok: true, url: `${scheme}://${host}/bridge?token=${encodeURIComponent(token)}`, servedByBridge: bridge === null };
}
