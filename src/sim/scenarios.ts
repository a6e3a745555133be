import { bridge, isolateOne, ring } from '../net/presets.ts';

// Built-in scenarios: each is a lesson written in the scenario language (DESIGN §7), for any ensemble
// size where the lesson makes sense. With equal logs, the highest sid wins an election, so the first
// leader of n voters is n and the next one is n − 1.

export interface BuiltinScenario {
  name: string;
  summary: string;
  minNodes: number;
  defaultNodes: number;
  script(nodes: number): string;
}

const HEADER = (n: number, extra = ''): string =>
  `nodes ${n}\nconfig tickTime=2000 initLimit=5 syncLimit=2 detector=zookeeper\nnetwork latency=2 jitter=1\n${extra}at 0 start all\n`;

const majorityOf = (n: number): number => Math.floor(n / 2) + 1;
const groupsText = (groups: number[][]): string => groups.map((g) => g.join(',')).join('|');
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
const ids = (from: number, to: number): string => Array.from({ length: to - from + 1 }, (_, i) => from + i).join(',');

export const BUILTIN_SCENARIOS: BuiltinScenario[] = [
  {
    name: 'steady',
    summary: 'An ensemble elects the highest sid, serves a write, and stays calm: pings every tickTime/2.',
    minNodes: 1,
    defaultNodes: 5,
    script: (n) => `${HEADER(n)}at 3000 write /config/db "primary=1"
expect at 2000 leader ${n}
expect at 2000 epoch leader >= 1
expect at 20000 leader ${n}
expect at 20000 znode /config/db "primary=1" on all
run 30000
`,
  },
  {
    name: 'kill-leader',
    summary: 'The leader process is killed: its connections reset, followers notice at once and elect n − 1.',
    minNodes: 3,
    defaultNodes: 5,
    script: (n) => `${HEADER(n)}at 3000 write /config/db "primary=1"
at 5000 kill leader
expect at 6000 leader ${n - 1}
expect at 6000 epoch leader >= 2
expect at 6000 state ${n} down
expect at 15000 znode /config/db "primary=1" on all
run 20000
`,
  },
  {
    name: 'crash-leader',
    summary: 'The leader host dies silently: nobody knows until syncLimit × tickTime of silence passes.',
    minNodes: 3,
    defaultNodes: 5,
    script: (n) => `${HEADER(n)}at 3000 write /config/db "primary=1"
at 5000 crash leader
expect at 7000 leader none
expect at 12000 leader ${n - 1}
expect at 12000 epoch leader >= 2
expect at 20000 znode /config/db "primary=1" on all
run 25000
`,
  },
  {
    name: 'pause-leader',
    summary: 'A zombie leader: paused (GC, SIGSTOP) long enough to be replaced, it resumes and steps down.',
    minNodes: 3,
    defaultNodes: 5,
    script: (n) => `${HEADER(n)}at 3000 write /config/db "primary=1"
at 5000 pause leader
expect at 14000 leader ${n - 1}
expect at 14000 state ${n} paused
at 15000 resume ${n}
expect at 22000 state ${n} following
expect at 22000 leader ${n - 1}
expect at 22000 znode /config/db "primary=1" on all
run 25000
`,
  },
  {
    name: 'kill-follower',
    summary: 'A follower dies: the leader drops it at once and keeps serving with the rest of the quorum.',
    minNodes: 3,
    defaultNodes: 5,
    script: (n) => `${HEADER(n)}at 3000 kill 1
at 4000 write /config/db "primary=1"
expect at 5000 leader ${n}
expect at 8000 znode /config/db "primary=1" on all
at 10000 restart 1
expect at 14000 state 1 following
expect at 14000 znode /config/db "primary=1" on 1
run 16000
`,
  },
  {
    name: 'lose-quorum',
    summary: 'A majority crashes: the leader steps down within a tick of losing its quorum; one restart brings service back.',
    minNodes: 3,
    defaultNodes: 5,
    script: (n) => {
      const down = majorityOf(n);
      return `${HEADER(n)}at 3000 write /config/db "primary=1"
${Array.from({ length: down }, (_, i) => `at 5000 crash ${i + 1}`).join('\n')}
expect at 15000 leader none
expect at 15000 state ${n} looking
at 20000 restart 1
expect at 40000 leader ${n}
expect at 40000 znode /config/db "primary=1" on all
run 45000
`;
    },
  },
  {
    name: 'partition-minority',
    summary: 'The leader ends up on the minority side: the majority elects a new leader, the old one steps down, healing rejoins it.',
    minNodes: 3,
    defaultNodes: 5,
    script: (n) => {
      const minority = Math.floor((n - 1) / 2);
      const majorityIds = ids(1, n - minority);
      const minorityIds = ids(n - minority + 1, n);
      const newLeader = n - minority;
      return `${HEADER(n)}at 3000 write /config/db "primary=1"
at 5000 partition ${majorityIds}|${minorityIds}
expect at 15000 leader ${newLeader}
expect at 15000 state ${n} looking
at 16000 write /config/db "primary=2"
at 20000 heal
expect at 30000 leader ${newLeader}
expect at 30000 state ${n} following
expect at 30000 znode /config/db "primary=2" on all
run 32000
`;
    },
  },
  {
    name: 'partition-blip',
    summary: 'The leader is cut off for 1.5 s, less than syncLimit × tickTime: TCP holds the packets and delivers them on heal, so no read times out and nobody changes role.',
    minNodes: 3,
    defaultNodes: 5,
    script: (n) => `${HEADER(n)}at 3000 write /config/db "primary=1"
at 5000 partition ${ids(1, n - 1)}|${n}
expect at 6000 leader ${n}
expect at 6000 state 1 following
at 6500 heal
at 6600 write /config/db "primary=2"
expect at 9000 leader ${n}
expect at 9000 state 1 following
expect at 20000 leader ${n}
expect at 20000 znode /config/db "primary=2" on all
run 21000
`,
  },
  {
    name: 'kill-behind-partition',
    summary: 'The leader is cut off, then killed: its reset is a packet the partition holds, so followers notice only when syncLimit × tickTime of silence passes.',
    minNodes: 3,
    defaultNodes: 5,
    script: (n) => `${HEADER(n)}at 3000 write /config/db "primary=1"
at 5000 partition ${ids(1, n - 1)}|${n}
at 5100 kill ${n}
expect at 7000 state 1 following
expect at 12000 leader ${n - 1}
at 15000 heal
expect at 20000 leader ${n - 1}
expect at 20000 znode /config/db "primary=1" on all
run 21000
`,
  },
  {
    name: 'even-ensemble',
    summary: '4 voters need 3 for a quorum: they survive one failure, like 3 voters, but not two. (Any n: n − ⌊n/2⌋ − 1 failures.)',
    minNodes: 2,
    defaultNodes: 4,
    script: (n) => {
      const tolerated = n - majorityOf(n);
      const survivable = Array.from({ length: tolerated }, (_, i) => `at 3000 crash ${i + 1}`).join('\n');
      return `${HEADER(n)}${survivable}
expect at 10000 leader ${n}
at 12000 crash ${tolerated + 1}
expect at 25000 leader none
run 30000
`;
    },
  },
  {
    name: 'lagging-high-sid',
    summary: 'A server with the highest sid but a stale log loses the vote: (epoch, zxid) beat sid.',
    minNodes: 4,
    defaultNodes: 5,
    script: (n) => `${HEADER(n)}at 3000 crash ${n}
at 12000 write /config/db "written-while-${n}-was-down"
at 15000 restart ${n}
at 15000 crash ${n - 1}
expect at 30000 leader ${n - 2}
expect at 30000 state ${n} following
expect at 30000 znode /config/db "written-while-${n}-was-down" on ${n}
run 32000
`,
  },
  {
    name: 'diverged-rejoin',
    summary: 'An isolated leader logs a write no quorum saw; when it rejoins the new leader, that write is truncated (TRUNC).',
    minNodes: 3,
    defaultNodes: 5,
    script: (n) => `${HEADER(n)}at 3000 write /config/db "primary=1"
at 5000 partition ${ids(1, n - 1)}|${n}
at 5100 write /config/db "lost-write"
at 6000 crash ${n}
at 9000 heal
expect at 11000 leader ${n - 1}
at 12000 restart ${n}
expect at 14000 state ${n} following
expect at 14000 znode /config/db "primary=1" on all
at 15000 write /config/db "primary=2"
expect at 20000 znode /config/db "primary=2" on all
run 21000
`,
  },
  {
    name: 'session-expiry',
    summary: 'An ephemeral znode dies with its session; one whose client fails over in time survives.',
    minNodes: 3,
    defaultNodes: 5,
    script: (n) => `${HEADER(n)}at 2000 write /workers ""
at 3000 connect c1 to 1 timeout=6000
at 3000 connect c2 to 2 timeout=10000
at 4000 create c1 /workers/w1 "up" ephemeral
at 4000 create c2 /workers/w2 "up" ephemeral
expect at 6000 znode /workers/w1 "up" on all
at 8000 disconnect c1
at 9000 crash 2
expect at 13000 znode /workers/w1 "up" on all
expect at 20000 znode /workers/w1 absent on all
expect at 30000 znode /workers/w2 "up" on all
run 32000
`,
  },
];

