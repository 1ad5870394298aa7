import type { IntakeApplicationFacts, ReceivedAtSource } from '../intake/intake-facts.ts';
import { chinaTimeText, deadlineInstant, instantOf } from './china-time.ts';
import { fileEvidence, fileName, passed, sentences, type Finding, type RuleContext } from './rule-context.ts';

const source: Readonly<Record<ReceivedAtSource, string>> = {
  'file-time': '按文件修改时间',
  'zip-entry-time': '按压缩包内的文件时间',
  'set-by-hand': '按手工设定的收件时间',
};

/**
 * deadline.late (000 §五（二）): every file received by the deadline, compared in Beijing time
 * whatever the laptop's zone; a deadline given as a date is the end of that day.
 */
export function checkDeadlineLate(application: IntakeApplicationFacts, context: RuleContext): Finding {
  const { deadline } = context.review;
  if (deadline.trim() === '') return passed('本评审未设截止时间');
  const last = deadlineInstant(deadline);
  if (Number.isNaN(last)) return { result: 'warn', reason: `截止时间「${deadline}」无法识别，未能核对`, evidence: [] };
  const late: string[] = [];
  const unknown: string[] = [];
  const evidence = [];
  for (const file of application.files) {
    const at = instantOf(file.receivedAt);
    if (Number.isNaN(at)) {
      unknown.push(`${fileName(file)}的收件时间「${file.receivedAt}」无法识别`);
      evidence.push(fileEvidence(file));
    } else if (at > last) {
      late.push(`${fileName(file)}于 ${chinaTimeText(at)}收到（${source[file.receivedAtSource]}），晚于截止时间 ${chinaTimeText(last)}`);
      evidence.push(fileEvidence(file));
    }
  }
  if (late.length > 0) return { result: 'fail', reason: sentences([...late, ...unknown]), evidence };
  if (unknown.length > 0) return { result: 'warn', reason: `${sentences(unknown)}，请按邮件日期设定`, evidence };
  return passed(`均在截止时间 ${chinaTimeText(last)} 前收到`);
}
