// Lint: ESLint's and typescript-eslint's recommended rules (syntax only, no type information:
// the type-aware run takes 14-29 s here against ~5 s), and the house's import rules.
import js from '@eslint/js';
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
  ['risk', 'risk'],
  ['text', 'text'],
  ['catalogue', 'catalogue'],
  // The reply vocabulary (Content, Choice, …): plain types with no botbuilder, so conversation/ may build replies.
  ['channels-content', 'channels/content.ts'],
  ['channels', 'channels'],
  ['handoff', 'handoff'],
  ['advisor', 'advisor'],
  ['directline', 'directline'],
  ['embed', 'embed'],
  ['teams', 'teams'],
  ['privacy', 'privacy'],
  ['plans', 'plans'],
  ['storage', 'storage'],
  ['i18n', 'i18n'],
  ['ops', 'ops'],
  ['web', 'web'],
  // The words every folder may use (topic IDs, risk levels, opening hours); they import nothing of ours.
  ['shared', 'core'],
  ['shared', 'shared'],
  ['data', 'data'],
].map(([type, pattern]) =>
  // `mode: 'full'` matches a root file by its whole path (a folder pattern would also match test/…/index.ts).
  pattern.endsWith('.ts') ? { type, pattern, mode: 'full' } : { type, pattern, partialMatch: false },
);

/**
 * What each element may import besides itself and shared/ (everything else is an error).
 * `type:x` allows only `import type` from x. Only the composition root, scripts, benches and
 * tests wire storage/ and web/; nothing but tests imports test/.
 */
const MAY_IMPORT = {
  shared: '',
  text: '',
  risk: 'text data',
  understanding: 'text data',
  catalogue: 'text data',
  i18n: '',
  'channels-content': '',
  conversation: 'understanding risk text catalogue channels-content type:handoff data',
  channels: 'channels-content understanding risk text i18n',
  ops: 'config',
  config: 'understanding',
  privacy: '',
  plans: 'channels-content privacy',
  storage: 'privacy ops',
  teams: 'config',
  embed: '',
  handoff: 'catalogue understanding risk text channels-content privacy ops config',
  advisor: 'handoff privacy ops config',
  directline: 'ops config',
  dialogs: 'conversation understanding risk text catalogue channels-content channels handoff privacy plans i18n ops config',
  bots: 'dialogs conversation understanding risk text catalogue channels-content channels handoff privacy plans i18n ops config',
  web: 'type:composition dialogs conversation understanding risk text catalogue channels-content channels handoff advisor directline embed privacy plans i18n ops config data',
};
const ALL_BUT_TESTS = [...Object.keys(MAY_IMPORT), 'composition', 'storage', 'web'].join(' ');
MAY_IMPORT.composition = ALL_BUT_TESTS;
MAY_IMPORT.scripts = `${ALL_BUT_TESTS} scripts`;
MAY_IMPORT.bench = `${ALL_BUT_TESTS} bench`;
MAY_IMPORT.test = `${ALL_BUT_TESTS} scripts bench test`;

const elementPolicies = Object.entries(MAY_IMPORT).flatMap(([from, list]) => {
  const targets = list.split(' ').filter(Boolean);
  const values = [from, 'shared', ...targets.filter((t) => !t.startsWith('type:'))];
  const typesOnly = targets.filter((t) => t.startsWith('type:')).map((t) => t.slice('type:'.length));
  const allow = (types, kind) => ({
    from: { element: { type: from } },
    allow: { to: { element: { types: { anyOf: [...new Set(types)] } } }, ...(kind ? { dependency: { kind } } : {}) },
  });
  return typesOnly.length ? [allow(values), allow(typesOnly, 'type')] : [allow(values)];
});

/** The Bot Framework and the HTTP server stay at the edge, so a move to another SDK touches only these. */
const BOT_FRAMEWORK = ['botbuilder', 'botbuilder-*', 'botframework-*', 'restify'];
const MAY_USE_BOT_FRAMEWORK = ['composition', 'bots', 'dialogs', 'channels', 'web', 'storage', 'directline', 'scripts', 'bench', 'test'];

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
        ],
      },
    ],
  },
};

// ---- The linter's configuration ----

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'test-output/', 'coverage/', '.data/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
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
  { files: ['eslint.config.js'], languageOptions: { globals: globals.node } },
  houseRules,
);
