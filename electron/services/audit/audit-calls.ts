import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { nodeCrypto } from '../crypto/node-crypto.ts';
import { auditPage, exportAuditLog, verifyAuditChain } from './audit-service.ts';

/** The audit calls: input in, result out; the flow is audit-service.ts's. */
export function createAuditCalls(db: Database): Pick<ApiHandlers, 'audit:list' | 'audit:verify' | 'audit:export'> {
  return {
    'audit:list': (query) => auditPage(db, query),
    'audit:verify': () => verifyAuditChain(db, nodeCrypto),
    'audit:export': async ({ format }) => {
      const { fileName, bytes, rows, lastHash } = await exportAuditLog(db, format);
      return { fileName, base64: Buffer.from(bytes).toString('base64'), rows, lastHash };
    },
  };
}
