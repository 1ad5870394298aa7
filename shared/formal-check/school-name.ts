import { normaliseOrganisation } from '../roster/organisation-overlap.ts';

// 000 §五（一） limits schools, not enterprises: a company may join several applications of one
// field. A school is told by what its name ends with, after any bracketed note such as （筹）.
const schoolEnding = /(大学|学院|学校|中专|职专|技校|技工学校|职业中学|中学|职教中心|职业教育中心)$/u;

/** Whether an institution's name is a school's (大学, 学院, 学校 …), not a company's or an association's. */
export function isSchoolName(name: string): boolean {
  return schoolEnding.test(name.normalize('NFKC').replace(/\s+/gu, '').replace(/\([^()]*\)$/u, ''));
}

/** A name as the cross-application rules compare it (full/half-width, brackets and spaces do not matter). */
export function sameNameKey(name: string): string {
  return normaliseOrganisation(name);
}
