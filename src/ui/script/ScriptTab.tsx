import { useEffect } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { RerunInSimulator } from './RerunInSimulator.tsx';
import { ScriptEditor } from './ScriptEditor.tsx';
import { ScriptFiles } from './ScriptFiles.tsx';
import { ShareLink } from './ShareLink.tsx';

// The run as a script: the recording (live, editable, runnable), its exports and imports, the share
// link, and for the live driver a deterministic re-run in the simulator.

export function ScriptTab() {
  const live = useAppStore((s) => s.driverKind === 'live');
  const wantScriptText = useAppStore((s) => s.wantScriptText);
  useEffect(() => wantScriptText(), [wantScriptText]);
  return (
    <>
      {live && <RerunInSimulator />}
      <ScriptEditor />
      <ShareLink />
      <ScriptFiles />
    </>
  );
}
