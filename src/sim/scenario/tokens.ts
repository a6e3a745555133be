import { quoteShort } from '../../core/limits.ts';
import { englishWords } from './problemWords.ts';
import type { ScenarioProblem } from './types.ts';

// Splitting one line into words and quoted strings, and a cursor over them. Only space, tab and
// CR separate words; any other whitespace or control character outside quotes is refused with its
// column, because it looks like a space and is not one (U+00A0, the IME's U+3000, U+2028, \v, \f).

export interface Token {
  text: string;
  quoted: boolean;
  start: number;
  end: number;
}

/** Thrown inside one line's parser; becomes that line's ScenarioError (with its problem as data, when given one). */
export class LineError extends Error {
  readonly problem: ScenarioProblem | undefined;
  constructor(why: string | ScenarioProblem) {
    super(typeof why === 'string' ? why : englishWords(why));
    this.problem = typeof why === 'string' ? undefined : why;
  }
}

/** User text as it appears in a message: short, controls escaped. */
export function shown(text: string): string {
  return quoteShort(text);
}

const NAMES: Record<number, string> = {
  0x0b: 'a vertical tab (\\v)',
  0x0c: 'a form feed (\\f)',
  0x85: 'a next-line character (U+0085)',
  0xa0: 'a no-break space (U+00A0)',
  0x1680: 'an ogham space (U+1680)',
  0x2028: 'a line separator (U+2028)',
  0x2029: 'a paragraph separator (U+2029)',
  0x202f: 'a narrow no-break space (U+202F)',
  0x205f: 'a math space (U+205F)',
  0x3000: 'an ideographic space (U+3000)',
  0xfeff: 'a byte order mark (U+FEFF)',
};

function hex(code: number): string {
  return 'U+' + code.toString(16).toUpperCase().padStart(4, '0');
}

/** What a character outside quotes that is neither a separator nor part of a word is, or null. */
function strayCharacter(ch: string): string | null {
  const code = ch.charCodeAt(0);
  const named = NAMES[code];
  if (named) return named;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return `a control character (${hex(code)})`;
  if (code >= 0x2000 && code <= 0x200a) return `a Unicode space (${hex(code)})`;
  return null;
}

function isSeparator(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r';
}

/** Where a bare word stops: a separator, a comment, or a character refused outside quotes. */
function endsWord(ch: string): boolean {
  return isSeparator(ch) || ch === '#' || strayCharacter(ch) !== null;
}

function refuseStray(ch: string, index: number): never {
  const what = strayCharacter(ch) ?? `'${ch}'`;
  throw new LineError(`column ${index + 1}: ${what} is not allowed outside quotes; separate words with plain spaces or tabs`);
}

function quotedToken(source: string, start: number): Token {
  let text = '';
  let i = start + 1;
  for (;;) {
    if (i >= source.length) throw new LineError('unterminated quoted string (missing closing ")');
    const c = source[i] as string;
    if (c === '\\' && i + 1 < source.length) {
      text += source[i + 1];
      i += 2;
    } else if (c === '"') {
      i++;
      break;
    } else {
      text += c;
      i++;
    }
  }
  const after = source[i];
  if (after !== undefined && !endsWord(after)) throw new LineError(`expected a space after the closing quote of "${shown(text)}"`);
  return { text, quoted: true, start, end: i };
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (isSeparator(ch)) {
      i++;
    } else if (ch === '#') {
      break;
    } else if (strayCharacter(ch) !== null) {
      refuseStray(ch, i);
    } else if (ch === '"') {
      const token = quotedToken(source, i);
      tokens.push(token);
      i = token.end;
    } else {
      // `ch` ends no word, so the word has at least one character: the loop always advances.
      const start = i;
      while (i < source.length && !endsWord(source[i] as string)) i++;
      const text = source.slice(start, i);
      if (text.includes('"')) throw new LineError(`stray quote in '${shown(text)}' (quoted values stand alone: "like this")`);
      tokens.push({ text, quoted: false, start, end: i });
    }
  }
  return tokens;
}

/** A cursor over one statement's tokens. */
export class Words {
  private index = 0;
  constructor(
    private readonly tokens: Token[],
    /** What is being read, for messages ("'crash'"); narrowed once the action is known. */
    public context: string,
  ) {}

  get more(): boolean {
    return this.index < this.tokens.length;
  }

  get remaining(): number {
    return this.tokens.length - this.index;
  }

  peek(): Token | undefined {
    return this.tokens[this.index];
  }

  /** The next bare word; `what` describes it in the error when missing or quoted. */
  word(what: string): string {
    const token = this.tokens[this.index];
    if (!token) throw new LineError(`${this.context} needs ${what}`);
    if (token.quoted) throw new LineError(`expected ${what}, got the quoted string "${shown(token.text)}"`);
    this.index++;
    return token.text;
  }

  quoted(what: string): string {
    const token = this.tokens[this.index];
    if (!token) throw new LineError(`${this.context} needs ${what} in double quotes`);
    if (!token.quoted) throw new LineError(`expected ${what} in double quotes, got '${shown(token.text)}' (write "${shown(token.text)}")`);
    this.index++;
    return token.text;
  }

  /** Every remaining token as one compact form, so "1,2 | 3" reads like "1,2|3". */
  rest(what: string): string {
    if (!this.more) throw new LineError(`${this.context} needs ${what}`);
    const parts: string[] = [];
    while (this.more) parts.push(this.word(what));
    return squeeze(parts.join(' '));
  }

  end(): void {
    const token = this.tokens[this.index];
    if (token) {
      const text = shown(token.text);
      throw new LineError(`unexpected ${token.quoted ? `"${text}"` : `'${text}'`} after ${this.context}`);
    }
  }
}

/** Drops the spaces around separators (, | -> <-> >=); any space left splits a value. */
export function squeeze(text: string): string {
  return text.replace(/\s*(<->|->|>=|[,|])\s*/g, '$1');
}
