import { z } from 'zod';
import { idSchema } from '../../domain/id.ts';
import { intakeEditSchema } from '../../intake/intake-preview.ts';
import { intakeCommitSchema, intakeProgressSchema } from '../../intake/intake-progress.ts';
import { call } from '../define-calls.ts';

const job = z.object({ jobId: z.string().max(64) }).strict();
// A file the page uploaded (uploads:begin/append): its place in the drop (webkitRelativePath, or the file name) and File.lastModified.
const uploadedSourceSchema = z.object({ uploadId: z.string().max(64), relativePath: z.string().min(1).max(4096), modifiedAt: z.number().int().nonnegative().optional() }).strict();
const aliasesSchema = z.array(z.object({ alias: z.string().trim().min(1).max(200), fullName: z.string().trim().min(1).max(200) }).strict()).max(2000);

/** The coordinator's intake of the applicants' bundles: scan into a preview, edit, commit in one transaction. */
export const intakeCalls = {
  'intake:scan': call({
    // Uploads only, never file-system paths: a page (compromised, or any caller of the browser host) could otherwise name any file the user can read. The CLI reads paths through the service itself.
    summary: '读取申报材料 (文件夹、压缩包、单个文件、汇总表)：已分段上传的文件 (sources，保留文件夹结构)；后台进行，可取消；用 intake:progress 查询，完成后给出预览',
    input: z.object({ reviewId: idSchema, sources: z.array(uploadedSourceSchema).min(1).max(1000) }).strict(),
    output: intakeProgressSchema,
  }),
  'intake:progress': call({ summary: '导入进度；完成时附预览 (申报、文件、角色及理由、摘要、拒收项、待确认项)', input: job, output: intakeProgressSchema }),
  'intake:cancel': call({ summary: '取消导入：不保存任何内容', input: job, output: intakeProgressSchema }),
  'intake:commit': call({
    summary: '按预览 (及组织方的修改：角色、所属申报、领域) 在一个事务中保存；已有申报的为补正 (新版本，旧文件保留)；记入审计日志',
    input: z.object({ jobId: z.string().max(64), edits: z.array(intakeEditSchema).max(10_000) }).strict(),
    output: intakeCommitSchema,
  }),
  'intake:set-received-at': call({
    summary: '按邮件日期设定一份申报的收到时间 (其当前各文件；标为手工设定)；记入审计日志',
    input: z
      .object({ reviewId: idSchema, submissionId: idSchema, receivedAt: z.iso.datetime({ offset: true, message: '请填写带时区的时间，如 2026-05-25T18:30:00+08:00' }) })
      .strict(),
    output: z.object({ files: z.number().int().nonnegative() }),
  }),
  'intake:aliases': call({ summary: '评审活动的单位别名表 (简称 → 全称)', input: z.object({ reviewId: idSchema }).strict(), output: aliasesSchema }),
  'intake:save-aliases': call({
    summary: '保存单位别名表 (整表替换)；之后的导入按其匹配；记入审计日志',
    input: z.object({ reviewId: idSchema, aliases: aliasesSchema }).strict(),
    output: aliasesSchema,
  }),
} as const;
