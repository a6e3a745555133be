import type { Bound, BoundReason, FaultMetric, SyncChoice } from '../../host/faultMetrics.ts';
import { detectedMs, electionMs, recoveredMs } from '../../host/faultMetrics.ts';
import type { TimelineRecord } from '../../host/records.ts';
import type { StoryChapter, StoryPhase } from '../../host/story.ts';
import { formatMs, formatSeconds as seconds } from '../format.ts';
import type { FaultSubject, MetricParts, StoryWords } from '../language.ts';
import { idRanges } from '../shared/ids.ts';
import { decidersOf, otherEnd, servingFact, syncCounts, syncParties } from '../shared/storyFacts.ts';
import { idList } from './words.ts';

// The story view's headlines and the fault metrics in English: pure functions of the phase and
// metric data (src/host/story.ts, faultMetrics.ts), so another language is one more table.


function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function boundReason(r: BoundReason): string {
  switch (r.why) {
    case 'read-timeout':
      return `${r.limit.name} × tickTime (${r.limit.ticks} × ${formatMs(r.limit.tickTimeMs)})`;
    case 'heartbeat-timeout':
      return `heartbeat timeout ${formatMs(r.timeoutMs)}`;
    case 'connection-reset':
      return `one message latency (${formatMs(r.latencyMs)} ± ${formatMs(r.jitterMs)})`;
    case 'fle-backoff':
      return r.intervalMs === 0 ? 'nobody was looking' : `the FLE back-off (${formatMs(r.intervalMs)} between votes)`;
    case 'detection-then-init-limit':
      return `detection, then ${r.limit.name} × tickTime (${r.limit.ticks} × ${formatMs(r.limit.tickTimeMs)})`;
  }
}

function boundText(b: Bound): string {
  const range = b.loMs === b.hiMs ? formatMs(b.hiMs) : `${formatMs(b.loMs)}…${formatMs(b.hiMs)}`;
  return `${range}: ${boundReason(b.reason)}`;
}

const leaderNote = (f: FaultMetric) => (f.wasLeader ? ' (the leader)' : '');

function failureText(f: FaultMetric): string {
  switch (f.action) {
    case 'crash':
      return `Server ${f.node} crashed${leaderNote(f)}: silence, nothing more arrives`;
    case 'kill':
      return `Server ${f.node} was killed${leaderNote(f)}: its host resets its connections`;
    case 'pause':
      return `Server ${f.node} paused${leaderNote(f)}: alive but silent`;
    case 'isolate':
      return `Server ${f.node} was cut off from every other server${leaderNote(f)}`;
    case 'partition':
      return `The network split into ${(f.groups ?? [f.servers]).map((g) => `{${idRanges(g)}}`).join(' | ')}`;
    case 'cut': {
      return `The link from server ${f.node} to server ${otherEnd(f) ?? '?'} was cut`;
    }
    case 'heal':
      return 'The network healed: every link carries packets again';
  }
}

/** Why the first server noticed, from the record that showed it. */
function noticedWhy(r: TimelineRecord): string {
  switch (r.kind) {
    case 'peer-suspected':
      if (r.cause === 'leader-silent') return `${r.limit.name} × tickTime passed without a packet from leader ${r.peer}`;
      if (r.cause === 'heartbeat-timeout') return `no heartbeat from server ${r.peer} for the timeout`;
      if (r.cause === 'connection-reset') return `its connection to server ${r.peer} was reset`;
      return `server ${r.peer} no longer leads`;
    case 'learner-dropped':
      if (r.reason.why === 'read-timeout') return `it dropped server ${r.learner}: syncLimit × tickTime of silence`;
      if (r.reason.why === 'connection-reset') return `server ${r.learner}'s connection was reset`;
      return `it dropped server ${r.learner}`;
    case 'step-down':
      return r.shutdown.why === 'not-synced' ? 'it lost its synced quorum and stepped down' : 'it stepped down';
    case 'state-change':
      return r.change === 'looking' ? `it left ${r.from.toUpperCase()} for LOOKING` : r.change === 'decided' ? `it heard a quorum follow server ${r.leader}` : 'it found its leader';
    default:
      return 'it reacted';
  }
}

function detectionText(f: FaultMetric): string {
  if (f.detection) {
    const verb = f.action === 'heal' ? 'heard the others again' : 'noticed';
    return `Server ${f.detection.by} ${verb} after ${seconds(f.detection.afterMs)}: ${noticedWhy(f.detection.record)}`;
  }
  if (f.undetectedHealed) return 'Nobody noticed: it was over before any timeout ran out';
  return `Nobody has noticed yet: they wait for ${boundReason(f.detectionBound.reason)}`;
}

function electionText(chapter: StoryChapter, phase: StoryPhase): string {
  const e = chapter.recovery.election;
  if (e && e.leader !== null && e.decidedMs !== null) {
    const epoch = e.epoch === null ? '' : ` in epoch ${e.epoch}`;
    return `Server ${e.leader} elected${epoch} after ${plural(e.rounds, 'round')} (${seconds(e.decidedMs - e.startMs)} of voting)`;
  }
  if (e) return `Electing: ${plural(e.rounds, 'round')} so far, no winner yet`;
  // No election of a new leader (a heal, a server rejoining): who decided whom to follow.
  const deciders = decidersOf(chapter);
  const who = (ids: number[]) => `${ids.length === 1 ? 'Server' : 'Servers'} ${idList(ids)}`;
  const leader = chapter.recovery.recovered?.leader;
  if (deciders.length > 0 && leader !== undefined) return `${who(deciders)} found leader ${leader} again`;
  return `${who(phase.servers)} ${phase.servers.length === 1 ? 'is' : 'are'} voting`;
}

