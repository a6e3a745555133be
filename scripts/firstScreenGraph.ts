import type { Plugin, Rollup } from 'vite';

// Which modules the first screen runs, found when the build's module graph is complete, so that
// vite.config.ts can put exactly those in one chunk. A module counts when a first-screen module
// imports it, or imports a name that a barrel (src/driver/index.ts, src/store/index.ts) re-exports
// from it; a barrel's re-export that no first-screen module asks for does not count. Without that
// distinction every module a barrel names would ride in the first chunk whole, with the code
// that only on-demand chunks use (the fault metrics, compare mode's tallies).
//
// Plus two sets of modules the first screen does not run itself but every first load does: those
// that every language's chunk imports (the shared narration helpers; one language is in every
// first load), and those of the entry's reach that the default driver's chunk imports (the live
// driver's capabilities, the message log). Apart, each would be a small chunk of its own, another
// request and another compression stream. Likewise what the default driver shares with the other
// drivers (the command driver, the network model, the recording): the bundler would give it
// chunks of its own, two more requests and streams in every first load, so it rides with the first
// screen, and the default driver's chunk keeps only what no other driver runs.

/** The page's languages, each a chunk loaded before the page draws in it (src/ui/i18n/localeStore.ts). */
const LANGUAGE_CHUNK = /[\\/]src[\\/]ui[\\/]i18n[\\/](english|chinese)Chunk\.ts$/;
/** The default driver (Web Workers), loaded by every first load that does not ask for another. */
const DEFAULT_DRIVER = /[\\/]src[\\/]driver[\\/]liveDriver\.ts$/;
/** The drivers a page asks for by name (?driver=sim|real), each loaded on demand. */
const OTHER_DRIVERS = /[\\/]src[\\/]driver[\\/](simDriver|real[\\/]realDriver)\.ts$/;

type Names = Set<string> | 'all';

/** The project's own TypeScript modules. */
const SOURCE = /[\\/]src[\\/][^\0]*\.tsx?$/;
/** A stylesheet, the project's or a package's (a font's faces). */
const STYLESHEET = /\.css$/;

interface Edges {
  /** Modules this one imports for its own use, with the names (type-only imports aside; a bare `import 'x'` asks no name). */
  imports: { from: string; names: Names }[];
  /** Re-exports: the module, and exported name → its name there ('*' for `export *`). */
  reexports: { from: string; names: Map<string, string> | 'all' }[];
}

/** An identifier, or a string literal where a name can be one (`export { x as 'y' }`). */
interface Identifier {
  name?: string;
  value?: string;
}

interface AstNode {
  type: string;
  source?: { value: string } | null;
  importKind?: string;
  exportKind?: string;
  specifiers?: { type: string; importKind?: string; exportKind?: string; local: Identifier; imported?: Identifier; exported?: Identifier }[];
}

const nameOf = (id: Identifier): string => id.name ?? id.value ?? '';

async function edgesOf(ctx: Rollup.PluginContext, id: string): Promise<Edges> {
  const edges: Edges = { imports: [], reexports: [] };
  const code = ctx.getModuleInfo(id)?.code;
  const everything = (): Edges => ({ imports: (ctx.getModuleInfo(id)?.importedIds ?? []).map((from) => ({ from, names: 'all' })), reexports: [] });
  // Only the project's own modules are read closely: a package (CommonJS often, which requires
  // rather than imports), a stylesheet or a virtual module uses whatever it imports.
  if (!code || !SOURCE.test(id)) return everything();
  let body: AstNode[];
  try {
    body = (ctx.parse(code) as unknown as { body: AstNode[] }).body;
  } catch {
    return everything();
  }
  const importedIds = ctx.getModuleInfo(id)?.importedIds ?? [];
  // A plugin's virtual module (the preload helper) is named by its id already.
  const resolve = async (spec: string) => (importedIds.includes(spec) ? spec : ((await ctx.resolve(spec, id))?.id ?? null));
  for (const node of body) {
    if (!node.source) continue;
    const target = await resolve(node.source.value);
    if (!target) continue;
    if (node.type === 'ImportDeclaration') {
      const specifiers = node.specifiers ?? [];
      const values = specifiers.filter((s) => s.importKind !== 'type');
      if (node.importKind === 'type' || (specifiers.length > 0 && values.length === 0)) continue;
      const names: Names = values.some((s) => s.type === 'ImportNamespaceSpecifier')
        ? 'all'
        : new Set(values.map((s) => (s.type === 'ImportDefaultSpecifier' ? 'default' : nameOf(s.imported ?? s.local))));
      edges.imports.push({ from: target, names });
    } else if (node.type === 'ExportAllDeclaration' && node.exportKind !== 'type') {
      edges.reexports.push({ from: target, names: 'all' });
    } else if (node.type === 'ExportNamedDeclaration' && node.exportKind !== 'type') {
      const names = new Map<string, string>();
      for (const s of node.specifiers ?? []) if (s.exportKind !== 'type') names.set(nameOf(s.exported ?? s.local), nameOf(s.local));
      if (names.size > 0) edges.reexports.push({ from: target, names });
    }
  }
  return edges;
}

