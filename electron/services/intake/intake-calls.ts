import type { ApiHandlers } from '../../../shared/api/contract.ts';
import type { IntakeService } from './intake-service.ts';

/** The intake calls: input in, result out; the flow is intake-service.ts's. */
export function createIntakeCalls(intake: IntakeService): Pick<ApiHandlers, 'intake:scan' | 'intake:progress' | 'intake:cancel' | 'intake:commit' | 'intake:set-received-at' | 'intake:aliases' | 'intake:save-aliases'> {
  return {
    'intake:scan': ({ reviewId, sources }) => intake.startUploads(reviewId, sources),
    'intake:progress': ({ jobId }) => intake.progress(jobId),
    'intake:cancel': ({ jobId }) => intake.cancel(jobId),
    'intake:commit': ({ jobId, edits }) => intake.commit(jobId, edits),
    'intake:set-received-at': ({ reviewId, submissionId, receivedAt }) => intake.setReceivedAt(reviewId, submissionId, receivedAt),
    'intake:aliases': ({ reviewId }) => intake.aliases(reviewId),
    'intake:save-aliases': ({ reviewId, aliases }) => intake.saveAliases(reviewId, aliases),
  };
}
