// Lint: ESLint's and typescript-eslint's recommended rules (syntax only, no type information:
// the type-aware run takes 14-29 s here against ~5 s), and the house's import rules.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ---- The house (README "How it is built", ../shared/DESIGN.md "The house") ----

/** Each folder or root file is one element; the first match wins, so test/ (which mirrors the others' names) comes first. */
const ELEMENTS = [
  ['test', 'test'],
  ['scripts', 'scripts'],
  ['bench', 'bench'],
  ['composition', 'index.ts'],
  ['composition', 'app.ts'],
  ['config', 'config.ts'],
  ['bots', 'bots'],
  ['dialogs', 'dialogs'],
  ['conversation', 'conversation'],
  ['understanding', 'understanding'],
  ['knowledge', 'knowledge'],
  ['contentsafety', 'contentsafety'],
  ['risk', 'risk'],
  ['text', 'text'],
  ['catalogue', 'catalogue'],
  // The reply vocabulary (Content, Choice, …): plain types, so conversation/ may build replies.
  ['channels-content', 'channels/content.ts'],
  // The one file of channels/ that knows botbuilder's Activity (README: a move to another SDK touches it).
  ['channels-render', 'channels/render.ts'],
  ['channels', 'channels'],
  ['handoff', 'handoff'],
  ['advisor', 'advisor'],
  ['admin', 'admin'],
  ['directline', 'directline'],
  ['embed', 'embed'],
  ['teams', 'teams'],
  ['privacy', 'privacy'],
  ['insight', 'insight'],
  ['plans', 'plans'],
  ['storage', 'storage'],
  ['i18n', 'i18n'],
  ['ops', 'ops'],
  ['web', 'web'],
  ['eval', 'eval'],
  ['shared', 'core'],
  ['shared', 'shared'],
  ['data', 'data'],
].map(([type, pattern]) =>
  // `mode: 'full'` matches a root file by its whole path (a folder pattern would also match test/…/index.ts).
  pattern.endsWith('.ts') ? { type, pattern, mode: 'full' } : { type, pattern, partialMatch: false },
);

/**
 * The README's list, top to bottom: each layer may import the layers below it ("imports point
 * down that list"). ops/ and plans/ are not in the README's list; they sit where their imports
 * put them. core/ (shared) is the bottom: everyone may import it, it imports nothing of ours.
 */
// prettier-ignore
const LAYERS = [
  'composition', 'config', 'admin', 'bots', 'dialogs', 'conversation', 'understanding', 'knowledge', 'contentsafety', 'risk', 'text', 'catalogue', 'plans',
  'channels', 'channels-render', 'channels-content', 'handoff', 'advisor', 'directline', 'embed', 'teams', 'privacy',
  'insight', 'storage', 'i18n', 'ops', 'shared', 'data',
];
const below = (layer) => LAYERS.slice(LAYERS.indexOf(layer) + 1);

/** Stricter than "down the list" (README and DESIGN.md): these import only what is named here. */
const ONLY = {
  // understanding/, risk/ and catalogue/ import only their own folder, text/, their data and the shared words;
  // text/ is under both, so it imports nothing of ours either.
  understanding: ['text', 'data'],
  knowledge: ['text', 'data'],
  risk: ['text', 'data'],
  catalogue: ['text', 'data'],
  text: ['data'],
  'channels-content': [],
};
/** Tools of the scripts (eval/: the evaluation's scores and report): only scripts, benches and tests import them. */
const TOOLS = { eval: ['data'] };
/**
 * Never below the composition root: only index.ts, app.ts, scripts, benches and tests wire storage/, web/ and
 * contentsafety/ (the Azure adapter of risk's second-opinion port: the bot sees only the port).
 */
const WIRED_AT_THE_TOP = ['storage', 'web', 'contentsafety'];
/** conversation/ is pure: of channels/ it may use only the reply vocabulary. */
const NOT_FROM = { conversation: ['channels', 'channels-render'] };

/** Imports that point up the list today, each allowed on purpose (`type:` = `import type { … }` only). */
const UP_THE_LIST = {
  'channels-render': ['channels'], // the same folder: the renderers use the capability table and cards
  advisor: ['type:handoff'], // AdvisorIdentity, the hand-off desk's word for a signed-in advisor
  handoff: ['catalogue'], // handoff/orgs.ts checks council names against catalogue/geography's COUNCILS
  web: ['type:composition'], // the routes receive the BotApp that app.ts built
};

