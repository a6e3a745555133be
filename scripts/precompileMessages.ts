import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

// The built page ships its ICU messages already parsed: each catalog string becomes the syntax tree
// intl-messageformat would build from it on first use, and the parser itself is replaced by its
// parser-free build (formatjs's documented `no-parser` entry), which keeps 27 KB of parser out of
// the first load. Only the build does this: tests and the command line parse at run time, and the
// e2e suite runs the built page, so both paths are tested. A message that does not parse fails the
// build with its file and text.

/** Which modules hold messages: every string property value in them is an ICU message. */
export const MESSAGE_MODULE = /[\\/]src[\\/](i18n[\\/]messages[\\/](en|zh)[\\/](?!index\.ts)[^\\/]+|lessons[\\/]text[\\/][^\\/]+)\.ts$/;

interface Node {
  type: string;
  start: number;
  end: number;
  value?: unknown;
  [key: string]: unknown;
}

/** Every string literal that is the value of an object property, anywhere in the program. */
function messageLiterals(node: unknown, found: Node[] = []): Node[] {
  if (!node || typeof node !== 'object') return found;
  if (Array.isArray(node)) {
    for (const child of node) messageLiterals(child, found);
    return found;
  }
  const n = node as Node;
  if (n.type === 'Property' && (n.value as Node)?.type === 'Literal' && typeof (n.value as Node).value === 'string') {
    found.push(n.value as Node);
    return found;
  }
  for (const key of Object.keys(n)) if (key !== 'type') messageLiterals(n[key], found);
  return found;
}

export function precompileMessages(): Plugin {
  return {
    name: 'precompile-icu-messages',
    apply: 'build',
    enforce: 'post',
    config: () => ({ resolve: { alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }] } }),
    transform(code, id) {
      if (!MESSAGE_MODULE.test(id)) return null;
      const literals = messageLiterals(this.parse(code)).sort((a, b) => b.start - a.start);
      let out = code;
      for (const literal of literals) {
        const text = literal.value as string;
        let tree;
        try {
          tree = parse(text, { ignoreTag: true });
        } catch (error) {
          this.error(`${id}: the message ${JSON.stringify(text)} is not valid ICU MessageFormat (${String(error)})`);
        }
        out = out.slice(0, literal.start) + JSON.stringify(tree) + out.slice(literal.end);
      }
      return { code: out, map: null };
    },
  };
}
