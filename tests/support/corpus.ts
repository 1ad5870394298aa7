import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared test corpus (../shared/corpus or $PINGSHEN_CORPUS), or null where this clone has none. */
export function corpusDir(): string | null {
  const candidates = [process.env.PINGSHEN_CORPUS, join(projectRoot, '..', 'shared', 'corpus')].filter(
    (dir): dir is string => typeof dir === 'string' && dir.length > 0,
  );
  const found = candidates.find((dir) => existsSync(join(dir, 'SHA256SUMS')));
  if (!found) {
    console.warn('[pingshen] 跳过: 未找到测试语料 ../shared/corpus (可设置 PINGSHEN_CORPUS)。corpus-dependent tests are skipped.');
  }
  return found ?? null;
}

/** The project's root folder. */
export const rootDir = projectRoot;
