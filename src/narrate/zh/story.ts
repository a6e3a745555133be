import type { Bound, BoundReason, FaultAction, FaultMetric, SyncChoice } from '../../host/faultMetrics.ts';
import { detectedMs, electionMs, recoveredMs } from '../../host/faultMetrics.ts';
import type { TimelineRecord } from '../../host/records.ts';
import type { StoryChapter, StoryPhase } from '../../host/story.ts';
import { formatMs, formatSeconds as seconds } from '../format.ts';
import type { FaultSubject, MetricParts, StoryWords } from '../language.ts';
import { idRanges } from '../shared/ids.ts';
import { decidersOf, otherEnd, servingFact, syncCounts, syncParties } from '../shared/storyFacts.ts';
import { idList, LEADER_NOTE, stateName } from './words.ts';

// The story view's headlines and the fault metrics in Chinese (mirrors en/story.ts; the facts
// each sentence tells are chosen in shared/storyFacts.ts).

function boundReason(r: BoundReason): string {
  switch (r.why) {
    case 'read-timeout':
      return `${r.limit.name} × tickTime（${r.limit.ticks} × ${formatMs(r.limit.tickTimeMs)}）`;
    case 'heartbeat-timeout':
      return `心跳超时 ${formatMs(r.timeoutMs)}`;
    case 'connection-reset':
      return `一次消息延迟（${formatMs(r.latencyMs)} ± ${formatMs(r.jitterMs)}）`;
    case 'fle-backoff':
      return r.intervalMs === 0 ? '当时没有服务器处于 LOOKING' : `FLE 的退避（两次投票间隔 ${formatMs(r.intervalMs)}）`;
    case 'detection-then-init-limit':
      return `先察觉，再加上 ${r.limit.name} × tickTime（${r.limit.ticks} × ${formatMs(r.limit.tickTimeMs)}）`;
  }
}

function boundText(b: Bound): string {
  const range = b.loMs === b.hiMs ? formatMs(b.hiMs) : `${formatMs(b.loMs)}…${formatMs(b.hiMs)}`;
  return `${range}：${boundReason(b.reason)}`;
}

/** "服务器 5（领导者）" or "服务器 5 ", ready for the verb that follows. */
const serverHit = (f: { node: number | null; wasLeader: boolean }) => `服务器 ${f.node}${f.wasLeader ? LEADER_NOTE : ' '}`;

function failureText(f: FaultMetric): string {
  switch (f.action) {
    case 'crash':
      return `${serverHit(f)}崩溃：一片沉默，再也没有消息到达`;
    case 'kill':
      return `${serverHit(f)}被杀死：它的主机重置了它的连接`;
    case 'pause':
      return `${serverHit(f)}暂停：还活着，但一声不响`;
    case 'isolate':
      return `${serverHit(f)}与其他所有服务器断开`;
    case 'partition':
      return `网络分裂为 ${(f.groups ?? [f.servers]).map((g) => `{${idRanges(g)}}`).join(' | ')}`;
    case 'cut':
      return `从服务器 ${f.node} 到服务器 ${otherEnd(f) ?? '?'} 的链路被切断`;
    case 'heal':
      return '网络已修复：每条链路都重新传输数据包';
  }
}

/** Why the first server noticed, from the record that showed it. */
function noticedWhy(r: TimelineRecord): string {
  switch (r.kind) {
    case 'peer-suspected':
      if (r.cause === 'leader-silent') return `${r.limit.name} × tickTime 内没有收到领导者 ${r.peer} 的任何数据包`;
      if (r.cause === 'heartbeat-timeout') return `超时时间内没有收到服务器 ${r.peer} 的心跳`;
      if (r.cause === 'connection-reset') return `它与服务器 ${r.peer} 的连接被重置`;
      return `服务器 ${r.peer} 不再领导`;
    case 'learner-dropped':
      if (r.reason.why === 'read-timeout') return `它断开了服务器 ${r.learner}：沉默达 syncLimit × tickTime`;
      if (r.reason.why === 'connection-reset') return `服务器 ${r.learner} 的连接被重置`;
      return `它断开了服务器 ${r.learner}`;
    case 'step-down':
      return r.shutdown.why === 'not-synced' ? '它失去了已同步的多数派，于是退位' : '它退位了';
    case 'state-change':
      return r.change === 'looking' ? `它从 ${stateName(r.from)} 转为 LOOKING` : r.change === 'decided' ? `它得知多数派跟随服务器 ${r.leader}` : '它找到了自己的领导者';
    default:
      return '它作出了反应';
  }
}

