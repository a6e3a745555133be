import { SERVER_ID } from '../../core/limits.ts';
import type { NodeRef } from './types.ts';
import { LineError, shown } from './tokens.ts';
import { problem } from './problemWords.ts';

/** The servers a script declares, known once the header lines are read. */
export class Servers {
  constructor(
    readonly voters: number,
    readonly observers: readonly number[],
  ) {}

  /** Unknown when `nodes` is missing or malformed: then ids are checked only against SERVER_ID. */
  static unknown = new Servers(0, []);

  get known(): boolean {
    return this.voters > 0;
  }

  isObserver(id: number): boolean {
    return this.observers.includes(id);
  }

  id(text: string): number {
    if (!/^\d+$/.test(text)) throw new LineError(problem('script.error.expectedServerId', { text: shown(text) }));
    const id = Number(text);
    if (this.known && !((id >= 1 && id <= this.voters) || this.isObserver(id))) {
      const values = { id: shown(text), voters: this.voters };
      throw new LineError(this.observers.length > 0 ? problem('script.error.noServerOrObserver', { ...values, observers: this.observers.join(',') }) : problem('script.error.noServer', values));
    }
    if (id < SERVER_ID.min || id > SERVER_ID.max) throw new LineError(problem('script.error.serverIdRange', { min: SERVER_ID.min, max: SERVER_ID.max, id: shown(text) }));
    return id;
  }

  ref(text: string, allowLeader: boolean, allowAll: boolean): NodeRef {
    if (text === 'leader' && allowLeader) return 'leader';
    if (text === 'all' && allowAll) return 'all';
    if (!/^\d+$/.test(text)) {
      const forms = ['a server id', allowLeader ? "'leader'" : '', allowAll ? "'all'" : ''].filter(Boolean);
      throw new LineError(`expected ${forms.join(' or ')}, got '${shown(text)}'`);
    }
    return this.id(text);
  }

  /** `oneWay` names the action whose per-link form is one direction only. */
  link(text: string, allowBoth: boolean, oneWay = ''): { from: number; to: number; both: boolean } {
    const match = /^([^<>-]+)(->|<->)([^<>-]+)$/.exec(text);
    if (!match) throw new LineError(`expected a link like 1->2${allowBoth ? ' or 1<->2' : ''}, got '${shown(text)}'`);
    const both = match[2] === '<->';
    if (both && !allowBoth) throw new LineError(`a per-link ${oneWay} is one direction: write 1->2 and 2->1 on two lines`);
    const from = this.id(match[1] as string);
    const to = this.id(match[3] as string);
    if (from === to) throw new LineError(`a link joins two different servers, got ${shown(text)}`);
    return { from, to, both };
  }
}
