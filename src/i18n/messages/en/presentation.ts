// Presentation mode (src/ui/present/).

export const presentation = {
  'presentation.toggle': 'Present',
  'presentation.toggleHint': 'Presentation mode: large type, the side folded to the story and the lesson (P)',
  'presentation.badParam': '?{param}={value} is not 1 or 0; presentation mode stays off.',
} as const;
