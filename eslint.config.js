import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// The layers of DESIGN §1, as the code uses them. Below the driver a layer may import any layer
// beneath it: core ← net ← host ← sim | runtime ← driver (the simulator uses core and net directly,
// not only through host). Above it layers may not skip: the store sees the cluster only through the
// driver (and words through narrate), and the ui only through the store, the driver and narrate
// (words for the timeline's data, which reads core, net and host). The cli hosts the simulator from
// Node and checks its input with core's shared limits. i18n (locales, message catalogs, the ICU
// formatter) stands beside core: it imports nothing, and whoever puts words on a screen or a
// terminal may use it. The real layer is the bridge to real ZooKeeper servers (Node). Nothing
// else is allowed.
const allowed = {
  core: [],
  i18n: [],
  net: ['core'],
  host: ['net', 'core'],
  narrate: ['host', 'net', 'core', 'i18n'],
  sim: ['host', 'net', 'core', 'i18n'],
  lessons: ['host', 'net', 'core', 'i18n'],
  runtime: ['host', 'net', 'core'],
  driver: ['sim', 'runtime', 'host', 'net', 'core', 'i18n'],
  store: ['driver', 'narrate', 'i18n'],
  ui: ['store', 'driver', 'narrate', 'i18n', 'lessons'],
  cli: ['sim', 'host', 'narrate', 'core', 'i18n', 'real'],
  // The real-ZooKeeper bridge (Node): runs JVMs and a TCP relay, and speaks the driver's wire
  // protocol (driver/real/protocol.ts) to the page; its script mode runs the simulator beside it.
  real: ['driver', 'sim', 'host', 'net', 'core', 'narrate', 'i18n'],
};
const layers = Object.keys(allowed);

const layerPatterns = (layer) =>
  layers
    .filter((other) => other !== layer && !allowed[layer].includes(other))
    .map((banned) => ({
      // src/driver/real (the page's real driver) is the driver's, not the bridge's src/real.
      group: [`**/${banned}/*`, `../${banned}`, `../../${banned}`, ...(banned === 'real' ? ['!./real/*', '!**/driver/real/*'] : [])],
      message: `src/${layer} may import only from ${allowed[layer].map((l) => `src/${l}`).join(', ') || 'itself'} (DESIGN §1 layers).`,
    }));

// The store and the ui see the driver through its public face, driver/index.ts; their tests (and
// the fixtures only tests import, *Fixture.ts) may build a driver implementation directly.
const driverFace = {
  group: ['**/driver/*', '!**/driver/index.ts'],
  message: 'Import the driver through src/driver/index.ts.',
};

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const layerRules = layers.flatMap((layer) => {
  const files = [`src/${layer}/**/*.{ts,tsx}`];
  if (layer !== 'store' && layer !== 'ui') return [{ files, rules: restrict(layerPatterns(layer)) }];
  return [
    { files, ignores: ['**/*.test.{ts,tsx}', '**/*Fixture.ts'], rules: restrict([...layerPatterns(layer), driverFace]) },
    { files: [`src/${layer}/**/*.test.{ts,tsx}`, `src/${layer}/**/*Fixture.ts`], rules: restrict(layerPatterns(layer)) },
  ];
});

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
    files: ['src/core/**/*.ts', 'src/net/**/*.ts', 'src/host/**/*.ts', 'src/narrate/**/*.ts', 'src/sim/**/*.ts', 'src/i18n/**/*.ts', 'src/lessons/**/*.ts'],
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
