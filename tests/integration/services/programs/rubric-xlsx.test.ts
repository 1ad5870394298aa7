import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Rubric } from '../../../../shared/domain/rubric.ts';
import { exportRubricXlsx } from '../../../../electron/services/programs/export-rubric-xlsx.ts';
import { importRubricXlsx } from '../../../../electron/services/programs/import-rubric-xlsx.ts';
import { corpusDir } from '../../../support/corpus.ts';
import type { RawCell, RawSheet } from '../../../support/write-raw-xlsx.ts';
import { writeRawXlsx } from '../../../support/write-raw-xlsx.ts';

const corpus = corpusDir();

/** A rubric using every feature the sheet carries: steps 0.5 and 1, described bands, keywords, all comment rules. */
function handMadeRubric(): Rubric {
  const bands = (max: number, cuts: [number, number, number], half: boolean) => {
    const d = half ? 0.5 : 1;
    return [
      { label: '优', min: cuts[2], max, description: '论证充分，特色鲜明；数据翔实' },
      { label: '良', min: cuts[1], max: cuts[2] - d, description: '' },
      { label: '中', min: cuts[0], max: cuts[1] - d, description: '基本符合要求\n个别数据缺少佐证' },
      { label: '差', min: 0, max: cuts[0] - d, description: '' },
    ];
  };
  return {
    id: 'ai-rubric',
    title: '人工智能领域评分细则',
    totalPoints: 100,
    sections: [
      {
        id: 'basis',
        title: '建设基础',
        points: 35,
        criteria: [
          {
            id: 'basis-industry',
            title: '产业对接',
            guidance: '专业群与区域人工智能产业链对接紧密。\n引用申报书第二部分。',
            maxPoints: 20,
            step: 0.5,
            bands: bands(20, [8, 12, 17], true),
            commentRule: { kind: 'extremes', lowPercent: 60, highPercent: 90 },
            keywords: ['产业链', '产教融合'],
          },
          {
            id: 'basis-teachers',
            title: '师资队伍',
            guidance: '双师型教师比例、产业教授。',
            maxPoints: 15,
            step: 1,
            bands: bands(15, [6, 9, 13], false),
            commentRule: { kind: 'always' },
            keywords: [],
          },
        ],
      },
      {
        id: 'plan',
        title: '建设任务',
        points: 45,
        criteria: [
          { id: 'plan-tasks', title: '任务设计', guidance: '', maxPoints: 45, step: 0.5, bands: [], commentRule: { kind: 'never' }, keywords: ['任务书'] },
        ],
      },
      {
        id: 'outcome',
        title: '预期成效',
        points: 20,
        criteria: [
          { id: 'outcome-a', title: '人才培养', guidance: '就业对口率≥80%', maxPoints: 10, step: 1, bands: bands(10, [4, 6, 9], false), commentRule: { kind: 'always' }, keywords: [] },
          { id: 'outcome-b', title: '社会服务', guidance: '年培训≥500人次', maxPoints: 10, step: 0.5, bands: [], commentRule: { kind: 'always' }, keywords: ['培训'] },
        ],
      },
    ],
    checks: [{ id: 'check-materials', title: '申报材料齐全', guidance: '申报书、汇总表均已盖章' }],
    vetoes: [
      { id: 'veto-fraud', title: '弄虚作假', guidance: '材料存在虚假内容' },
      { id: 'veto-multi', title: '多头申报', guidance: '' },
    ],
  };
}

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

