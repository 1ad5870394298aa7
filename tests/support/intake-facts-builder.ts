// Hand-built intake facts for the formal check's tests: an application as the intake would describe
// a complete, on-time, consistent one; each test changes the one fact its rule looks at.
import type { IntakeApplicationFacts, IntakeFileFacts, SummaryRowFacts } from '../../shared/intake/intake-facts.ts';

/** The 申报书's cover and 预期成效 table as pdf.js reads the demo's (附件 2). */
export function applicationPageTexts(input: { applicant: string; category: string; partners: readonly string[]; employment?: string }): string[] {
  return [
    `附件 2\n安徽省职业教育高技能人才集群培养计划\n申 报 书\n申报领域： ${input.category}\n项目名称： 人工智能现场工程\n师集群培养项目\n牵头单位： ${input.applicant}（盖章）\n合作单位： ${input.partners.join('、')}\n集群牵头： 安徽职业技术大学\n申报日期： 2026年5月18日\n安徽省教育厅制`,
    '目 录\n一、基本信息 ........ 3',
    '一、基本信息\n毕业生就业对口率 稳步提升 90%',
    `七、预期成效指标承诺表\n序号 维度 指标 方案要求 本项目承诺\n1 专业适配 新增及升级改造专业（方向） ≥ 3 个 4 个\n2 资源转化 落地转化产业优质资源 ≥ 10 项 14 项\n3 资源转化 新形态教材及配套数字教学资源 ≥ 8 套 10 套\n4 人才培养 毕业生就业对口率 ≥ 80% ${input.employment ?? '86%'}\n5 人才培养 现代学徒制培养覆盖比例 ≥ 30% 35%\n6 人才培养 校企互聘产业教授 ≥ 3 人 5 人\n7 人才培养 校企互聘科技副总 ≥ 3 人 4 人\n8 平台建设 实习实训基地、虚拟仿真实训基地、技\n术创新中心（每类） ≥ 1 个 1 个\n9 平台建设 年服务企业技术改造、工艺改进、产品\n升级 ≥ 3 项 6 项\n10 平台建设 年开展企业员工培训 ≥ 500 人次 1200 人次\n11 机制转化 可复制可推广制度化成果 ≥ 3 项 4 项\n第 6 页 共 7 页`,
  ];
}

/** The committed figures matching applicationPageTexts. */
export const goodFigures: Readonly<Record<string, number>> = {
  majors_new_or_upgraded: 4,
  resources_transferred: 14,
  textbook_sets: 10,
  employment_match_pct: 86,
  apprenticeship_coverage_pct: 35,
  industry_professors: 5,
  tech_vice_presidents: 4,
  bases_each_type: 1,
  services_per_year: 6,
  trainees_per_year: 1200,
  institutional_results: 4,
};

/** A file of an application: readable, received on 2026-05-20 (Beijing time), by its file time. */
export function fileFacts(id: string, role: IntakeFileFacts['role'], overrides: Partial<IntakeFileFacts> = {}): IntakeFileFacts {
  const kind = role === 'summary' ? 'xlsx' : 'pdf';
  return {
    documentId: id.padEnd(64, '0').slice(0, 64),
    sourcePath: `${id}.${kind}`,
    fileName: `${id}.${kind}`,
    role,
    sha256: id.padEnd(64, '0').slice(0, 64),
    size: 1000,
    kind,
    readability: 'ok',
    receivedAt: '2026-05-20T10:00:00+08:00',
    receivedAtSource: 'file-time',
    pageCount: kind === 'pdf' ? 4 : null,
    imageOnlyPages: role === 'stamped' || role === 'summary-stamped' ? 4 : 0,
    redSeal: role === 'stamped' || role === 'summary-stamped' ? true : null,
    pageTexts: [],
    ...overrides,
  };
}

/** One complete application in the 人工智能 field, led by `applicant` with `partners`. */
export function applicationFacts(
  submissionId: string,
  applicant: string,
  options: { partners?: readonly string[]; categoryId?: string; categoryName?: string; figures?: Record<string, number>; row?: Partial<SummaryRowFacts>; files?: IntakeFileFacts[]; applicantType?: string } = {},
): IntakeApplicationFacts {
  const partners = options.partners ?? ['某智能科技有限公司'];
  const categoryName = options.categoryName ?? '人工智能';
  const files = options.files ?? [
    fileFacts(`${submissionId}-form`, 'application', { pageTexts: applicationPageTexts({ applicant, category: categoryName, partners }) }),
    fileFacts(`${submissionId}-form-stamped`, 'stamped'),
    fileFacts(`${submissionId}-summary`, 'summary'),
    fileFacts(`${submissionId}-summary-stamped`, 'summary-stamped'),
    fileFacts(`${submissionId}-evidence`, 'evidence'),
  ];
  const summary = files.find((f) => f.role === 'summary');
  return {
    submissionId,
    categoryId: options.categoryId ?? 'ai',
    applicant,
    partners,
    applicantType: options.applicantType ?? 'high-level-college',
    files,
    summaryRows: [
      {
        documentId: summary?.documentId ?? 'f'.repeat(64),
        sheetName: 'Sheet1',
        rowNumber: 4,
        applicant,
        category: categoryName,
        applicantType: '省高水平高职学校建设单位',
        partners,
        contact: '张老师',
        phone: '0551-00000000',
        figures: options.figures ?? { ...goodFigures },
        unmapped: {},
        ...options.row,
      },
    ],
  };
}
