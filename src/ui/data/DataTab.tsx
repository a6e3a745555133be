import { OpPanel } from './OpPanel.tsx';
import { TreeList } from './TreeList.tsx';

// Data: send operations through a client, and see every server's copy of the data tree.

export function DataTab() {
  return (
    <>
      <OpPanel />
      <TreeList />
    </>
  );
}
