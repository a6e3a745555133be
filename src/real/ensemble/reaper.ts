// No JVM outlives the bridge: on exit, Ctrl-C, SIGTERM or a crash of the bridge's own, kill every
// server it started, synchronously by pid (an 'exit' handler cannot wait for anything).

export interface ReaperOptions {
  /** Exit after reaping on SIGINT/SIGTERM (the default); false leaves that to the caller's handler. */
  exitOnSignal?: boolean;
  /** What to print on an uncaught exception: one line, never a stack trace. */
  report?: (line: string) => void;
}

export function installReaper(stopAllSync: () => void, options: ReaperOptions = {}): () => void {
  const exitOnSignal = options.exitOnSignal ?? true;
  const report = options.report ?? ((line: string) => process.stderr.write(line + '\n'));
  const onExit = () => stopAllSync();
  const onSignal = (signal: NodeJS.Signals) => {
    stopAllSync();
    if (exitOnSignal) process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  const onCrash = (error: unknown) => {
    stopAllSync();
    report(`The bridge stopped on an internal error (${error instanceof Error ? error.message : String(error)}); its ZooKeeper servers were stopped.`);
    process.exit(1);
  };
  process.on('exit', onExit);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('uncaughtException', onCrash);
  return () => {
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('uncaughtException', onCrash);
  };
}
