import type { FileReadability, IntakeApplicationFacts } from '../intake/intake-facts.ts';
import { fileEvidence, fileName, passed, sentences, type Finding } from './rule-context.ts';

const why: Readonly<Record<Exclude<FileReadability, 'ok'>, string>> = {
  encrypted: '设有密码，无法打开',
  broken: '已损坏，无法打开',
  empty: '是空文件（0 字节）',
  'wrong-kind': '扩展名与内容不符',
};

/** materials.unreadable: every file the applicant sent opens as what it claims to be (not encrypted, broken, empty or mislabelled). */
export function checkMaterialsUnreadable(application: IntakeApplicationFacts): Finding {
  const bad = application.files.filter((f) => f.readability !== 'ok');
  if (bad.length === 0) return passed(`${String(application.files.length)} 个文件均可打开`);
  return {
    result: 'fail',
    reason: `${sentences(bad.map((f) => `${fileName(f)}${why[f.readability as Exclude<FileReadability, 'ok'>]}`))}，请申报单位重新报送`,
    evidence: bad.map((f) => fileEvidence(f)),
  };
}
