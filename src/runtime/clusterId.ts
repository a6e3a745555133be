// A tab's cluster id names its channels, databases and lock, so two tabs must never draw the same
// one. crypto.getRandomValues works in every context; crypto.randomUUID only in a secure one
// (https or localhost), and a class served from a laptop over plain http on the LAN is not.

const ID_BYTES = 16;

/** 128 random bits as 32 hex digits (no ':' so it fits the `zk:<cluster>:<id>` names). */
export function newClusterId(fillRandom: (bytes: Uint8Array<ArrayBuffer>) => void = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = new Uint8Array(ID_BYTES);
  fillRandom(bytes);
  let id = '';
  for (const byte of bytes) id += byte.toString(16).padStart(2, '0');
  return id;
}
