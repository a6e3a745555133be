// The user's or the program's own words inside a translated sentence: a path, a script word, a
// client name. They are passed to a message as arguments wrapped by `code()`, so the page can draw
// them as code, marked translate="no" (they are not ours to translate), and a plain rendering (an
// aria-label, the command line) can drop the marks with `plainText()`.

const OPEN = '\uE000';
const CLOSE = '\uE001';

export function code(text: string): string {
  return `${OPEN}${text.replaceAll(OPEN, '').replaceAll(CLOSE, '')}${CLOSE}`;
}

export function plainText(text: string): string {
  return text.replaceAll(OPEN, '').replaceAll(CLOSE, '');
}

export interface TextPart {
  text: string;
  code: boolean;
}

/** The text in runs of prose and code, in order; empty runs are left out. */
export function textParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const push = (piece: string, isCode: boolean) => piece && parts.push({ text: piece, code: isCode });
  for (const [i, piece] of text.split(OPEN).entries()) {
    const close = piece.indexOf(CLOSE);
    if (i === 0 || close < 0) push(piece, false);
    else {
      push(piece.slice(0, close), true);
      push(piece.slice(close + 1), false);
    }
  }
  return parts;
}
