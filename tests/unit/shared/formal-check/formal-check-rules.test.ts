import { describe, expect, it } from 'vitest';
import { formalCheckRuleIds, type FormalCheckRule } from '../../../../shared/domain/formal-check-rules.ts';
import { programSchema, type Program } from '../../../../shared/domain/program.ts';
import type { IntakeApplicationFacts } from '../../../../shared/intake/intake-facts.ts';
import { checkApplications } from '../../../../shared/formal-check/check-applications.ts';
import { readApplicationCover, readCommittedFigures } from '../../../../shared/formal-check/read-application-form.ts';
import type { CheckReview } from '../../../../shared/formal-check/rule-context.ts';
import { loadProgramTemplates } from '../../../../electron/services/programs/install-templates.ts';
import { applicationFacts, applicationPageTexts, fileFacts, goodFigures } from '../../../support/intake-facts-builder.ts';

const program: Program = loadProgramTemplates().find((p) => p.id === 'anhui-2026-high-skill-clusters')!;
const review: CheckReview = {
  deadline: '2026-05-25',
  categories: program.categories.map((c) => ({ id: c.id, name: c.name, leadInstitutions: c.leadInstitutions })),
};

/** The one result of `rule` for the first application, the others seen by the cross-application rules. */
function resultOf(rule: FormalCheckRule['id'], facts: IntakeApplicationFacts[], on: CheckReview = review, withProgram: Program = program) {
  const results = checkApplications(facts, withProgram, on)[0]!.results;
  const found = results.find((r) => r.rule === rule);
  if (!found) throw new Error(`no result for ${rule}`);
  return found;
}

const good = () => applicationFacts('s1', '青岚职业技术学院');

describe('the formal check on a complete, consistent application', () => {
  it('passes every rule of the 2026 Anhui program, each with a reason', () => {
    const [results] = checkApplications([good()], program, review);
    expect(results!.results.map((r) => r.rule)).toEqual([...formalCheckRuleIds]);
    for (const r of results!.results) {
      expect(r.result, `${r.rule}: ${r.reason}`).toBe('pass');
      expect(r.reason).not.toBe('');
    }
  });

  it('runs only the enabled rules, in the program order', () => {
    const some = { ...program, formalCheck: program.formalCheck.map((r) => ({ ...r, enabled: r.id === 'deadline.late' || r.id === 'floors.below' })) };
    expect(checkApplications([good()], some, review)[0]!.results.map((r) => r.rule)).toEqual(['deadline.late', 'floors.below']);
  });
});

describe('materials.missing', () => {
  it('fails without the stamped 申报书 and names what is missing', () => {
    const facts = good();
    const r = resultOf('materials.missing', [{ ...facts, files: facts.files.filter((f) => f.role !== 'stamped') }]);
    expect(r.result).toBe('fail');
    expect(r.reason).toContain('缺少高技能人才集群培养计划申报书（附件2）的加盖公章 PDF 版');
  });

  it('fails on evidence and 汇总表 missing, and on a file in a format the program does not take', () => {
    const facts = good();
    const files = facts.files.filter((f) => f.role !== 'evidence' && f.role !== 'summary');
    const r = resultOf('materials.missing', [{ ...facts, files: [...files, fileFacts('sum', 'summary', { kind: 'zip', fileName: '汇总表.rar' })] }]);
    expect(r.result).toBe('fail');
    expect(r.reason).toContain('缺少相关佐证材料');
    expect(r.reason).toContain('格式不符');
    expect(r.reason).toContain('「汇总表.rar」');
  });

  it('counts an unreadable file as sent (materials.unreadable reports it)', () => {
    const facts = good();
    const files = facts.files.map((f) => (f.role === 'stamped' ? { ...f, readability: 'encrypted' as const, kind: '' } : f));
    expect(resultOf('materials.missing', [{ ...facts, files }]).result).toBe('pass');
  });
});

describe('materials.unreadable', () => {
  it('fails on an encrypted PDF and an empty file, naming both', () => {
    const facts = good();
    const files = [...facts.files, fileFacts('locked', 'evidence', { readability: 'encrypted', fileName: '佐证.pdf' }), fileFacts('zero', 'evidence', { readability: 'empty', fileName: '空.pdf', size: 0 })];
    const r = resultOf('materials.unreadable', [{ ...facts, files }]);
    expect(r.result).toBe('fail');
    expect(r.reason).toContain('「佐证.pdf」设有密码');
    expect(r.reason).toContain('「空.pdf」是空文件');
    expect(r.evidence).toHaveLength(2);
  });
});

