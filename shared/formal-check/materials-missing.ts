import type { RequiredMaterial } from '../domain/program.ts';
import type { FileRole, IntakeApplicationFacts, IntakeFileFacts } from '../intake/intake-facts.ts';
import { fileEvidence, passed, sentences, type Finding, type RuleContext } from './rule-context.ts';

// The stamped copy of each material is its own role: the intake tells a 申报书 scan from the
// 申报书 and a stamped 汇总表 PDF from the 汇总表.
const stampedRole: Readonly<Partial<Record<RequiredMaterial['role'], FileRole>>> = { application: 'stamped', summary: 'summary-stamped' };

// A file the applicant sent that does not open still counts as sent: materials.unreadable reports it.
function inForm(file: IntakeFileFacts, formats: readonly string[]): boolean {
  return file.readability !== 'ok' || formats.includes(file.kind);
}

/**
 * materials.missing (000 §五（二）): each required material of the program is there, in an accepted
 * format, and with its stamped PDF where the program asks for one.
 */
export function checkMaterialsMissing(application: IntakeApplicationFacts, context: RuleContext): Finding {
  const missing: string[] = [];
  const found: IntakeFileFacts[] = [];
  for (const material of context.program.requiredMaterials.filter((m) => m.required)) {
    const ofRole = application.files.filter((f) => f.role === material.role);
    const electronic = ofRole.filter((f) => inForm(f, material.formats));
    if (electronic.length === 0) {
      const wrong = ofRole.map((f) => `「${f.fileName}」`).join('、');
      missing.push(wrong ? `${material.title}的格式不符（须为 ${material.formats.join('/')}，收到 ${wrong}）` : `缺少${material.title}`);
    }
    found.push(...electronic);
    const role = stampedRole[material.role];
    if (material.stampedPdfRequired && role !== undefined) {
      const stamped = application.files.filter((f) => f.role === role && inForm(f, ['pdf']));
      if (stamped.length === 0) missing.push(`缺少${material.title}的加盖公章 PDF 版`);
      found.push(...stamped);
    }
  }
  if (missing.length === 0) return passed('要求的材料均已报送', found.map((f) => fileEvidence(f)));
  return { result: 'fail', reason: sentences(missing), evidence: found.map((f) => fileEvidence(f)) };
}
