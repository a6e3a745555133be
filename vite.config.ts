/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { colorTokensCss } from './src/ui/colorTokens.ts';
import { precompileMessages } from './scripts/precompileMessages.ts';
import { firstScreenGraph, firstScreenModules, languageModules } from './scripts/firstScreenGraph.ts';

// The Content-Security-Policy of the built app: everything from its own origin, nothing inline and
// no eval. Workers are module files under /assets ('self'); React's style props go through the
// CSSOM, which style-src does not govern, so no 'unsafe-inline' either. The build carries it as a
// <meta>, so any static host (and `vite preview`) serves it without configuration; frame-ancestors
// cannot be set that way, and embedding stays allowed. The dev server (`npm run start`) injects
// inline scripts for hot reload, so it runs without a policy.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  // The real driver's WebSocket to a local bridge: the one that served the page ('self'), or one on
  // 127.0.0.1 named by &bridge=<port> (npm run real; src/driver/real/bridgeAddress.ts).
  "connect-src 'self' ws://127.0.0.1:*",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

// The first screen's modules, in one chunk (scripts/firstScreenGraph.ts finds them when the module
// graph is complete). Left to the default, the bundler puts each set of modules that the on-demand
// chunks share with the first screen in a chunk of its own (seven small chunks before the first
// leader, each compressed alone), and a pattern of folders instead would also pull in modules
// only an on-demand chunk uses (compare mode's session, say). One chunk of exactly the first
// screen compresses better and costs one request.

/** The chunks every first load imports after the entry: its language's words and the default driver. */
const FIRST_LOAD_CHUNK = /\/(englishChunk|chineseChunk|liveDriver)-[\w-]+\.js$/;

const COLOR_TOKENS_ID = 'virtual:color-tokens.css';

/** The colour tokens of src/ui/colorTokens.ts as CSS custom properties: one definition for TS and CSS. */
function colorTokenStylesheet(): Plugin {
  return {
    name: 'color-tokens',
    resolveId: (id) => (id === COLOR_TOKENS_ID ? `\0${COLOR_TOKENS_ID}` : null),
    load: (id) => (id === `\0${COLOR_TOKENS_ID}` ? colorTokensCss() : null),
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), colorTokenStylesheet(), precompileMessages(), firstScreenGraph()],
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  // Nothing inlined as a data: URL: the policy above allows fonts and images from 'self' only.
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    // The polyfill only gives browsers without <link rel=modulepreload> (Safari before 17) a head
    // start: they still load every module when imported. Half a kilobyte of every first load.
    // A chunk loaded on demand fetches the chunks it imports when it runs, rather than with it: the
    // list of every such chunk's imports (file names, which do not compress) was 0.7 KB of every
    // first load, for a round trip saved when a tab or a lesson first opens. The page's own first
    // loads (its language, the default driver) keep theirs; stylesheets always load with their chunk.
    modulePreload: { polyfill: false, resolveDependencies: (file, deps, { hostType }) => (hostType === 'html' || FIRST_LOAD_CHUNK.test(file) ? deps : []) },
    // Exactly those modules: including their dependencies would pull whatever a barrel names back
    // into the first chunk, used or not. Likewise each language's chunk holds its own modules, the
    // ones its on-demand parts share with it included (scripts/firstScreenGraph.ts).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'shell', test: (id) => firstScreenModules.has(id), includeDependenciesRecursively: false },
            ...['englishChunk', 'chineseChunk'].map((name) => ({ name, test: (id: string) => languageModules.get(name)?.has(id) ?? false, includeDependenciesRecursively: false })),
          ],
        },
      },
    },
  },
  // Two projects: the unit tests run in parallel; the tests that start real ZooKeeper servers
  // (*.real.test.ts, skipped with the reason when Java or ZooKeeper is missing) run one file at a
  // time, so two ensembles never share the 2 cores with each other's timeouts.
  test: {
    environment: 'node',
    testTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['**/*.real.test.ts', '**/node_modules/**'] } },
      { extends: true, test: { name: 'real', include: ['src/**/*.real.test.ts'], fileParallelism: false, testTimeout: 180_000, hookTimeout: 120_000 } },
    ],
  },
});
