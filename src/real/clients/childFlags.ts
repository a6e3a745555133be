// The Node flags a forked .ts child needs. Under `npm run real` the bridge runs in tsx, whose loader
// flags are in process.execArgv and pass to the child as they are. Elsewhere (a test runner that
// loads TypeScript its own way) the child gets tsx's loader explicitly.

export function tsChildExecArgv(parentExecArgv: readonly string[] = process.execArgv): string[] {
  return parentExecArgv.some((arg) => arg.includes('tsx')) ? [...parentExecArgv] : ['--import', 'tsx'];
}
