import { readFileSync } from 'node:fs';
import type { NameAlias } from '../../../shared/intake/normalise-name.ts';

/**
 * Reads an alias table the coordinator keeps as a file: JSON (`[{ "alias": …, "fullName": … }]`)
 * or text, one `简称,全称` per line (a tab, `=` or `→` also separates; `#` starts a comment).
 * Throws with a Chinese message naming the line that does not read.
 */
export function readAliasFile(path: string): NameAlias[] {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/u, '');
  if (text.trimStart().startsWith('[')) {
    const parsed = JSON.parse(text) as unknown;
    if (!Array.isArray(parsed) || !parsed.every((e) => typeof (e as NameAlias).alias === 'string' && typeof (e as NameAlias).fullName === 'string')) {
      throw new Error(`别名表 ${path} 应为 [{ "alias": "简称", "fullName": "全称" }] 形式的 JSON`);
    }
    return (parsed as NameAlias[]).map((e) => ({ alias: e.alias.trim(), fullName: e.fullName.trim() }));
  }
  const aliases: NameAlias[] = [];
  text.split(/\r?\n/u).forEach((line, index) => {
    const content = line.replace(/#.*$/u, '').trim();
    if (content === '') return;
    const [alias, fullName, ...rest] = content.split(/\s*(?:,|，|\t|=|→)\s*/u);
    if (!alias || !fullName || rest.length > 0) throw new Error(`别名表 ${path} 第 ${index + 1} 行应为「简称,全称」：${content}`);
    aliases.push({ alias, fullName });
  });
  return aliases;
}
