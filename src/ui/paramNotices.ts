import { message, type Message } from '../i18n/message.ts';
import type { ParamError } from './urlParams.ts';

// The notices for ignored page parameters (urlParams.ts says what was wrong, as data): loaded only
// when a parameter was wrong, so a page opened as it should be does not carry them.

/** The notice a parameter error shows: the parameter as the user wrote it is code, not words. */
export function paramErrorMessage(error: ParamError): Message {
  const code = ['param'];
  switch (error.kind) {
    case 'bad-nodes':
      return message('notices.badNodes', { param: `?nodes=${error.raw}`, min: error.min, max: error.max, fallback: error.fallback }, code);
    case 'bad-seed':
      // Seeds are identifiers: written as given, without digit grouping.
      return message('notices.badSeed', { param: `?seed=${error.raw}`, max: String(error.max), seed: String(error.fallback) }, code);
    case 'bad-speed':
      return message('notices.badSpeed', { param: `?speed=${error.raw}`, min: error.min, max: error.max }, code);
    case 'bad-lang':
      return message('notices.badLang', { param: `?lang=${error.raw}`, choices: error.choices.join(', ') }, ['param', 'choices']);
    case 'bad-at':
      return message('notices.badAt', { param: `?at=${error.raw}`, max: String(error.max) }, code);
    case 'live-replays-in-simulator':
      return message('notices.liveReplay', { param: '?driver=live', at: '?at=' }, ['param', 'at']);
    case 'live-missing':
      return message('notices.liveMissing', { param: '?driver=live' }, code);
    case 'real-replays-in-simulator':
      return message('notices.realReplay', { param: '?driver=real' }, code);
    case 'bad-driver':
      return message(error.fallback === 'live' ? 'notices.badDriverLive' : 'notices.badDriverSim', { param: `?driver=${error.raw}`, sim: 'sim', live: 'live' }, ['param', 'sim', 'live']);
  }
}