describe('deadline.late (Beijing time, a date is the end of that day)', () => {
  const at = (receivedAt: string) => {
    const facts = good();
    return resultOf('deadline.late', [{ ...facts, files: facts.files.map((f, i) => (i === 0 ? { ...f, receivedAt } : f)) }]);
  };

  it('takes 23:59:59 Beijing time on the deadline day, refuses the next second', () => {
    expect(at('2026-05-25T23:59:59+08:00').result).toBe('pass');
    expect(at('2026-05-25T23:59:59.999+08:00').result).toBe('pass');
    const late = at('2026-05-26T00:00:00+08:00');
    expect(late.result).toBe('fail');
    expect(late.reason).toContain('2026-05-26 00:00（北京时间）');
    expect(late.reason).toContain('按文件修改时间');
    expect(late.evidence).toHaveLength(1);
  });

  it('compares instants, whatever the offset a time was written with', () => {
    // 15:59:59Z is 23:59:59 in Beijing; 16:00Z is the next day there.
    expect(at('2026-05-25T15:59:59Z').result).toBe('pass');
    expect(at('2026-05-25T16:00:00Z').result).toBe('fail');
    // 10:00 in New York on the 25th is 22:00 in Beijing: on time. 12:00 is midnight: late.
    expect(at('2026-05-25T10:00:00-04:00').result).toBe('pass');
    expect(at('2026-05-25T12:00:00-04:00').result).toBe('fail');
  });

  it('reads a time without an offset as Beijing time, never as the laptop zone', () => {
    expect(at('2026-05-25T23:30:00').result).toBe('pass');
    expect(at('2026-05-26T00:00:00').result).toBe('fail');
  });

  it('takes a deadline with a time of day as given (CST without an offset)', () => {
    const facts = good();
    const early = { ...review, deadline: '2026-05-25T17:00' };
    const files = facts.files.map((f, i) => (i === 0 ? { ...f, receivedAt: '2026-05-25T17:30:00+08:00' } : f));
    expect(resultOf('deadline.late', [{ ...facts, files }], early).result).toBe('fail');
  });

  it('warns on a time it cannot read, and passes where the review sets no deadline', () => {
    expect(at('昨天').result).toBe('warn');
    expect(resultOf('deadline.late', [good()], { ...review, deadline: '' }).result).toBe('pass');
    expect(resultOf('deadline.late', [good()], { ...review, deadline: '2026-02-30' }).result).toBe('warn');
  });

  it('names a time set by hand from the mail as such', () => {
    const facts = good();
    const files = facts.files.map((f) => ({ ...f, receivedAt: '2026-05-27T09:00:00+08:00', receivedAtSource: 'set-by-hand' as const }));
    expect(resultOf('deadline.late', [{ ...facts, files }]).reason).toContain('按手工设定的收件时间');
  });
});

describe('eligibility.type', () => {
  it('passes a 高水平高职 lead, by id or by the label as the 汇总表 writes it', () => {
    expect(resultOf('eligibility.type', [good()]).result).toBe('pass');
    expect(resultOf('eligibility.type', [{ ...good(), applicantType: '省高水平高职学校建设单位' }]).result).toBe('pass');
  });

  it('fails an enterprise leading (000 §三（二）: 职业院校牵头) and a type the program does not know', () => {
    const enterprise = resultOf('eligibility.type', [{ ...good(), applicantType: 'leading-enterprise' }]);
    expect(enterprise.result).toBe('fail');
    expect(enterprise.reason).toContain('不可牵头申报');
    expect(enterprise.evidence[0]?.cell).toBe("'Sheet1'!4:4");
    expect(resultOf('eligibility.type', [{ ...good(), applicantType: '普通本科' }]).result).toBe('fail');
  });

  it('warns where neither the 汇总表 nor the coordinator gave a type', () => {
    expect(resultOf('eligibility.type', [{ ...good(), applicantType: '' }]).result).toBe('warn');
  });
});

describe('applications.duplicate and applications.multi-joint (000 §五（一）)', () => {
  it('fails a school leading two applications of one field, names written differently', () => {
    const facts = [good(), applicationFacts('s2', '青岚职业技术学院 ', { partners: ['另一家公司'] })];
    const r = resultOf('applications.duplicate', facts);
    expect(r.result).toBe('fail');
    expect(r.reason).toContain('s2');
    // The same school in another field is another application.
    expect(resultOf('applications.duplicate', [good(), applicationFacts('s2', '青岚职业技术学院', { categoryId: 'smart-ev' })]).result).toBe('pass');
  });

  it('fails a school that partners an application of the same field another school leads (full-width brackets alike)', () => {
    const facts = [
      applicationFacts('s1', '云湖信息职业技术学院', { partners: ['松川汽车工程学校(中职)'] }),
      applicationFacts('s2', '临湾科技职业学院', { partners: ['松川汽车工程学校（中职）', '某公司'] }),
    ];
    const r = resultOf('applications.multi-joint', facts);
    expect(r.result).toBe('fail');
    expect(r.reason).toContain('松川汽车工程学校(中职)');
    expect(r.reason).toContain('s2');
  });

  it('passes an enterprise in two applications, and a school in two fields', () => {
    expect(resultOf('applications.multi-joint', [good(), applicationFacts('s2', '临湾科技职业学院', { partners: ['某智能科技有限公司'] })]).result).toBe('pass');
    expect(resultOf('applications.multi-joint', [good(), applicationFacts('s2', '临湾科技职业学院', { partners: ['青岚职业技术学院'], categoryId: 'smart-ev' })]).result).toBe('pass');
  });

  it('leaves a school leading two to applications.duplicate', () => {
    expect(resultOf('applications.multi-joint', [good(), applicationFacts('s2', '青岚职业技术学院')]).result).toBe('pass');
  });
});

