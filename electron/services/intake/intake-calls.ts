import { ApiFailure } from '../../../shared/api/result.ts';
import type { ApiHandlers } from '../../../shared/api/contract.ts';
import type { IntakeService } from './intake-service.ts';

/** The intake calls: input in, result out; the flow is intake-service.ts's. */
export function createIntakeCalls(intake: IntakeService): Pick<ApiHandlers, 'intake:scan' | 'intake:progress' | 'intake:cancel' | 'intake:commit' | 'intake:set-received-at' | 'intake:aliases' | 'intake:save-aliases'> {
  return {
    'intake:scan': ({ reviewId, paths, sources }) => {
      // One or the other: paths (the CLI, a desktop drop) or the page's uploads.
      if ((paths === undefined) === (sources === undefined)) throw new ApiFailure('invalid_input', '请给出要导入的文件路径或已上传的文件（二者之一）');
      return paths ? intake.start(reviewId, paths) : intake.startUploads(reviewId, sources ?? []);
    },
    'intake:progress': ({ jobId }) => intake.progress(jobId),
    'intake:cancel': ({ jobId }) => intake.cancel(jobId),
    'intake:commit': ({ jobId, edits }) => intake.commit(jobId, edits),
    'intake:set-received-at': ({ reviewId, submissionId, receivedAt }) => intake.setReceivedAt(reviewId, submissionId, receivedAt),
    'intake:aliases': ({ reviewId }) => intake.aliases(reviewId),
    'intake:save-aliases': ({ reviewId, aliases }) => intake.saveAliases(reviewId, aliases),
  };
}
