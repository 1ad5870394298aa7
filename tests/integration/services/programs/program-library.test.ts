import { afterEach, describe, expect, it } from 'vitest';
import type { ApiName, ApiOutput } from '../../../../shared/api/contract.ts';
import { dispatchCall } from '../../../../shared/api/dispatch.ts';
import type { ApiResult } from '../../../../shared/api/result.ts';
import { startAppServices, type AppServices } from '../../../../electron/services/app-services.ts';
import { openDatabase } from '../../../../electron/services/db/open-database.ts';
import { insertReview } from '../../../../electron/services/reviews/review-repository.ts';
import { loadProgramTemplates } from '../../../../electron/services/programs/install-templates.ts';
import { useTempDirs } from '../../../support/temp-dir.ts';

const tempDir = useTempDirs();
let services: AppServices | null = null;
afterEach(() => {
  services?.close();
  services = null;
});

async function start(dataDir = tempDir()): Promise<{ dataDir: string; api: <N extends ApiName>(name: N, input: unknown) => Promise<ApiResult<ApiOutput<N>>> }> {
  services = await startAppServices({ dataDir, transport: 'http' });
  const handlers = services.handlers;
  return { dataDir, api: (name, input) => dispatchCall(handlers, name, input) as never };
}

async function value<T>(result: Promise<ApiResult<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`);
  return settled.value;
}

const anhui = 'anhui-2026-high-skill-clusters';

describe('program library', () => {
  it('installs every shipped template once, read-only, and the demo review pins the Anhui template', async () => {
    const { api, dataDir } = await start();
    const list = await value(api('programs:list', {}));
    expect(list.map((p) => p.id).sort()).toEqual(loadProgramTemplates().map((t) => t.id).sort());
    expect(list.every((p) => p.builtIn)).toBe(true);
    expect(list.find((p) => p.id === anhui)?.inUse).toBe(true);
    services?.close();
    const again = await start(dataDir);
    expect(await value(again.api('programs:list', {}))).toHaveLength(list.length);
  });

  it('refuses to change or delete a built-in template', async () => {
    const { api } = await start();
    const { program } = await value(api('programs:get', { programId: anhui }));
    expect(await api('programs:save', { program: { ...program, title: '改' } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await api('programs:delete', { programId: anhui })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('duplicates a template into an editable copy that saves in place while unused', async () => {
    const { api } = await start();
    const copy = await value(api('programs:duplicate', { programId: anhui }));
    expect(copy.summary).toMatchObject({ builtIn: false, inUse: false, version: 1 });
    expect(copy.program.id).not.toBe(anhui);
    const saved = await value(api('programs:save', { program: { ...copy.program, title: '本校评审方案' } }));
    expect(saved.program).toMatchObject({ title: '本校评审方案', version: 1 });
    expect(saved.versions).toEqual([1]);
  });

  it('never changes a version a review uses: the edit becomes the next version', async () => {
    const { api, dataDir } = await start();
    const copy = await value(api('programs:duplicate', { programId: anhui }));
    const db = openDatabase(dataDir);
    insertReview(db, {
      id: 'r1', title: '评审', programTitle: copy.program.title, documentNumber: '', deadline: '2026-05-25', isDemo: false,
      createdAt: '2026-06-01', fields: [], submissions: [], program: { id: copy.program.id, version: 1 },
    });
    db.close();
    const edited = { ...copy.program, title: '修订版' };
    const saved = await value(api('programs:save', { program: edited }));
    expect(saved.program.version).toBe(2);
    expect(saved.versions).toEqual([1, 2]);
    expect((await value(api('programs:get', { programId: copy.program.id, version: 1 }))).program.title).toBe(copy.program.title);
    // A save against the stale version is refused, not silently applied.
    expect(await api('programs:save', { program: edited })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await api('programs:delete', { programId: copy.program.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('imports a program .json all or nothing, with a clear reason when refused', async () => {
    const { api } = await start();
    const before = (await value(api('programs:list', {}))).length;
    const notJson = await api('programs:import-json', { fileName: 'x.json', text: '{oops' });
    expect(notJson).toMatchObject({ ok: false, error: { code: 'invalid_input', message: '方案文件「x.json」不是有效的 JSON 文件' } });
    const wrongFormat = await api('programs:import-json', { fileName: 'sheet.json', text: JSON.stringify({ format: 'pingshen.program/2' }) });
    expect(wrongFormat.ok).toBe(false);
    if (!wrongFormat.ok) expect(wrongFormat.error.message).toContain('pingshen.program/2');
    const { program } = await value(api('programs:get', { programId: anhui }));
    const broken = structuredClone(program);
    broken.rubrics[0]!.sections[0]!.points += 1;
    const sums = await api('programs:import-json', { fileName: 'b.json', text: JSON.stringify(broken) });
    expect(sums.ok).toBe(false);
    if (!sums.ok) expect(sums.error.issues?.some((i) => i.path.startsWith('rubrics.0.sections.0'))).toBe(true);
    expect(await value(api('programs:list', {}))).toHaveLength(before);

    const imported = await value(api('programs:import-json', { fileName: 'ok.json', text: JSON.stringify(program) }));
    expect(imported.program.id).not.toBe(anhui);
    expect(imported.summary).toMatchObject({ builtIn: false, version: 1 });
    expect(imported.issues).toEqual([]);
  });

  it('exports a program as .json that imports back to the same content', async () => {
    const { api } = await start();
    const file = await value(api('programs:export-json', { programId: anhui }));
    expect(file.fileName).toMatch(/\.json$/);
    const imported = await value(api('programs:import-json', { fileName: file.fileName, text: file.text }));
    const original = (await value(api('programs:get', { programId: anhui }))).program;
    // The import is a new program of the library (version 1); its content is the template's.
    expect({ ...imported.program, id: anhui, version: original.version }).toEqual(original);
  });
});

describe('rubric xlsx through the API', () => {
  it('exports a rubric to xlsx and imports it back into an editable copy unchanged', async () => {
    const { api } = await start();
    const copy = await value(api('programs:duplicate', { programId: anhui }));
    const rubricId = copy.program.rubrics[0]!.id;
    const file = await value(api('programs:export-rubric-xlsx', { programId: copy.program.id, rubricId }));
    expect(file.fileName).toMatch(/评分细则\.xlsx$/);
    const imported = await value(api('programs:import-rubric-xlsx', { programId: copy.program.id, rubricId, fileName: file.fileName, base64: file.base64 }));
    expect(imported.program.rubrics[0]).toEqual(copy.program.rubrics[0]);
    expect(imported.issues).toEqual([]);
  });

  it('refuses an xlsx import into a template, and a broken file, changing nothing', async () => {
    const { api } = await start();
    const copy = await value(api('programs:duplicate', { programId: anhui }));
    const rubricId = copy.program.rubrics[0]!.id;
    const file = await value(api('programs:export-rubric-xlsx', { programId: anhui, rubricId }));
    expect(await api('programs:import-rubric-xlsx', { programId: anhui, rubricId, fileName: 'a.xlsx', base64: file.base64 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const junk = await api('programs:import-rubric-xlsx', { programId: copy.program.id, rubricId, fileName: 'a.xlsx', base64: Buffer.from('not a workbook').toString('base64') });
    expect(junk).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await value(api('programs:get', { programId: copy.program.id }))).program).toEqual(copy.program);
  });

  it('names the picked file in every refusal, with no empty slot (issue 9: 「评分细则无法导入：：…」)', async () => {
    const { api } = await start();
    const copy = await value(api('programs:duplicate', { programId: anhui }));
    const rubricId = copy.program.rubrics[0]!.id;
    const junk = await api('programs:import-rubric-xlsx', { programId: copy.program.id, rubricId, fileName: '2026评分细则.xlsx', base64: Buffer.from('not a workbook').toString('base64') });
    expect(junk.ok ? '' : junk.error.message).toBe('评分细则「2026评分细则.xlsx」无法导入：不是 Excel 工作簿 (.xlsx) 文件');
    const json = await api('programs:import-json', { fileName: '方案.json', text: '{"format":"pingshen.program/1"}' });
    const message = json.ok ? '' : json.error.message;
    expect(message).toMatch(/^方案文件「方案\.json」无法导入：/);
    expect(message).not.toMatch(/：：|「」/);
    expect(await api('programs:import-json', { fileName: '方案.json', text: '{' })).toMatchObject({ error: { message: '方案文件「方案.json」不是有效的 JSON 文件' } });
  });
});
