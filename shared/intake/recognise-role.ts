import type { FileReadability, FileRole } from './intake-facts.ts';
import { squeeze } from './normalise-name.ts';

/** What role recognition looks at: the file's name and folders, its kind by content, and for PDFs its text layer. */
export interface RoleClues {
  readonly fileName: string;
  /** The folders and zips the file sat in, outermost first (names only). */
  readonly folders: readonly string[];
  /** 'pdf' | 'xlsx' | 'docx' | … by content; '' when unknown. */
  readonly kind: string;
  readonly readability: FileReadability;
  readonly pageCount: number | null;
  readonly imageOnlyPages: number | null;
  /** The text of the first pages (the cover of 附件 2), '' when there is none. */
  readonly leadingText: string;
}

/** A guessed role and why, in Chinese, shown to the coordinator beside the guess. */
export interface RoleGuess {
  readonly role: FileRole;
  readonly reason: string;
}


const stampWords = /盖章|公章|签章|扫描|印章|stamp|scan/iu;
const summaryWords = /汇总表|信息表|附件3/u;
const applicationWords = /申报书|申请书|附件2/u;
const evidenceWords = /佐证|证明|支撑材料|证书|协议|合同|附件材料|成果/u;

/** The role a file plays in an application, guessed from its name, folders, kind and text, with the reason. */
export function recogniseRole(clues: RoleClues): RoleGuess {
  const name = squeeze(clues.fileName);
  const folders = squeeze(clues.folders.join('/'));
  const text = squeeze(clues.leadingText);
  const scan = clues.pageCount !== null && clues.pageCount > 0 && clues.imageOnlyPages === clues.pageCount;
  const unread = clues.readability !== 'ok' ? '（文件无法读取，仅依据文件名）' : '';

  // An .xlsx that is an OLE container is encrypted (or an old .xls): still the 汇总表 the applicant sent.
  if (clues.kind === 'xlsx' || (clues.kind === 'ole' && /\.xlsx?$/iu.test(name))) {
    return { role: 'summary', reason: summaryWords.test(name) ? '文件名含“汇总表”的 Excel 工作簿' : 'Excel 工作簿，按申报信息汇总表（附件 3）读取' };
  }
  if (clues.kind === 'pdf' || (clues.kind === '' && /\.pdf$/iu.test(name)) || clues.readability === 'wrong-kind') {
    const stampedBy = scan ? '每页均无文字层（扫描件）' : stampWords.test(name) ? '文件名含“盖章/扫描”' : '';
    if (summaryWords.test(name) || (text.includes('汇总表') && !applicationWords.test(text.slice(0, 60)))) {
      const why = summaryWords.test(name) ? '文件名含“汇总表”' : '首页文字含“汇总表”';
      return { role: 'summary-stamped', reason: `${why}的 PDF，按汇总表盖章版${stampedBy ? `（${stampedBy}）` : ''}${unread}` };
    }
    const namedApplication = applicationWords.test(name);
    const coverApplication = /申报书/u.test(text.slice(0, 400)) || /^附件2/u.test(text);
    if (namedApplication || coverApplication) {
      const why = namedApplication ? '文件名含“申报书”' : '首页为申报书封面（附件 2）';
      if (stampedBy) return { role: 'stamped', reason: `${why}，${stampedBy}：申报书盖章版${unread}` };
      return { role: 'application', reason: `${why}，有文字层：申报书电子版${unread}` };
    }
    if (evidenceWords.test(name) || evidenceWords.test(folders)) {
      return { role: 'evidence', reason: `${evidenceWords.test(name) ? '文件名' : '所在文件夹'}含“佐证/证明”等字样：佐证材料${unread}` };
    }
    return { role: 'evidence', reason: `PDF 中未见申报书、汇总表字样，按佐证材料${scan ? '（扫描件）' : ''}${unread}` };
  }
  if (clues.kind === 'docx' || clues.kind === 'doc') {
    if (applicationWords.test(name)) return { role: 'application', reason: '文件名含“申报书”的 Word 文档：申报书电子版' };
    return { role: 'other', reason: 'Word 文档，未见申报书字样' };
  }
  if (clues.readability === 'empty') return { role: 'other', reason: '文件为空（0 字节）' };
  return { role: 'other', reason: clues.kind === '' ? '无法识别的文件类型' : `${clues.kind} 文件，不是申报材料的常见格式` };
}
