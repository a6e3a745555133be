import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Layer direction of DESIGN §1: ui → store → driver → runtime|sim → host → net → core; narrate
// (words for the timeline, for ui, cli and tests) reads host, net and core.
// Each entry lists the folders a layer must not import from.
const forbidden = {
  core: ['net', 'host', 'narrate', 'sim', 'runtime', 'driver', 'store', 'ui', 'cli'],
  net: ['host', 'narrate', 'sim', 'runtime', 'driver', 'store', 'ui', 'cli'],
  // The one kernel that runs a core, for the simulator and the worker alike.
  host: ['narrate', 'sim', 'runtime', 'driver', 'store', 'ui', 'cli'],
  // Words for the timeline's data, for the page, the CLI and the tests: it reads core, net and host types.
  narrate: ['sim', 'runtime', 'driver', 'store', 'ui', 'cli'],
  sim: ['runtime', 'driver', 'store', 'ui', 'cli'],
  runtime: ['sim', 'driver', 'store', 'ui', 'cli'],
  driver: ['store', 'ui', 'cli'],
  store: ['ui', 'cli'],
  ui: ['runtime', 'sim', 'core', 'cli'],
  // Command-line hosts of the simulator: Node programs, never imported by the app.
  cli: ['runtime', 'driver', 'store', 'ui'],
};

const layerRules = Object.entries(forbidden).map(([layer, banned]) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: banned.map((b) => ({
          group: [`**/${b}/*`, `../${b}`, `../../${b}`],
          message: `src/${layer} may not import from src/${b} (DESIGN §1 layer direction).`,
        })),
      },
    ],
  },
}));

const pureGlobals = ['window', 'document', 'self', 'setTimeout', 'setInterval', 'performance', 'BroadcastChannel', 'indexedDB', 'postMessage'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/ui/**/*.tsx'], plugins: { 'react-hooks': reactHooks }, rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' } },
  ...layerRules,
  {
    // The pure layers never read a clock or randomness: determinism is the contract.
    files: ['src/core/**/*.ts', 'src/net/**/*.ts', 'src/host/**/*.ts', 'src/narrate/**/*.ts', 'src/sim/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...pureGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG (src/core/prng.ts).' },
        { object: 'Date', property: 'now', message: 'Time is passed in by the host.' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'Time is passed in by the host.' }],
    },
  },
);
