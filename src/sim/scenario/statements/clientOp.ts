import type { UserOp } from '../../../core/client.ts';
import type { StepContext } from './contract.ts';
import { refusedClientStep } from './clientStep.ts';

/** Sends a user operation through a script's client, unless the step cannot run. */
export function clientOp(context: StepContext, client: string, op: UserOp): void {
  const refused = refusedClientStep(context.cluster, { type: 'close', client });
  if (refused) return context.skipped(refused);
  context.cluster.clientOp(client, op);
}