const edge = (extra) => [...LAYERS.filter((l) => l !== 'composition'), 'web', ...extra];
const MAY_IMPORT = {
  ...Object.fromEntries(
    LAYERS.map((layer) => {
      const allowed = layer in ONLY ? ONLY[layer] : below(layer).filter((t) => !(NOT_FROM[layer] ?? []).includes(t));
      return [layer, [...allowed.filter((t) => layer === 'composition' || !WIRED_AT_THE_TOP.includes(t)), ...(UP_THE_LIST[layer] ?? [])]];
    }),
  ),
  ...TOOLS,
  composition: edge([]),
  // The HTTP edge: it mounts the routes of the folders above it, and never wires storage/.
  web: [...LAYERS.filter((l) => !['composition', 'storage'].includes(l)), ...UP_THE_LIST.web],
  scripts: edge(['composition', 'scripts', ...Object.keys(TOOLS)]),
  bench: edge(['composition', 'bench', 'scripts', ...Object.keys(TOOLS)]),
  test: edge(['composition', 'scripts', 'bench', 'test', ...Object.keys(TOOLS)]),
};

const elementPolicies = Object.entries(MAY_IMPORT).flatMap(([from, targets]) => {
  const values = [from, 'shared', ...targets.filter((t) => !t.startsWith('type:'))];
  // config.ts's types (each folder's section of the Config) may be read by anyone; only the edges read its values.
  const typesOnly = ['config', ...targets.filter((t) => t.startsWith('type:')).map((t) => t.slice('type:'.length))];
  const allow = (types, kind) => ({
    from: { element: { type: from } },
    allow: { to: { element: { types: { anyOf: [...new Set(types)] } } }, ...(kind ? { dependency: { kind } } : {}) },
  });
  return [allow(values), allow(typesOnly, 'type')];
});

/** The Bot Framework and the HTTP server stay at the edge, so a move to another SDK touches only these. */
const BOT_FRAMEWORK = ['botbuilder', 'botbuilder-*', 'botframework-*', 'restify'];
const MAY_USE_BOT_FRAMEWORK = ['composition', 'bots', 'dialogs', 'channels-render', 'web', 'storage', 'scripts', 'bench', 'test'];
/** Only botbuilder's types (Activity): directline/ stores and serves activities. */
const MAY_USE_BOT_FRAMEWORK_TYPES = ['directline'];

const houseRules = {
  files: ['**/*.ts', '**/*.js'],
  plugins: { boundaries },
  settings: {
    'boundaries/elements': ELEMENTS,
    'boundaries/legacy-warnings': false,
    'import/resolver': { node: { extensions: ['.ts', '.d.ts', '.js'] } },
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        checkAllOrigins: true, // packages too, for the Bot Framework rule
        checkUnknownLocals: true, // a file in no element (a new root file or folder) must be added to the table first
        message:
          '{{from.element.type}} may not import {{#if to.element.type}}{{to.element.type}}{{else}}a file outside the house table{{/if}}' +
          ' ("{{dependency.source}}"): README "How it is built", the table in eslint.config.js',
        policies: [
          ...elementPolicies,
          { allow: { to: { module: { origin: ['external', 'core'] } } } },
          {
            from: { element: { types: { noneOf: MAY_USE_BOT_FRAMEWORK } } },
            disallow: { to: { module: { origin: 'external', source: BOT_FRAMEWORK } } },
            message: '{{from.element.type}} may not import "{{dependency.source}}": the Bot Framework and restify stay at the edge (README "How it is built")',
          },
          {
            from: { element: { types: { anyOf: MAY_USE_BOT_FRAMEWORK_TYPES } } },
            allow: { to: { module: { origin: 'external', source: BOT_FRAMEWORK } }, dependency: { kind: 'type' } },
          },
        ],
      },
    ],
  },
};

// ---- The linter's configuration ----

export default defineConfig(
  { ignores: ['node_modules/', 'dist/', 'test-output/', 'coverage/', '.data/', '**/*.d.ts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      // `const { id: _id, ...rest } = x` drops a field on purpose; a leading _ marks a name kept unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  // Browser scripts: the embed's launcher and chat client (modules) and the advisor console (a classic script).
  { files: ['embed/*.js', 'web/static/**/*.js'], languageOptions: { globals: globals.browser } },
  { files: ['web/static/**/*.js'], languageOptions: { sourceType: 'script' } },
  { files: ['eslint.config.js', 'scripts/*.mjs'], languageOptions: { globals: globals.node } },
  houseRules,
);
