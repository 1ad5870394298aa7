import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { exportAuditLog } from './audit-service.ts';

/** The audit calls: input in, result out; the flow is audit-service.ts's. */
export function createAuditCalls(db: Database): Pick<ApiHandlers, 'audit:export'> {
  return {
    'audit:export': async ({ format }) => {
      const { fileName, bytes, rows, lastHash } = await exportAuditLog(db, format);
      return { fileName, base64: Buffer.from(bytes).toString('base64'), rows, lastHash };
    },
  };
}
