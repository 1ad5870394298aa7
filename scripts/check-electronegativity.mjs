// Runs Doyensec's electronegativity over the Electron shell (part of `npm run lint`). Prints every
// finding as a short table and fails (exit 1) on any HIGH one; MEDIUM/LOW/INFORMATIONAL are shown,
// not fatal. Usage: node scripts/check-electronegativity.mjs [--input <dir>]… (default: electron/main
// and electron/preload; pass a scratch copy to see the check turn red on a planted mistake).
//
// How it is run, and why:
// - On the TypeScript sources, not the esbuild bundle: electronegativity parses .ts with Babel, and
//   its checks match `new BrowserWindow({…})` by name, which the bundle rewrites into
//   `new import_electron.BrowserWindow(…)` and so would silently skip.
// - Through its documented programmatic API (`run(options)`), which returns findings with their
//   severity; its CSV has no fixed quoting we would have to re-parse, and SARIF drops the severity.
// - main/ and preload/ are copied into one staging folder and scanned in one run: its global checks
//   (navigation limits, permission handler, CSP) look across all files of a run, so scanning the
//   preload alone reports a missing will-navigate guard that lives in main/.
// - Our CSP is a response header built from a constant (shared/security/content-security-policy.ts);
//   electronegativity only recognises CSPs in HTML <meta> or onHeadersReceived literals, so the exact
//   header value is staged as a <meta> tag for its CSP evaluator to grade.
// - Offline: it fetches translations (and Electron's release list) on each run, and when offline a
//   late retry of that request crashes Node with an uncaught error. We exclude the release-list check
//   (`availablesecurityfixesglobalcheck`, network only) and give it a `got` that fails at once.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const { values } = parseArgs({ options: { input: { type: 'string', multiple: true } } });
const inputs = (values.input ?? ['electron/main', 'electron/preload']).map((path) => resolve(root, path));

const { contentSecurityPolicy } = await import('../shared/security/content-security-policy.ts');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

/** Makes electronegativity's `got` fail at once, so no request (and no crashing retry) happens. */
function stubNetwork() {
  const packageDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = createRequire(join(packageDir, 'dist', 'locales', 'i18n.js')).resolve('got');
  const offline = () => Promise.reject(new Error('offline: electronegativity runs without network here'));
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };
}

/** Copies the inputs into one folder, remembering where each copy came from. */
function stage() {
  const dir = mkdtempSync(join(tmpdir(), 'pingshen-electronegativity-'));
  const origins = new Map();
  inputs.forEach((input, index) => {
    const target = join(dir, `${index}-${basename(input)}`);
    cpSync(input, target, { recursive: true });
    origins.set(target, input);
  });
  const cspDir = join(dir, 'csp');
  mkdirSync(cspDir);
  const cspFile = join(cspDir, 'app-protocol-headers.html');
  const escaped = contentSecurityPolicy.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  writeFileSync(cspFile, `<!doctype html>\n<meta http-equiv="Content-Security-Policy" content="${escaped}">\n`);
  origins.set(cspDir, join(root, 'shared', 'security'));
  return { dir, origins, cspFile };
}

/** Maps a staged file back to the repository path it was copied from. */
function originalPath(file, staged) {
  if (file === 'N/A' || !file) return '(whole app)';
  if (file === staged.cspFile) return 'shared/security/content-security-policy.ts (CSP header)';
  for (const [copy, source] of staged.origins) {
    if (file.startsWith(copy)) return relative(root, join(source, relative(copy, file)));
  }
  return file;
}

stubNetwork();
const run = require('@doyensec/electronegativity');
const staged = stage();
let result;
const log = console.log;
try {
  console.log = () => {}; // its only console output is the translation fallback notice
  result = await run(
    {
      input: staged.dir,
      electronVersionOverride: electronVersion,
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      isRelative: false,
    },
    false,
  );
} finally {
  console.log = log;
  rmSync(staged.dir, { recursive: true, force: true });
}

const order = { HIGH: 0, MEDIUM: 1, LOW: 2, INFORMATIONAL: 3 };
const findings = result.issues
  .map((issue) => ({
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    id: issue.id,
    where: `${originalPath(issue.file, staged)}${issue.location?.line ? `:${issue.location.line}` : ''}`,
    review: issue.manualReview ? 'review' : '',
  }))
  .sort((a, b) => (order[a.severity] ?? 9) - (order[b.severity] ?? 9) || a.where.localeCompare(b.where));

const scanned = inputs.map((input) => relative(root, input) || '.').join(', ');
console.log(`[pingshen] electronegativity ${require('@doyensec/electronegativity/package.json').version} on ${scanned} (Electron ${electronVersion}, ${result.atomicChecks} atomic + ${result.globalChecks} global checks)`);
if (findings.length > 0) {
  const columns = ['severity', 'confidence', 'id', 'where', 'review'];
  const widths = columns.map((column) => Math.max(column.length, ...findings.map((finding) => finding[column].length)));
  const line = (cells) => cells.map((cell, index) => cell.padEnd(widths[index])).join('  ').trimEnd();
  console.log(line(columns));
  for (const finding of findings) console.log(line(columns.map((column) => finding[column])));
}

const unparsed = result.errors.filter((error) => !error.tolerable);
for (const error of unparsed) console.error(`[pingshen] electronegativity could not parse ${originalPath(error.file, staged)}: ${error.message}`);
const high = findings.filter((finding) => finding.severity === 'HIGH');
if (high.length > 0 || unparsed.length > 0) {
  for (const finding of high) console.error(`[pingshen] HIGH ${finding.id} at ${finding.where}`);
  console.error(`[pingshen] electronegativity: ${high.length} HIGH finding(s), ${unparsed.length} unscanned file(s). Fix them (docs/electron-shell.md).`);
  process.exit(1);
}
console.log(`[pingshen] electronegativity: no HIGH findings (${findings.length} lower, shown above).`);
// Exit now: electronegativity's libraries may leave timers behind.
process.exit(0);
