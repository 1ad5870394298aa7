// Runs a child writer script for the kill -9 tests: waits for its `ready` line, kills it with
// SIGKILL after a delay, and collects the lines it printed (each an acknowledgement of committed work).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { rootDir } from './corpus.ts';

/** Runs `tests/support/<script>` with args, SIGKILLs it `afterMs` after `ready`; resolves to every line printed after `ready`. */
export function runAndKill(script: string, args: readonly string[], afterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(rootDir, 'tests', 'support', script), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const printed: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), afterMs);
        else printed.push(line);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(printed) : reject(new Error(`${script} exited ${String(code)}: ${stderr}`))));
  });
}
