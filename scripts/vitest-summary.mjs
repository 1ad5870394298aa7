// Runs every vitest suite, then prints one plain closing line `tests: N passed, N failed, N skipped`
// that CI can read whatever the runner's own formatting. A test file that fails outside its tests
// (a beforeAll that throws, an import error) adds `, N files failed`: its tests count as skipped,
// so the counts alone would read green. Exit code is vitest's.
// PINGSHEN_VITEST_REPORT moves the JSON report (tests of this script use it; nobody else needs to).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { root } from './toolchain.mjs';

const reportFile = process.env.PINGSHEN_VITEST_REPORT || join(root, 'tests', 'artifacts', 'vitest-report.json');
mkdirSync(dirname(reportFile), { recursive: true });
// A report left by an earlier run must never be read as this run's.
rmSync(reportFile, { force: true });
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(
  process.execPath,
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
const status = result.status ?? 1;

/** `N thing` or `N things`. */
function count(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

if (!existsSync(reportFile)) {
  console.error(`\n[pingshen] vitest 未写出测试报告 (退出码 ${status})，见上方输出。`);
  process.exit(status === 0 ? 1 : status);
}
const report = JSON.parse(readFileSync(reportFile, 'utf8'));
const failedFiles = (report.testResults ?? []).filter((file) => file.status === 'failed');
for (const file of failedFiles) {
  const why = (file.message ?? '').split('\n')[0];
  console.error(`[pingshen] 未通过的测试文件: ${relative(root, file.name)}${why ? ` — ${why}` : ''}`);
}
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
let line = `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`;
if (failedFiles.length > 0) line += `, ${count(failedFiles.length, 'file')} failed`;
else if (status !== 0 && report.numFailedTests === 0) line += `, vitest exited ${status} (errors outside tests, see above)`;
console.log(`\n${line}`);
if (report.numTotalTests === 0) {
  console.error('[pingshen] no test ran');
  process.exit(1);
}
process.exit(status);
