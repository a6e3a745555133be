import { ActiveFaults } from './ActiveFaults.tsx';
import { GroupBuilder } from './GroupBuilder.tsx';
import { LinkEditor } from './LinkEditor.tsx';
import { PresetPicker } from './PresetPicker.tsx';
import { QualityEditor } from './QualityEditor.tsx';

// Break the network the way real networks break: what is broken now (with a heal for each), named
// partition shapes, groups drawn by hand, and loss and delay on every link or one.

export function NetworkTab() {
  return (
    <>
      <ActiveFaults />
      <PresetPicker />
      <GroupBuilder />
      <QualityEditor />
      <LinkEditor />
    </>
  );
}