describe('rubric xlsx export and import', () => {
  it('round-trips a rubric exactly: ids, points, steps, bands, comment rules, keywords, checks and vetoes', async () => {
    const rubric = handMadeRubric();
    const result = await importRubricXlsx(await exportRubricXlsx(rubric, { programTitle: '2026 年高技能人才集群培养计划' }));
    expect(result).toEqual({ ok: true, rubric, warnings: [] });
    const plain = await importRubricXlsx(await exportRubricXlsx(rubric));
    expect(plain.ok && plain.rubric).toEqual(rubric);
  });

  it('keeps the first of two rows carrying the same hidden 编号 (a copied row) and numbers the other by position in its section', async () => {
    const workbook = await reopen(await exportRubricXlsx(handMadeRubric()));
    const sheet = workbook.getWorksheet('评分细则')!;
    sheet.getCell('K4').value = sheet.getCell('K3').value;
    const result = await importRubricXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(result.ok && result.rubric.sections[0]?.criteria.map((c) => c.id)).toEqual(['basis-industry', 'basis-c2']);
    expect(result.ok && result.warnings).toEqual([{ path: '评分细则!K4', message: '编号「basis-industry」重复，已改为按位置生成' }]);
  });

  it('writes a printable sheet: A4 landscape fit to width, repeated title rows, 宋体, merges, a 合计 formula', async () => {
    const workbook = await reopen(await exportRubricXlsx(handMadeRubric()));
    const sheet = workbook.getWorksheet('评分细则')!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe('1:2');
    expect(sheet.getCell('A1').font).toMatchObject({ name: '宋体', bold: true, size: 16 });
    expect(sheet.getCell('A1').value).toBe('人工智能领域评分细则（满分 100 分）');
    for (const address of ['A2', 'C3', 'E3', 'F4']) expect(sheet.getCell(address).font?.name, address).toBe('宋体');
    expect(sheet.getCell('E3').alignment?.wrapText).toBe(true);
    expect(sheet.getCell('C3').border?.left?.style).toBe('thin');
    const merges = (sheet.model as { merges?: string[] }).merges ?? [];
    expect(merges).toEqual(expect.arrayContaining(['A1:J1', 'A3:A4', 'B3:B4', 'A6:A7', 'B6:B7']));
    expect(sheet.getCell('A4').isMerged && sheet.getCell('A4').master.address).toBe('A3');
    expect(sheet.getCell('A8').value).toBe('合计');
    expect(sheet.getCell('B8').value).toEqual({ formula: 'SUM(B3:B7)', result: 100 });
    expect(sheet.getColumn(11).hidden).toBe(true);
    expect(sheet.getCell('F3').value).toBe('优 17-20；良 12-16.5；中 8-11.5；差 0-7.5');
    const items = workbook.getWorksheet('否决与达标')!;
    expect(items.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect([items.getCell('A3').value, items.getCell('B3').value]).toEqual(['一票否决', '弄虚作假']);
    expect([items.getCell('A5').value, items.getCell('B5').value]).toEqual(['达标', '申报材料齐全']);
  });
});

/** A 评分细则 as a committee types it: title and note above the header, header variants, 一级指标 merged (first section) or filled once (second), bands in mixed separators, a 合计 formula. */
function committeeSheet(change: (rows: RawCell[][]) => void = () => {}): RawSheet {
  const rows: RawCell[][] = [
    ['2026年人工智能领域专业群评审 评分细则（满分 100 分）', null, null, null, null, null],
    ['填表说明：分值按档次给分', null, null, null, null, null],
    ['一级指标名称', '分值', '二级指标', '分数', '评分标准', '等级'],
    ['建设基础', 40, '产业对接', 15, '对接区域产业链', '优 13-15；良 10-12.5；中 6-9.5；差 0-5.5'],
    [null, null, '师资队伍', 15, '双师型教师', '优 １３～１５分，良 １０至１２分，中 ６—９分，差 ０-５分'],
    [null, null, '校企合作', 10, '共建实训基地', '优 9-10\n良 7-8\n中 5-6\n差 0-4'],
    ['预期成效', 60, '人才培养', 30, '就业对口率', '优 25-30;良 18-24;中 10-17;差 0-9'],
    [null, null, '社会服务', '30分', '年培训人次', 'A档 25-30、B档 15-24、C档 0-14'],
    ['合计', { formula: 'SUM(B4:B8)', result: 100 }, null, null, null, null],
  ];
  change(rows);
  return { name: '评分细则', rows, merges: ['A1:F1', 'A2:F2', 'A4:A6', 'B4:B6', 'C9:F9'] };
}

const itemsSheet: RawSheet = {
  name: '否决与达标',
  rows: [
    ['类型', '名称', '说明'],
    ['一票否决', '弄虚作假', '提供虚假材料'],
    ['达标项', '材料齐全', ''],
  ],
};

function expectedCommitteeRubric(): Rubric {
  const band = (label: string, min: number, max: number) => ({ label, min, max, description: '' });
  const criterion = (id: string, title: string, maxPoints: number, guidance: string, step: number, bands: Rubric['sections'][number]['criteria'][number]['bands']) => ({
    id,
    title,
    guidance,
    maxPoints,
    step,
    bands,
    commentRule: { kind: 'always' as const },
    keywords: [],
  });
  return {
    id: 'rubric',
    title: '2026年人工智能领域专业群评审 评分细则',
    totalPoints: 100,
    sections: [
      {
        id: 's1',
        title: '建设基础',
        points: 40,
        criteria: [
          criterion('s1-c1', '产业对接', 15, '对接区域产业链', 0.5, [band('优', 13, 15), band('良', 10, 12.5), band('中', 6, 9.5), band('差', 0, 5.5)]),
          criterion('s1-c2', '师资队伍', 15, '双师型教师', 1, [band('优', 13, 15), band('良', 10, 12), band('中', 6, 9), band('差', 0, 5)]),
          criterion('s1-c3', '校企合作', 10, '共建实训基地', 1, [band('优', 9, 10), band('良', 7, 8), band('中', 5, 6), band('差', 0, 4)]),
        ],
      },
      {
        id: 's2',
        title: '预期成效',
        points: 60,
        criteria: [
          criterion('s2-c1', '人才培养', 30, '就业对口率', 1, [band('优', 25, 30), band('良', 18, 24), band('中', 10, 17), band('差', 0, 9)]),
          criterion('s2-c2', '社会服务', 30, '年培训人次', 1, [band('A档', 25, 30), band('B档', 15, 24), band('C档', 0, 14)]),
        ],
      },
    ],
    checks: [{ id: 'check-1', title: '材料齐全', guidance: '' }],
    vetoes: [{ id: 'veto-1', title: '弄虚作假', guidance: '提供虚假材料' }],
  };
}

describe('importing sheets made by other writers', () => {
  it('reads an Excel-style sheet written part by part: merges, shared strings, header variants, mixed band text', async () => {
    const result = await importRubricXlsx(await writeRawXlsx([committeeSheet(), itemsSheet]));
    expect(result).toEqual({ ok: true, rubric: expectedCommitteeRubric(), warnings: [] });
  });

  it('reads a WPS-style file (x: prefixed parts, ap: docProps) that exceljs alone cannot open', async () => {
    const bytes = await writeRawXlsx([committeeSheet(), itemsSheet], { wps: true });
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer)).rejects.toThrow();
    const result = await importRubricXlsx(bytes, { rubricId: 'ai', title: '人工智能' });
    expect(result).toEqual({ ok: true, rubric: { ...expectedCommitteeRubric(), id: 'ai', title: '人工智能' }, warnings: [] });
  });

  it('reads a two-row header: 一级指标 and 二级指标 merged over 名称 | 分值', async () => {
    const sheet = committeeSheet((rows) => {
      rows.splice(2, 1, ['一级指标', null, '二级指标', null, '评分要点', '评分档次'], ['名称', '分值', '名称', '分值', null, null]);
    });
    const merges = ['A1:F1', 'A2:F2', 'A3:B3', 'C3:D3', 'E3:E4', 'F3:F4', 'A5:A7', 'B5:B7', 'C10:F10'];
    const result = await importRubricXlsx(await writeRawXlsx([{ ...sheet, merges }]));
    expect(result.ok && result.rubric).toEqual({ ...expectedCommitteeRubric(), checks: [], vetoes: [] });
  });

  it('accepts a sloppy sheet: 一级指标 filled on its first row only, no merges, no 合计', async () => {
    const sheet = committeeSheet((rows) => rows.pop());
    const result = await importRubricXlsx(await writeRawXlsx([{ ...sheet, merges: ['A1:F1'] }]));
    expect(result.ok && result.rubric).toEqual({ ...expectedCommitteeRubric(), checks: [], vetoes: [] });
  });
});

