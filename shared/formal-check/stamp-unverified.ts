import type { IntakeApplicationFacts } from '../intake/intake-facts.ts';
import { fileEvidence, fileName, passed, sentences, type Finding } from './rule-context.ts';

/**
 * stamp.unverified (000 §五（二）加盖公章 PDF 版): each stamped PDF looks stamped, with a scanned
 * (image-only) page and a red seal-like region. Only ever `warn`: a picture cannot prove a seal, and
 * the coordinator looks for themself.
 */
export function checkStampUnverified(application: IntakeApplicationFacts): Finding {
  const stamped = application.files.filter((f) => f.role === 'stamped' || f.role === 'summary-stamped');
  if (stamped.length === 0) return passed('没有盖章版文件可查（是否缺少见「材料齐全」）');
  const doubts: string[] = [];
  for (const file of stamped) {
    if (file.readability !== 'ok') continue;
    if (file.kind !== 'pdf') doubts.push(`${fileName(file)}不是 PDF`);
    else if (file.imageOnlyPages === 0) doubts.push(`${fileName(file)}没有扫描页（各页均有文字层），不像盖章后扫描的文件`);
    else if (file.redSeal === false) doubts.push(`${fileName(file)}中未发现红色印章`);
    else if (file.imageOnlyPages === null || file.redSeal === null) doubts.push(`${fileName(file)}尚未检查扫描页与印章`);
  }
  if (doubts.length === 0) return passed(`${String(stamped.length)} 个盖章版文件有扫描页和红色印章`, stamped.map((f) => fileEvidence(f)));
  return { result: 'warn', reason: `${sentences(doubts)}，请人工核对`, evidence: stamped.map((f) => fileEvidence(f)) };
}
