import type { ClusterSettings } from '../core/config.ts';
import type { TickLimit } from '../core/reasons.ts';
import type { ClientName, DistributiveOmit, ServerId } from '../core/types.ts';
import type { ActiveFault, LinkRef } from '../net/network.ts';
import type { Refusal } from '../net/refusal.ts';
import type { RecordBase } from './records.ts';

// What a person (through a driver) or a script did, logged beside the servers' own events so the
// timeline tells the whole story in order. Data only, like every other record.

/** The timeout that reveals a silent (crashed) server under the cluster's detector. */
export type Detection = { detector: 'zookeeper'; limit: TickLimit } | { detector: 'all-to-all'; timeoutMs: number };

/** One record per kind (not `kind: 'kill' | 'pause'`), so each kind can be picked out by Extract. */
type ServerActionRecord = { [K in 'kill' | 'pause' | 'resume' | 'isolate']: RecordBase & { kind: K; node: ServerId } }['kill' | 'pause' | 'resume' | 'isolate'];
type LinkActionRecord = { [K in 'cut' | 'restore-link']: RecordBase & { kind: K; node: ServerId; link: LinkRef; both: boolean } }['cut' | 'restore-link'];

export type ActionRecord =
  | (RecordBase & { kind: 'crash'; node: ServerId; wasLeading: boolean; detection: Detection })
  | ServerActionRecord
  | LinkActionRecord
  | (RecordBase & { kind: 'partition'; groups: ServerId[][] })
  /** `fault` is the one healed, or null when everything was. */
  | (RecordBase & { kind: 'heal'; fault: ActiveFault | null })
  | (RecordBase & { kind: 'drop'; ratePercent: number; link: LinkRef | null })
  | (RecordBase & { kind: 'delay'; latencyMs: number; jitterMs: number; link: LinkRef | null })
  /** The cluster refused a request (the UI validates first): why, as data. */
  | (RecordBase & { kind: 'refused'; refusal: Refusal });

/** An action as a driver logs it; the timeline stamps the time. */
export type UnstampedAction = DistributiveOmit<ActionRecord, 't'>;

/** Why a script statement did nothing. */
export type SkipReason = { why: 'no-matching-server' } | { why: 'client-exists'; client: ClientName } | { why: 'no-such-client'; client: ClientName };

export type ScriptRecord =
  /**
   * A script statement ran. `statement` is its source text and `line` its line; a statement naming
   * "leader" records whom that meant (null: there was none).
   */
  | (RecordBase & { kind: 'fault'; statement: string; line: number; leader?: ServerId | null })
  | (RecordBase & { kind: 'step-skipped'; statement: string; line: number; reason: SkipReason });

export function detectionOf(settings: ClusterSettings): Detection {
  if (settings.detector === 'all-to-all') return { detector: 'all-to-all', timeoutMs: settings.timeoutMs };
  return { detector: 'zookeeper', limit: { name: 'syncLimit', ticks: settings.syncLimitTicks, tickTimeMs: settings.tickTimeMs } };
}

