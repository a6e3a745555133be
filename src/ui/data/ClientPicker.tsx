import type { ClientView } from '../../driver/index.ts';
import { stateLook } from '../clients/clientWords.ts';
import { useT } from '../i18n/useT.ts';

// Which client sends the operation: one chip per client with its state and server, so the data tab
// also shows at a glance who is connected where.

export interface PickerClient {
  name: string;
  state: ClientView['state'];
  server: number | null;
  vanished: boolean;
}

interface Props {
  clients: PickerClient[];
  chosen: string;
  onChoose(name: string): void;
  invalid: boolean;
  describedBy: string | undefined;
}

export function ClientPicker({ clients, chosen, onChoose, invalid, describedBy }: Props) {
  const t = useT();
  return (
    <div className="client-picker" role="radiogroup" aria-label={t('data.op.client')} aria-invalid={invalid} aria-describedby={describedBy}>
      {clients.map((c) => {
        const look = stateLook({ state: c.state, vanished: c.vanished } as ClientView, t);
        return (
          <label key={c.name} className={`client-chip tone-${look.tone}${c.name === chosen ? ' is-on' : ''}`}>
            <input type="radio" name="op-client" value={c.name} checked={c.name === chosen} onChange={() => onChoose(c.name)} data-testid={`op-client-${c.name}`} />
            <strong translate="no">{c.name}</strong>
            <span aria-hidden="true">{look.symbol}</span>
            <span>{c.server !== null && c.state === 'connected' && !c.vanished ? t('data.picker.on', { server: c.server }) : look.word}</span>
          </label>
        );
      })}
    </div>
  );
}