/** The first screen's modules, filled in at the end of each build. */
export const firstScreenModules = new Set<string>();

/**
 * Each language chunk's own modules (its static graph, the first screen's aside), by the chunk's
 * name: what its on-demand parts share with it (Chinese's narration helpers, say) stays in it
 * rather than in a small chunk of its own that every first load in that language fetches too.
 */
export const languageModules = new Map<string, Set<string>>();

export function firstScreenGraph(): Plugin {
  return {
    name: 'first-screen-graph',
    apply: 'build',
    async buildEnd() {
      const ids = [...this.getModuleIds()];
      const edges = new Map<string, Edges>();
      const edgesFor = async (id: string) => {
        let e = edges.get(id);
        if (!e) edges.set(id, (e = await edgesOf(this, id)));
        return e;
      };
      // Names asked of each module by the first screen; a module is in once anything asks of it.
      const asked = new Map<string, Names>();
      const pending: string[] = [];
      const ask = (id: string, names: Names) => {
        const had = asked.get(id);
        if (had === 'all' || (had && names !== 'all' && [...names].every((n) => had.has(n)))) return;
        asked.set(id, names === 'all' || !had ? (names === 'all' ? 'all' : new Set(names)) : new Set([...had, ...names]));
        pending.push(id);
      };
      for (const id of ids) if (this.getModuleInfo(id)?.isEntry) ask(id, 'all');
      while (pending.length > 0) {
        const id = pending.pop()!;
        const names = asked.get(id)!;
        const e = await edgesFor(id);
        for (const { from, names: used } of e.imports) ask(from, used);
        for (const { from, names: map } of e.reexports) {
          if (map === 'all') ask(from, names);
          else if (names === 'all') ask(from, new Set(map.values()));
          else {
            const forwarded = new Set([...map].filter(([exported]) => names.has(exported)).map(([, local]) => local));
            if (forwarded.size > 0) ask(from, forwarded);
          }
        }
      }
      firstScreenModules.clear();
      for (const id of asked.keys()) firstScreenModules.add(id);
      // Every language chunk's static graph; what they all share joins the first screen.
      const staticGraph = (root: string): Set<string> => {
        const seen = new Set<string>();
        const stack = [root];
        while (stack.length > 0) {
          const id = stack.pop()!;
          if (seen.has(id)) continue;
          seen.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const languageRoots = ids.filter((id) => LANGUAGE_CHUNK.test(id));
      const [first, ...others] = languageRoots.map(staticGraph);
      for (const id of first ?? []) if (!LANGUAGE_CHUNK.test(id) && others.every((graph) => graph.has(id))) firstScreenModules.add(id);
      languageModules.clear();
      for (const root of languageRoots) {
        // Its stylesheets too (Chinese's face): left out, they would make a chunk of their own.
        const own = [...staticGraph(root)].filter((id) => !firstScreenModules.has(id) && (SOURCE.test(id) || STYLESHEET.test(id)));
        languageModules.set(LANGUAGE_CHUNK.exec(root)![1]! + 'Chunk', new Set(own));
      }
      const entryReach = new Set(ids.filter((id) => this.getModuleInfo(id)?.isEntry).flatMap((id) => [...staticGraph(id)]));
      for (const driver of ids.filter((id) => DEFAULT_DRIVER.test(id))) for (const id of staticGraph(driver)) if (entryReach.has(id)) firstScreenModules.add(id);
      const otherDriversReach = new Set(ids.filter((id) => OTHER_DRIVERS.test(id)).flatMap((id) => [...staticGraph(id)]));
      for (const driver of ids.filter((id) => DEFAULT_DRIVER.test(id))) for (const id of staticGraph(driver)) if (otherDriversReach.has(id)) firstScreenModules.add(id);
    },
  };
}
