import { useEffect } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { RerunInSimulator } from './RerunInSimulator.tsx';
import { ScriptEditor } from './ScriptEditor.tsx';
import { ScriptFiles } from './ScriptFiles.tsx';
import { ShareLink } from './ShareLink.tsx';

// The run as a script: the recording (live, editable, runnable), its exports and imports, the share
// link, and for the live and real drivers a deterministic re-run in the simulator.

export function ScriptTab() {
  const kind = useAppStore((s) => s.driverKind);
  const wantScriptText = useAppStore((s) => s.wantScriptText);
  useEffect(() => wantScriptText(), [wantScriptText]);
  return (
    <>
      {kind !== 'simulated' && <RerunInSimulator />}
      <ScriptEditor />
      <ShareLink />
      <ScriptFiles />
    </>
  );
}
