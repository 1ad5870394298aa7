import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Paths of the Simplified Chinese fonts the generated PDFs embed (Noto Sans Hans, OFL). */
export interface CjkFonts {
  readonly regular: string;
  /** Null when the package ships no bold weight; headings then use the regular one. */
  readonly bold: string | null;
}

const PACKAGE = '@embedpdf/fonts-sc';

function packageDir(require: NodeJS.Require): string | null {
  try {
    return dirname(require.resolve(`${PACKAGE}/package.json`));
  } catch {
    // The package's `exports` map hides package.json; its main entry sits in dist/ under the root.
  }
  try {
    return join(dirname(require.resolve(PACKAGE)), '..');
  } catch {
    return null;
  }
}

/**
 * Finds NotoSansHans-Regular.otf (and Bold) in @embedpdf/fonts-sc. `fromFile` is where module
 * resolution starts: this module by default; a bundled main process passes its own location.
 */
export function locateCjkFonts(fromFile: string = import.meta.url): CjkFonts {
  const dir = packageDir(createRequire(fromFile));
  const regular = dir === null ? null : join(dir, 'fonts', 'NotoSansHans-Regular.otf');
  if (regular === null || !existsSync(regular)) {
    throw new Error(`找不到中文字体 NotoSansHans-Regular.otf (${PACKAGE})，无法生成 PDF。请运行 npm run setup 重新安装依赖。`);
  }
  const bold = join(dirname(regular), 'NotoSansHans-Bold.otf');
  return { regular, bold: existsSync(bold) ? bold : null };
}