describe('applications.lead-institution', () => {
  it('warns (the program is silent) when the commissioned lead institution applies, passes otherwise', () => {
    const r = resultOf('applications.lead-institution', [applicationFacts('s1', '安徽职业技术大学')]);
    expect(r.result).toBe('warn');
    expect(r.reason).toContain('委托牵头单位');
    expect(resultOf('applications.lead-institution', [good()]).result).toBe('pass');
  });

  it('fails where the program says so', () => {
    const strict = programSchema.parse({ ...program, formalCheck: [{ id: 'applications.lead-institution', enabled: true, result: 'fail' }] });
    expect(resultOf('applications.lead-institution', [applicationFacts('s1', '安徽职业技术大学')], review, strict).result).toBe('fail');
  });
});

describe('floors.below (001 §四, the floor itself is met)', () => {
  it('passes figures exactly at every floor', () => {
    const floors = Object.fromEntries(program.outcomeFloors.map((f) => [f.id, f.value]));
    expect(resultOf('floors.below', [applicationFacts('s1', '青岚职业技术学院', { figures: floors })]).result).toBe('pass');
  });

  it('fails a figure just below, and one not given, naming the row', () => {
    const { trainees_per_year: _, ...rest } = goodFigures;
    void _;
    const r = resultOf('floors.below', [applicationFacts('s1', '青岚职业技术学院', { figures: { ...rest, employment_match_pct: 79.9 } })]);
    expect(r.result).toBe('fail');
    expect(r.reason).toContain('汇总表「Sheet1」第 4 行');
    expect(r.reason).toContain('「毕业生就业对口率」承诺 79.9%，低于底线 80%');
    expect(r.reason).toContain('「年开展企业员工培训」未填写');
  });

  it('warns without a 汇总表 row', () => {
    expect(resultOf('floors.below', [{ ...good(), summaryRows: [] }]).result).toBe('warn');
  });
});

describe('summary.mismatch (汇总表 against the 申报书 cover and 预期成效 table)', () => {
  it('fails when a figure of the 汇总表 differs from the table, naming the page', () => {
    const r = resultOf('summary.mismatch', [applicationFacts('s1', '青岚职业技术学院', { figures: { ...goodFigures, employment_match_pct: 88 } })]);
    expect(r.result).toBe('fail');
    expect(r.reason).toContain('「毕业生就业对口率」：汇总表为 88%，申报书第 4 页为 86%');
    expect(r.evidence).toContainEqual(expect.objectContaining({ page: 4 }));
  });

  it('reads a floor label wrapped across lines in the table', () => {
    const r = resultOf('summary.mismatch', [applicationFacts('s1', '青岚职业技术学院', { figures: { ...goodFigures, bases_each_type: 2 } })]);
    expect(r.result).toBe('fail');
    expect(r.reason).toContain('汇总表为 2 个，申报书第 4 页为 1 个');
  });

  it('fails when the cover names another lead school, field or partners', () => {
    const r = resultOf('summary.mismatch', [applicationFacts('s1', '青岚职业技术学院', { row: { applicant: '青岚职业学院', category: '高端装备制造', partners: ['别的公司'] } })]);
    expect(r.result).toBe('fail');
    expect(r.reason).toContain('牵头单位：汇总表为「青岚职业学院」，申报书封面（第 1 页）为「青岚职业技术学院」');
    expect(r.reason).toContain('申报领域');
    expect(r.reason).toContain('合作单位');
  });

  it('takes a category written as its id, and names in full-width forms, as the same', () => {
    expect(resultOf('summary.mismatch', [applicationFacts('s1', '青岚职业技术学院', { row: { category: 'ai', applicant: '青岚职业技术学院 ' } })]).result).toBe('pass');
  });

  it('warns when the 申报书 has no text layer (a scan only)', () => {
    const facts = good();
    const files = facts.files.map((f) => (f.role === 'application' ? { ...f, pageTexts: [] } : f));
    expect(resultOf('summary.mismatch', [{ ...facts, files }]).result).toBe('warn');
    const noTable = facts.files.map((f) => (f.role === 'application' ? { ...f, pageTexts: applicationPageTexts({ applicant: '青岚职业技术学院', category: '人工智能', partners: ['某智能科技有限公司'] }).slice(0, 2) } : f));
    const r = resultOf('summary.mismatch', [{ ...facts, files: noTable }]);
    expect(r.result).toBe('warn');
    expect(r.reason).toContain('预期成效表');
  });
});

