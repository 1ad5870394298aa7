import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** The main process's log: one line per event in `<logDir>/main.log`, echoed to stderr. */
export interface MainLog {
  info(message: string): void;
  error(context: string, error: unknown): void;
}

/**
 * Opens the log. Writes are synchronous and appended: the log matters most right before a crash,
 * and the main process logs rarely. A log that cannot be written never takes the app down.
 */
export function createMainLog(logDir: string): MainLog {
  const file = join(logDir, 'main.log');
  const write = (level: string, text: string): void => {
    const line = `${new Date().toISOString()} ${level} ${text}\n`;
    process.stderr.write(line);
    try {
      mkdirSync(logDir, { recursive: true });
      appendFileSync(file, line);
    } catch {
      // Keep running: stderr already has the line.
    }
  };
  return {
    info: (message) => write('INFO', message),
    error: (context, error) => write('ERROR', `${context}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  };
}
