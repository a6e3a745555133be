import { ClientList } from './ClientList.tsx';
import { ConnectForm } from './ConnectForm.tsx';
import { SessionLog } from './SessionLog.tsx';

// Clients and their sessions: connect one, watch its state and server, vanish or close it, and read
// what happened to sessions in the log below.

export function ClientsTab() {
  return (
    <>
      <ConnectForm />
      <ClientList />
      <SessionLog />
    </>
  );
}
