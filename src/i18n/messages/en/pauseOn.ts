// The pause-on menu's items, loaded with them the first time the menu opens (its summary is on the
// first screen: time.ts).

export const pauseOn = {
  'pauseOn.when': 'Pause when…',
  'pauseOn.suspect': 'a server suspects',
  'pauseOn.elected': 'a leader is elected',
  'pauseOn.commit': 'a write commits',
  'pauseOn.exact': 'The simulator stops exactly at it.',
  'pauseOn.late': 'The servers run in workers: the page pauses as soon as the event reaches it, a few ms later.',
  'pauseOn.slowMotion': 'slow motion during elections',
  'pauseOn.stepNeedsSim': 'Stepping needs the simulator (open the page with {param}).',
} as const;
