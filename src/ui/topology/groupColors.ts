// One colour per partition group (A, B, C…), shared by the topology tags and the group builder.
// Always shown with the group's letter, never as the only cue.

export const GROUP_COLORS = ['#1d5fd1', '#c25e00', '#157a41', '#7b2fd0', '#0f8a7e', '#c2185b'];

export function groupColor(index: number): string {
  return GROUP_COLORS[index % GROUP_COLORS.length]!;
}