describe('stamp.unverified (never more than warn)', () => {
  it('warns on a stamped PDF without scanned pages or without a red seal', () => {
    const facts = good();
    const typed = facts.files.map((f) => (f.role === 'stamped' ? { ...f, imageOnlyPages: 0 } : f));
    const r = resultOf('stamp.unverified', [{ ...facts, files: typed }]);
    expect(r.result).toBe('warn');
    expect(r.reason).toContain('没有扫描页');
    const noSeal = facts.files.map((f) => (f.role === 'summary-stamped' ? { ...f, redSeal: false } : f));
    expect(resultOf('stamp.unverified', [{ ...facts, files: noSeal }]).reason).toContain('未发现红色印章');
  });

  it('passes scans with a seal', () => {
    expect(resultOf('stamp.unverified', [good()]).result).toBe('pass');
  });
});

describe('the program schema', () => {
  it('gives a program file without formalCheck every rule on, with the defaults', () => {
    const { formalCheck: _, ...older } = program;
    void _;
    const parsed = programSchema.parse(older);
    expect(parsed.formalCheck.map((r) => [r.id, r.enabled])).toEqual(formalCheckRuleIds.map((id) => [id, true]));
    expect(parsed.formalCheck.find((r) => r.id === 'applications.lead-institution')).toMatchObject({ result: 'warn' });
  });

  it('refuses a rule named twice and an unknown rule', () => {
    expect(programSchema.safeParse({ ...program, formalCheck: [{ id: 'deadline.late', enabled: true }, { id: 'deadline.late', enabled: false }] }).success).toBe(false);
    expect(programSchema.safeParse({ ...program, formalCheck: [{ id: 'deadline.soon', enabled: true }] }).success).toBe(false);
  });

  it('enables in the 2026 Anhui template what the seeds ask: schools lead (000 §三（二）)', () => {
    expect(program.formalCheck.every((r) => r.enabled)).toBe(true);
    expect(program.formalCheck.find((r) => r.id === 'eligibility.type')).toMatchObject({ leadTypes: ['excellent-secondary', 'high-level-college', 'high-level-major-cluster'] });
  });
});

describe('reading the 预期成效 table from page texts', () => {
  it('takes the table row, not the contents page, nor prose naming the same indicators first', () => {
    const texts = [
      '附件 2\n申报领域： 人工智能\n牵头单位： 甲学院',
      '目 录\n五、预期成效 ........ 5\n七、预期成效指标承诺表 ........ 6',
      '二、建设基础\n现毕业生就业对口率 78%，新增及升级改造专业（方向）2 个',
      '五、预期成效\n项目承诺：落地转化产业优质资源\n16项；毕业生就业对口率达到 90%\n七、预期成效指标承诺表\n序号 指标 方案要求 本项目承诺\n1 毕业生就业对口率 ≥ 80% 83%\n2 落地转化产业优质资源 ≥ 10 项 15 项',
    ];
    const table = readCommittedFigures(texts, program.outcomeFloors);
    expect(table['employment_match_pct']).toEqual({ value: 83, page: 4 });
    expect(table['resources_transferred']).toEqual({ value: 15, page: 4 });
    // A floor the table does not show is taken from the next best page; none at all is absent.
    expect(table['majors_new_or_upgraded']).toEqual({ value: 2, page: 3 });
    expect(table['trainees_per_year']).toBeUndefined();
  });

  it('reads full-width digits and brackets, and a cover whose value wraps', () => {
    const cover = readApplicationCover(['申报领域： 人工智能\n牵头单位： 云湖信息职业\n技术学院（盖章）\n合作单位： 甲公司、\n乙协会\n安徽省教育厅制']);
    expect(cover).toMatchObject({ applicant: '云湖信息职业技术学院', partners: ['甲公司', '乙协会'], category: '人工智能' });
    const table = readCommittedFigures(['预期成效指标承诺表\n新增及升级改造专业(方向) 不少于３个 ４个'], program.outcomeFloors);
    expect(table['majors_new_or_upgraded']?.value).toBe(4);
  });
});
