import type { CliCommand } from '../cli-command.ts';
import { UsageError } from '../cli-command.ts';
import { parseOptionsAndOperands } from '../parse-options.ts';

type Parsed = { program: string; deadline: string | undefined; aliases: string | undefined; json: boolean; paths: string[] };

function parseIntakeArgs(args: string[]): Parsed {
  const { values, operands } = parseOptionsAndOperands(args, {
    program: { type: 'string' },
    deadline: { type: 'string' },
    aliases: { type: 'string' },
    json: { type: 'boolean' },
  });
  const deadline = values.deadline;
  if (deadline !== undefined && (!/^\d{4}-\d{2}-\d{2}$/u.test(deadline) || Number.isNaN(Date.parse(deadline)))) throw new UsageError(`--deadline 应为 YYYY-MM-DD，不是「${deadline}」`);
  if (values.program === undefined || values.program === '') throw new UsageError('缺少 --program <评审方案文件或 id>');
  if (operands.length === 0) throw new UsageError('缺少要导入的申报材料（文件夹、压缩包或文件）');
  return { program: values.program, deadline, aliases: values.aliases, json: values.json === true, paths: operands };
}

/** `pingshen intake --program FILE_OR_ID [--deadline D] [--aliases FILE] PATH… [--json]`: imports into a throw-away profile through the app's own intake and prints what it found. */
export const intakeCommand: CliCommand = {
  name: 'intake',
  summary: '导入申报材料 (文件夹、zip、汇总表) 到临时档案并列出申报、文件、角色、摘要与拒收项：pingshen intake --program <方案> <路径>…',
  usage: [
    '用法: pingshen intake --program <评审方案文件或 id> [--deadline YYYY-MM-DD] [--aliases <别名表>] <路径>... [--json]',
    '',
    '  --program   评审方案：方案 JSON 文件，或内置方案的 id（如 anhui-2026-high-skill-clusters）',
    '  --deadline  申报截止日期（默认取方案的截止日期）',
    '  --aliases   单位别名表：每行「简称,全称」，或 [{ "alias", "fullName" }] 形式的 JSON',
    '  <路径>      任意组合：每个申报单位一个子文件夹的文件夹、zip（可含一层嵌套 zip）、单个文件、汇总表 .xlsx',
    '  导入与应用中的导入是同一段代码，在临时档案中进行，结束后删除。需要组织方确认的歧义以 intake.ambiguous 警告列出，',
    '  并按应用建议的默认值处理；随后按方案的规则运行形式审查，每条规则的结果 (pass / fail / warn) 与理由列在 results 中。',
    '  退出码：0 完成且无不通过，1 任一申报有不通过的规则，2 用法错误。',
    '  --json      以 JSON 输出（格式见 docs/intake.md）：{ applicants: [{ name, category, files: [{ path, role, sha256 }],',
    '              results: [{ rule, result, reason }] }], refused: [{ path, reason }] }',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseIntakeArgs(args);
    // Loaded on use, as the other commands do: `pingshen --version` stays fast.
    const { existsSync, mkdtempSync, readFileSync, rmSync, statSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { basename, join, resolve } = await import('node:path');
    const { openDatabase } = await import('../../services/db/open-database.ts');
    const { BlobStore } = await import('../../services/documents/blob-store.ts');
    const { installProgramTemplates } = await import('../../services/programs/install-templates.ts');
    const { getProgram } = await import('../../services/programs/program-repository.ts');
    const { importProgramJson } = await import('../../services/programs/program-files.ts');
    const { createReview } = await import('../../services/reviews/reviews-service.ts');
    const { createIntakeService } = await import('../../services/intake/intake-service.ts');
    const { intakeFactsOf } = await import('../../services/intake/intake-facts-of-review.ts');
    const { readAliasFile } = await import('../../services/intake/read-alias-file.ts');
    const { intakeReportJson, intakeReportLines } = await import('../../services/intake/intake-report.ts');
    const { runFormalCheck } = await import('../../services/formal-check/formal-check-service.ts');

    for (const path of parsed.paths) if (!existsSync(path)) throw new UsageError(`找不到 ${path}`);
    let aliases: { alias: string; fullName: string }[] = [];
    if (parsed.aliases !== undefined) {
      try {
        aliases = readAliasFile(parsed.aliases);
      } catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error));
      }
    }
    const profileDir = mkdtempSync(join(tmpdir(), 'pingshen-intake-'));
    const db = openDatabase(profileDir);
    try {
      installProgramTemplates(db);
      let programId = parsed.program;
      if (existsSync(parsed.program) && statSync(parsed.program).isFile()) {
        try {
          programId = importProgramJson(db, basename(parsed.program), readFileSync(parsed.program, 'utf8')).id;
        } catch (error) {
          throw new UsageError(`评审方案 ${parsed.program} 无效：${error instanceof Error ? error.message : String(error)}`);
        }
      }
      const found = getProgram(db, programId);
      if (!found) throw new UsageError(`没有评审方案「${parsed.program}」：请给出方案 JSON 文件或内置方案的 id`);
      const { program } = found;
      const review = createReview(db, {
        title: `pingshen intake ${program.title}`.slice(0, 200),
        programId,
        categories: program.categories.map((c) => ({ id: c.id, quota: c.quota })),
        deadline: parsed.deadline ?? program.deadline,
      });
      const intake = createIntakeService({ db, store: new BlobStore(profileDir), dataDir: profileDir });
      if (aliases.length > 0) intake.saveAliases(review.id, aliases);
      const started = intake.start(review.id, parsed.paths.map((p) => resolve(p)));
      const scanned = await intake.settled(started.jobId);
      if (scanned.state !== 'done' || !scanned.preview) throw new Error(scanned.error ?? '导入未完成');
      const outcome = intake.commit(started.jobId, []);
      const facts = intakeFactsOf(db, review.id);
      // The app's own formal check on what was stored: the same rules, from the program, on the same facts.
      const checked = await runFormalCheck(db, review.id, (id) => intakeFactsOf(db, id));
      const results = new Map(checked.applications.map((a) => [a.submissionId, a.results.map((r) => ({ rule: r.rule, result: r.result, reason: r.reason }))]));
      // Which stored submission each preview application became (for the warnings).
      const submissionOf = new Map(outcome.applications.map((a) => [a.key, a.submissionId]));
      const report = intakeReportJson(scanned.preview, facts, submissionOf, results);
      if (parsed.json) io.out(JSON.stringify(report, null, 2));
      else {
        const names = new Map(review.fields.map((f) => [f.id, f.name]));
        for (const line of intakeReportLines(report, (id) => names.get(id) ?? id)) io.out(line);
      }
      return checked.applications.some((a) => a.results.some((r) => r.result === 'fail')) ? 1 : 0;
    } finally {
      db.close();
      rmSync(profileDir, { recursive: true, force: true });
    }
  },
};
