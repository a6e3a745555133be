// The partition presets of src/net/presets.ts, for layers that may not import src/net (DESIGN §1).
export { PRESETS, presetGroups, type PresetInfo, type PresetName } from '../net/presets.ts';