export const PRESET_SCENARIOS: BuiltinScenario[] = [
  {
    name: 'isolate-one',
    summary: 'Partition preset: one follower is cut off. The rest keep serving; it keeps looking, and rejoins when healed.',
    minNodes: 3,
    defaultNodes: 5,
    script: (n) => `${HEADER(n)}at 3000 partition ${groupsText(isolateOne(range(n), 1))}
expect at 12000 leader ${n}
expect at 12000 state 1 looking
at 13000 write /config/db "written-while-1-was-away"
at 20000 heal
# Server 1 has been LOOKING since ~7 s, backing off (0.2, 0.4 … 12.8 s): it is heard again at its next resend.
expect at 45000 state 1 following
expect at 45000 znode /config/db "written-while-1-was-away" on 1
run 46000
`,
  },
  {
    name: 'isolate-leader',
    summary: 'Partition preset: the leader is cut off. It steps down within a tick of losing its quorum; the rest elect n − 1.',
    minNodes: 3,
    defaultNodes: 5,
    script: (n) => `${HEADER(n)}at 3000 partition ${groupsText(isolateOne(range(n), n))}
expect at 12000 leader ${n - 1}
expect at 12000 state ${n} looking
at 20000 heal
expect at 30000 state ${n} following
expect at 30000 leader ${n - 1}
run 32000
`,
  },
  {
    name: 'bridge',
    summary: 'Partition preset: two sides that cannot talk share one bridge server. It follows one leader, so only that side serves.',
    minNodes: 5,
    defaultNodes: 5,
    script: (n) => {
      const [left, right] = bridge(range(n)) as [number[], number[]];
      const cutOff = left.filter((x) => !right.includes(x));
      return `${HEADER(n)}at 3000 partition ${groupsText([left, right])}
at 4000 write /config/db "primary=1"
expect at 15000 leader ${n}
${cutOff.map((x) => `expect at 15000 state ${x} looking`).join('\n')}
expect at 15000 znode /config/db "primary=1" on ${n}
at 20000 heal
# The cut-off side rejoins at its next (backed-off) notification.
expect at 45000 znode /config/db "primary=1" on all
run 46000
`;
    },
  },
  {
    name: 'ring',
    summary: 'Partition preset: a ring of overlapping majorities. The leader keeps its neighbours; servers out of its reach stay looking and never depose it.',
    minNodes: 5,
    defaultNodes: 5,
    script: (n) => {
      const groups = ring(range(n));
      const reach = new Set(groups.filter((g) => g.includes(n)).flat());
      const outOfReach = range(n).filter((x) => !reach.has(x));
      return `${HEADER(n)}at 3000 partition ${groupsText(groups)}
expect at 15000 leader ${n}
${outOfReach.map((x) => `expect at 15000 state ${x} looking`).join('\n')}
at 20000 heal
${outOfReach.map((x) => `expect at 45000 state ${x} following`).join('\n')}
run 46000
`;
    },
  },
  {
    name: 'one-way-cut',
    summary: 'Leader → follower cut one way: the follower hears nothing and leaves; it keeps looking because it never hears the leader say LEADING, while the rest go on serving.',
    minNodes: 3,
    defaultNodes: 5,
    script: (n) => `${HEADER(n)}at 3000 cut ${n}->1
expect at 10000 state 1 looking
expect at 10000 leader ${n}
at 11000 write /config/db "served-without-1"
expect at 14000 znode /config/db "served-without-1" on ${n - 1}
expect at 30000 state 1 looking
expect at 30000 leader ${n}
at 31000 heal
expect at 70000 state 1 following
expect at 70000 znode /config/db "served-without-1" on 1
run 71000
`,
  },
  {
    name: 'data',
    summary: 'Data through a client: persistent, sequential and ephemeral znodes, versioned sets and deletes, replicated to every server.',
    minNodes: 1,
    defaultNodes: 5,
    script: (n) => `${HEADER(n)}at 2000 connect c1 to 1 timeout=10000
at 3000 create c1 /app "" persistent
at 3100 create c1 /app/config "v1" persistent
at 3200 create c1 /app/task- "a" persistent sequential
at 3300 create c1 /app/task- "b" persistent sequential
at 3400 set c1 /app/config "v2"
at 3500 create c1 /app/lock "held" ephemeral
# Sequential names come from the parent's child counter (cversion): /app/config was child 0.
at 3600 delete c1 /app/task-0000000001
expect at 6000 znode /app/config "v2" on all
expect at 6000 znode /app/task-0000000001 absent on all
expect at 6000 znode /app/task-0000000002 "b" on all
expect at 6000 znode /app/lock "held" on all
at 7000 close c1
expect at 9000 znode /app/lock absent on all
expect at 9000 znode /app/config "v2" on all
run 10000
`,
  },
];

BUILTIN_SCENARIOS.push(...PRESET_SCENARIOS);

export function findBuiltin(name: string): BuiltinScenario | undefined {
  return BUILTIN_SCENARIOS.find((s) => s.name === name);
}