function detectionText(f: FaultMetric): string {
  if (f.detection) {
    const verb = f.action === 'heal' ? '重新收到其他服务器的消息' : '察觉';
    return `服务器 ${f.detection.by} 在 ${seconds(f.detection.afterMs)} 后${verb}：${noticedWhy(f.detection.record)}`;
  }
  if (f.undetectedHealed) return '没有服务器察觉：它在任何超时到期之前就结束了';
  return `还没有服务器察觉：它们在等待${boundReason(f.detectionBound.reason)}`;
}

const epochNote = (epoch: number | null) => (epoch === null ? '' : `（epoch ${epoch}）`);

function electionText(chapter: StoryChapter, phase: StoryPhase): string {
  const e = chapter.recovery.election;
  if (e && e.leader !== null && e.decidedMs !== null) {
    return `服务器 ${e.leader} 当选${epochNote(e.epoch)}，经过 ${e.rounds} 轮（投票用时 ${seconds(e.decidedMs - e.startMs)}）`;
  }
  if (e) return `选举中：已进行 ${e.rounds} 轮，尚无胜者`;
  // No election of a new leader (a heal, a server rejoining): who decided whom to follow.
  const deciders = decidersOf(chapter);
  const leader = chapter.recovery.recovered?.leader;
  if (deciders.length > 0 && leader !== undefined) return `服务器 ${idList(deciders)} 重新找到了领导者 ${leader}`;
  return `服务器 ${idList(phase.servers)} 正在投票`;
}

function syncSummary(syncs: readonly SyncChoice[]): string {
  return syncCounts(syncs).map(([mode, n]) => `${mode.toUpperCase()} ×${n}`).join('，');
}

function syncText(chapter: StoryChapter): string {
  const syncs = chapter.recovery.syncs;
  if (syncs.length === 0) return '发现阶段：新领导者召集它的跟随者';
  const { leaders, learners } = syncParties(syncs);
  return `领导者 ${idList(leaders)} 同步了 ${learners} 台服务器：${syncSummary(syncs)}`;
}

function servingText(chapter: StoryChapter): string {
  const s = servingFact(chapter);
  if (s.case === 'not-whole-yet') return '还不是所有服务器都回到了多数派中';
  if (s.case === 'no-leader-yet') return '还没有拥有已同步多数派的领导者';
  const who = `领导者 ${s.leader}，epoch ${s.epoch}`;
  switch (s.case) {
    case 'whole-again':
      return `${seconds(s.afterMs)} 后所有服务器都回到了多数派中（${who}）`;
    case 'never-stopped':
      return `服务从未中断（${who}）`;
    case 'serving-after-start':
      return `${seconds(s.atMs)} 后开始提供服务（${who}）`;
    case 'serving-again': {
      const since = s.withoutLeaderMs === null ? '' : `，其间 ${seconds(s.withoutLeaderMs)} 没有领导者`;
      return `故障后 ${seconds(s.afterMs)} 恢复服务${since}（${who}）`;
    }
  }
}

function headline(chapter: StoryChapter, phase: StoryPhase): string {
  const f = chapter.fault;
  switch (phase.kind) {
    case 'failure':
      return f ? failureText(f) : '集群启动';
    case 'detection':
      return f ? detectionText(f) : '所有服务器都以 LOOKING 状态启动';
    case 'election':
      return electionText(chapter, phase);
    case 'sync':
      return syncText(chapter);
    case 'serving':
      return servingText(chapter);
  }
}

const WHOLE_NETWORK: Record<FaultAction, string> = {
  crash: '崩溃',
  kill: '杀死',
  pause: '暂停',
  isolate: '隔离',
  partition: '网络分区',
  cut: '链路切断',
  heal: '网络修复',
};

