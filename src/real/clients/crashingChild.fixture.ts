// A stand-in for clientChild.ts in the host's tests: it starts like the real child, then dies the
// way node-zookeeper-client can kill it (an uncaught RangeError) as soon as a user session opens.
// A session named "garbled" gets a malformed message instead.

process.on('message', (raw: unknown) => {
  const command = raw as { type?: string; key?: string };
  if (command.type !== 'open' || typeof command.key !== 'string' || !command.key.startsWith('user:')) return;
  if (command.key === 'user:garbled') {
    process.send?.({ type: 'connected', key: command.key, server: 'one' });
    return;
  }
  setImmediate(() => {
    throw new RangeError('fake deserializer failure');
  });
});
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready' });