export function syncSummary(syncs: readonly SyncChoice[]): string {
  return syncCounts(syncs).map(([mode, n]) => `${mode.toUpperCase()} ×${n}`).join(', ');
}

function syncText(chapter: StoryChapter): string {
  const syncs = chapter.recovery.syncs;
  if (syncs.length === 0) return 'Discovery: the new leader gathers its followers';
  const { leaders, learners } = syncParties(syncs);
  return `Leader ${idList(leaders)} synced ${plural(learners, 'server')}: ${syncSummary(syncs)}`;
}

function servingText(chapter: StoryChapter): string {
  const s = servingFact(chapter);
  if (s.case === 'not-whole-yet') return 'Not every server is back in the quorum yet';
  if (s.case === 'no-leader-yet') return 'No leader with a synced quorum yet';
  const who = `leader ${s.leader}, epoch ${s.epoch}`;
  switch (s.case) {
    case 'whole-again':
      return `Every server is back in the quorum after ${seconds(s.afterMs)} (${who})`;
    case 'never-stopped':
      return `Service never stopped (${who})`;
    case 'serving-after-start':
      return `Serving after ${seconds(s.atMs)} (${who})`;
    case 'serving-again': {
      const since = s.withoutLeaderMs === null ? '' : `, ${seconds(s.withoutLeaderMs)} without a leader`;
      return `Serving again ${seconds(s.afterMs)} after the fault${since} (${who})`;
    }
  }
}

function headline(chapter: StoryChapter, phase: StoryPhase): string {
  const f = chapter.fault;
  switch (phase.kind) {
    case 'failure':
      return f ? failureText(f) : 'The ensemble starts';
    case 'detection':
      return f ? detectionText(f) : 'Every server starts LOOKING';
    case 'election':
      return electionText(chapter, phase);
    case 'sync':
      return syncText(chapter);
    case 'serving':
      return servingText(chapter);
  }
}

/** What the fault was in a few words, then how it ended: the chapter's one-line summary. */
function chapterTitle(chapter: StoryChapter): string {
  const f = chapter.fault;
  if (!f) return 'Start-up: the first election';
  const what = f.node === null ? (f.action === 'heal' ? 'Heal' : f.action === 'partition' ? 'Partition' : 'Cut') : `${f.action[0]!.toUpperCase()}${f.action.slice(1)} of server ${f.node}${leaderNote(f)}`;
  const d = detectedMs(f);
  const r = recoveredMs(f);
  const noticed = d === null ? (f.undetectedHealed ? 'nobody noticed' : 'not noticed yet') : `noticed in ${seconds(d)}`;
  const back = f.action === 'heal' ? (r === null ? 'not whole yet' : `whole again in ${seconds(r)}`) : r === null ? 'no leader yet' : r === 0 ? 'service never stopped' : `serving again in ${seconds(r)}`;
  return `${what}: ${noticed}, ${back}`;
}

function subject(f: FaultSubject): string {
  return `${f.action}${f.node === null ? '' : ` server ${f.node}${f.wasLeader ? ' (the leader)' : ''}`}`;
}

/** One line per fault for the command line. */
function metricLine(f: FaultMetric): string {
  const parts: string[] = [];
  const d = detectedMs(f);
  parts.push(d === null ? (f.undetectedHealed ? 'nobody noticed before it was over' : 'no live server noticed') : `first noticed after ${formatMs(d)} by server ${f.detection!.by} (bound ${boundText(f.detectionBound)})`);
  const e = f.election;
  const took = electionMs(f);
  if (e && took !== null) parts.push(`election won by server ${e.leader} after ${plural(e.rounds, 'round')}, ${formatMs(took)}`);
  const r = recoveredMs(f);
  if (f.action === 'heal') parts.push(r === null ? 'not every server back yet' : `every server back in the quorum after ${formatMs(r)}`);
  else if (r === 0) parts.push('service never stopped');
  else if (r === null) parts.push('service not back by the end');
  else parts.push(`unavailable ${formatMs(f.unavailable!.toMs! - f.unavailable!.fromMs)}, a synced quorum again after ${formatMs(r)} (bound ${formatMs(f.recoveryBound.hiMs)})`);
  if (f.syncs.length > 0) parts.push(`sync ${syncSummary(f.syncs)}`);
  return `${formatMs(f.atMs)} ${subject(f)}: ${parts.join('; ')}.`;
}

/** A fault's metrics in short phrases, for the Metrics tab's rows. */
function metricParts(f: FaultMetric): MetricParts {
  const d = detectedMs(f);
  const detection = d !== null ? `noticed after ${seconds(d)} by server ${f.detection!.by}` : f.undetectedHealed ? 'nobody noticed: over before any timeout' : 'not noticed yet';
  const e = f.election;
  const took = electionMs(f);
  const election = !e ? null : e.leader !== null && took !== null ? `server ${e.leader} elected${e.epoch === null ? '' : ` in epoch ${e.epoch}`} after ${plural(e.rounds, 'round')}, ${seconds(took)} of voting` : `electing: ${plural(e.rounds, 'round')} so far`;
  const r = recoveredMs(f);
  const back = f.recovered ? ` (leader ${f.recovered.leader}, epoch ${f.recovered.epoch})` : '';
  const recovery =
    f.action === 'heal'
      ? r === null ? 'not every server back yet' : `every server back after ${seconds(r)}`
      : r === null ? 'no leader with a synced quorum yet' : r === 0 ? 'service never stopped' : `serving again after ${seconds(r)}${back}`;
  return { detection, election, recovery, sync: f.syncs.length === 0 ? null : `sync ${syncSummary(f.syncs)}` };
}

export const storyWords: StoryWords = { headline, chapterTitle, metricLine, metricParts, bound: boundText, failure: failureText, subject };
