import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { concludeApplication, exportFormalCheckXlsx, formalCheckViewOf, overrideResult, runFormalCheck, type FormalCheckFactsSource } from './formal-check-service.ts';

/** What the formal-check calls need: the profile's database and where the intake's facts of a review come from. */
export interface FormalCheckCallsOptions {
  readonly db: Database;
  /** The intake's facts (intakeFactsOf at merge); the check never reads the intake's tables itself. */
  readonly factsOf: FormalCheckFactsSource;
}

/** The formal-check calls: input in, result out; the flow is formal-check-service.ts's. */
export function createFormalCheckCalls({ db, factsOf }: FormalCheckCallsOptions): Pick<ApiHandlers, 'formal-check:run' | 'formal-check:get' | 'formal-check:override' | 'formal-check:conclude' | 'formal-check:export-xlsx'> {
  return {
    'formal-check:run': ({ reviewId }) => runFormalCheck(db, reviewId, factsOf),
    'formal-check:get': ({ reviewId }) => formalCheckViewOf(db, reviewId),
    'formal-check:override': (input) => overrideResult(db, input),
    'formal-check:conclude': (input) => concludeApplication(db, input),
    'formal-check:export-xlsx': async ({ reviewId }) => {
      const { fileName, bytes } = await exportFormalCheckXlsx(db, reviewId);
      return { fileName, base64: Buffer.from(bytes).toString('base64') };
    },
  };
}

/** The intake's facts of a review from the profile's database: what intakeFactsOf(db, reviewId) is. */
export type IntakeFactsOf = (db: Database, reviewId: string) => ReturnType<FormalCheckFactsSource>;