const OF_SERVER: Record<FaultAction, string> = {
  crash: '崩溃',
  kill: '被杀死',
  pause: '暂停',
  isolate: '被隔离',
  partition: '所在的网络分区',
  cut: '的链路被切断',
  heal: '的网络修复',
};

/** What the fault was, in a few words: "服务器 1（领导者）崩溃", "网络分区". */
function subject(f: FaultSubject): string {
  return f.node === null ? WHOLE_NETWORK[f.action] : `${serverHit(f)}${OF_SERVER[f.action]}`;
}

/** What the fault was in a few words, then how it ended: the chapter's one-line summary. */
function chapterTitle(chapter: StoryChapter): string {
  const f = chapter.fault;
  if (!f) return '启动：第一次选举';
  const d = detectedMs(f);
  const r = recoveredMs(f);
  const noticed = d === null ? (f.undetectedHealed ? '无人察觉' : '尚未察觉') : `${seconds(d)} 后察觉`;
  const back = f.action === 'heal' ? (r === null ? '尚未完全恢复' : `${seconds(r)} 后完全恢复`) : r === null ? '尚无领导者' : r === 0 ? '服务从未中断' : `${seconds(r)} 后恢复服务`;
  return `${subject(f)}：${noticed}，${back}`;
}

/** One line per fault for the command line. */
function metricLine(f: FaultMetric): string {
  const parts: string[] = [];
  const d = detectedMs(f);
  parts.push(d === null ? (f.undetectedHealed ? '结束之前无人察觉' : '没有存活的服务器察觉') : `${formatMs(d)} 后首先被服务器 ${f.detection!.by} 察觉（界限 ${boundText(f.detectionBound)}）`);
  const e = f.election;
  const took = electionMs(f);
  if (e && took !== null) parts.push(`服务器 ${e.leader} 经过 ${e.rounds} 轮、${formatMs(took)} 赢得选举`);
  const r = recoveredMs(f);
  if (f.action === 'heal') parts.push(r === null ? '还不是所有服务器都已回来' : `${formatMs(r)} 后所有服务器回到多数派中`);
  else if (r === 0) parts.push('服务从未中断');
  else if (r === null) parts.push('到结束时服务仍未恢复');
  else parts.push(`不可用 ${formatMs(f.unavailable!.toMs! - f.unavailable!.fromMs)}，${formatMs(r)} 后重新有了已同步的多数派（界限 ${formatMs(f.recoveryBound.hiMs)}）`);
  if (f.syncs.length > 0) parts.push(`同步 ${syncSummary(f.syncs)}`);
  return `${formatMs(f.atMs)} ${subject(f)}：${parts.join('；')}。`;
}

/** A fault's metrics in short phrases, for the Metrics tab's rows. */
function metricParts(f: FaultMetric): MetricParts {
  const d = detectedMs(f);
  const detection = d !== null ? `${seconds(d)} 后被服务器 ${f.detection!.by} 察觉` : f.undetectedHealed ? '无人察觉：在任何超时之前就结束了' : '尚未察觉';
  const e = f.election;
  const took = electionMs(f);
  const election = !e ? null : e.leader !== null && took !== null ? `服务器 ${e.leader} 当选${epochNote(e.epoch)}，经过 ${e.rounds} 轮、投票 ${seconds(took)}` : `选举中：已进行 ${e.rounds} 轮`;
  const r = recoveredMs(f);
  const back = f.recovered ? `（领导者 ${f.recovered.leader}，epoch ${f.recovered.epoch}）` : '';
  const recovery =
    f.action === 'heal'
      ? r === null ? '还不是所有服务器都已回来' : `${seconds(r)} 后所有服务器都已回来`
      : r === null ? '还没有拥有已同步多数派的领导者' : r === 0 ? '服务从未中断' : `${seconds(r)} 后恢复服务${back}`;
  return { detection, election, recovery, sync: f.syncs.length === 0 ? null : `同步 ${syncSummary(f.syncs)}` };
}

export const storyWords: StoryWords = { headline, chapterTitle, metricLine, metricParts, bound: boundText, failure: failureText, subject };