async function refusal(rows: (change: RawCell[][]) => void, sheets: RawSheet[] = []) {
  const result = await importRubricXlsx(await writeRawXlsx([committeeSheet(rows), ...sheets]));
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

describe('refusing malformed sheets, naming the cell, in Chinese', () => {
  it('section points that are not the sum of its criteria: the issue names the section row', async () => {
    const issues = await refusal((rows) => (rows[5]![3] = 9));
    expect(issues).toEqual([{ path: '评分细则!B4', message: '一级指标「建设基础」的分值为 40，但其二级指标分值之和为 39' }]);
  });

  it('a total that disagrees with the title and the 合计 row', async () => {
    const issues = await refusal((rows) => {
      rows[6]![1] = 50;
      rows[6]![3] = 20;
      rows[7]![3] = 30;
    });
    expect(issues).toEqual([
      { path: '评分细则!A1', message: '标题中的满分 100 与各一级指标分值之和 90 不符' },
      { path: '评分细则!B9', message: '合计 100 与各一级指标分值之和 90 不符' },
    ]);
  });

  it('a missing 评分要点 column', async () => {
    const issues = await refusal((rows) => rows[2]!.splice(4, 1, '备注'));
    expect(issues).toEqual([{ path: '评分细则!A3:F3', message: '缺少「评分要点」列' }]);
  });

  it('text in a points cell', async () => {
    const issues = await refusal((rows) => (rows[4]![3] = '十分'));
    // One problem, one message: the section's sum is not checked against a number that is not there.
    expect(issues).toEqual([{ path: '评分细则!D5', message: '分值「十分」不是数字' }]);
  });

  it('unreadable bands, an empty criterion title, bands that do not cover the scores', async () => {
    const issues = await refusal((rows) => {
      rows[3]![5] = '很好 / 一般';
      rows[5]![2] = null;
    });
    expect(issues).toEqual([
      { path: '评分细则!F4', message: expect.stringContaining('无法识别评分档次「很好 / 一般」') },
      { path: '评分细则!C6', message: '二级指标名称为空' },
    ]);
    const gaps = await refusal((rows) => (rows[6]![5] = '优 25-30;良 18-23;中 10-17;差 0-9'));
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((issue) => issue.path === '评分细则!F7')).toBe(true);
  });

  it('an unknown item type on the 否决与达标 sheet', async () => {
    const issues = await refusal(() => {}, [{ name: '否决与达标', rows: [['类型', '名称'], ['扣分', '超期']] }]);
    expect(issues).toEqual([{ path: '否决与达标!A2', message: '类型「扣分」无法识别：应为「一票否决」或「达标」' }]);
  });

  it('a sheet over 2000 rows and a file over 10 MB', async () => {
    const long = committeeSheet((rows) => {
      for (let i = 0; i < 2100; i++) rows.push([null, null, null, null, null, '']);
      rows.push(['注：以上']);
    });
    const tooLong = await importRubricXlsx(await writeRawXlsx([long]));
    expect(tooLong.ok || tooLong.issues[0]?.message).toMatch(/超过 2000 行/u);
    const big = await importRubricXlsx(new Uint8Array(11 * 1024 * 1024));
    expect(big.ok || big.issues[0]?.message).toMatch(/^文件过大/u);
  });

  it('a file that is not an xlsx', async () => {
    const result = await importRubricXlsx(new TextEncoder().encode('一级指标,分值\n建设基础,40\n'));
    expect(result).toEqual({ ok: false, issues: [{ path: '', message: '不是 Excel 工作簿 (.xlsx) 文件' }] });
  });

  it.skipIf(corpus === null)('an encrypted workbook (corpus excelize/encryptSHA1.xlsx)', async () => {
    const result = await importRubricXlsx(readFileSync(join(corpus!, 'xlsx', 'excelize', 'encryptSHA1.xlsx')));
    expect(result).toEqual({ ok: false, issues: [{ path: '', message: '文件已加密，请先在 Excel/WPS 中取消密码后再导入' }] });
  });

  it.skipIf(corpus === null)('a workbook with broken XML (corpus exceljs/invalid-xml.xlsx)', async () => {
    const result = await importRubricXlsx(readFileSync(join(corpus!, 'xlsx', 'exceljs', 'invalid-xml.xlsx')));
    expect(result.ok).toBe(false);
    expect(result.ok || result.issues[0]?.message).toMatch(/^无法读取工作簿：.*text data outside of root node/u);
  });

  it.skipIf(corpus === null)('a WPS workbook that is not a rubric (corpus easyexcel/t02.xlsx) gets the header message, not a crash', async () => {
    const result = await importRubricXlsx(readFileSync(join(corpus!, 'xlsx', 'easyexcel', 't02.xlsx')));
    expect(result).toEqual({ ok: false, issues: [{ path: '测试配方1027!A1', message: expect.stringContaining('未找到表头行') }] });
  });
});
