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

export function findBuiltin(name: string): BuiltinScenario | undefined {
  return BUILTIN_SCENARIOS.find((s) => s.name === name);
}
