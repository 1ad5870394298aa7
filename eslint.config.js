// Lint, including the layering rules of DESIGN.md §3. Each restriction names the rule it enforces.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const LAYERING = 'layering (DESIGN.md §3)';
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'stream', 'zlib', 'worker_threads', 'module', 'buffer', 'util', 'events'];

/** Bans packages by exact name (and their subpaths), so a relative path that merely contains the name passes. */
function banned(names, message) {
  const alternatives = names.map((name) => (name === 'node:*' ? 'node:.*' : name.replace(/[/.]/g, '\\$&')));
  return { regex: `^(${alternatives.join('|')})(/.*)?$`, message };
}

/** Bans relative imports that reach into another layer's folder. */
function bannedPaths(groups, message) {
  return { group: groups, message };
}

/** What renderer/ may not import, wherever in renderer/ it is. */
const rendererPatterns = [
  banned(['electron'], `${LAYERING}: renderer/ never imports electron; use the API client.`),
  banned(nodeBuiltins, `${LAYERING}: renderer/ is DOM only; no Node built-ins.`),
  banned(['better-sqlite3', 'exceljs', 'yauzl', 'yazl', 'pdfkit'], `${LAYERING}: renderer/ is DOM only; Node packages belong in electron/services.`),
  bannedPaths(['**/electron/**', '../**/electron'], `${LAYERING}: renderer/ reaches the main side only through the API client.`),
];

/** What the Node side (services, CLI, browser host) may not import. */
const nodeSidePatterns = [
  banned(['electron'], `${LAYERING}: only electron/main and electron/preload import electron; services stay plain Node.`),
  bannedPaths(['**/renderer/**'], `${LAYERING}: the Node side never imports renderer code.`),
];

/** The demo is a leaf: an ordinary review once seeded, so no feature special-cases it by importing demo code. */
const demoIsALeaf = {
  regex: '^\\.{1,2}/(.*/)?demo/',
  message: `${LAYERING}: only the start-up seeding (app-services.ts) and the CLI's demo command import electron/services/demo/.`,
};

const noEnums = { selector: 'TSEnumDeclaration', message: 'Use a union or `as const` object: enums are not erasable (Node type stripping).' };

/** no-restricted-imports sees static imports only; the CLI loads its services with import(). */
const noDynamicDemoImport = { selector: `ImportExpression[source.value=/${demoIsALeaf.regex.replaceAll('/', '\\/')}/]`, message: demoIsALeaf.message };

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'release/**', '.toolchain/**', 'tests/artifacts/**', 'coverage/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', noEnums],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            banned(nodeBuiltins, `${LAYERING}: shared/ is pure TypeScript; no Node built-ins.`),
            banned(['electron', 'better-sqlite3', 'exceljs', 'yauzl', 'yazl', 'pdfkit'], `${LAYERING}: shared/ is pure TypeScript; no Node-only packages.`),
            banned(['react', 'react-dom', 'antd', 'zustand', 'pdfjs-dist'], `${LAYERING}: shared/ has no DOM or UI code.`),
            bannedPaths(['**/renderer/**', '**/electron/**', '../**/renderer', '../**/electron'], `${LAYERING}: shared/ imports nothing outside shared/.`),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require', '__dirname'].map((name) => ({
          name,
          message: `${LAYERING}: shared/ is pure; pass ${name} in from the caller.`,
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-restricted-imports': ['error', { patterns: rendererPatterns }] },
  },
  {
    // Screens and components render a store and dispatch to it; only the stores call the API (the
    // reader's hooks too, and main.tsx, which picks the transport once).
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/**/*-store.ts', 'renderer/src/api/*', 'renderer/src/features/reader/**/use-*.ts', 'renderer/src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererPatterns,
            bannedPaths(['**/api/client.ts', '**/api/client'], `${LAYERING}: only stores (and the reader's hooks) call the API; a component renders a store and dispatches to it.`),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/vite.config.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts', 'electron/browser-host/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', { patterns: [...nodeSidePatterns, demoIsALeaf] }],
      'no-restricted-syntax': ['error', noEnums, noDynamicDemoImport],
    },
  },
  {
    // The demo's own files, the start-up seeding and the CLI's demo command are all that reach it.
    files: ['electron/services/demo/**/*.ts', 'electron/services/app-services.ts', 'electron/cli/commands/demo-command.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: nodeSidePatterns }], 'no-restricted-syntax': ['error', noEnums] },
  },
  {
    // Tests reach every layer, but run under Node where Electron's binary may not exist.
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [banned(['electron'], 'tests run under plain Node: test the pure parts of electron/main, never import electron at run time.')] },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', importNames: ['ipcRenderer'], message: `${LAYERING}: ipcRenderer belongs to the preload.` }],
          patterns: [bannedPaths(['**/renderer/**'], `${LAYERING}: the main process never imports renderer code.`), demoIsALeaf],
        },
      ],
      'no-restricted-syntax': ['error', noEnums, noDynamicDemoImport],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', importNames: ['ipcMain'], message: `${LAYERING}: ipcMain belongs to the main process.` }],
          patterns: [bannedPaths(['**/renderer/**', '**/services/**'], `${LAYERING}: the preload only forwards calls; no services, no renderer code.`)],
        },
      ],
    },
  },
);
