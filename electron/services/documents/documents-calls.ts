import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { requireSubmission } from '../reviews/require-review.ts';
import { listSubmissionDocuments } from './document-repository.ts';
import { createDocumentSearch } from './search-documents.ts';
import type { TextIndex } from './text-index.ts';
import { readViewState, saveViewState } from './view-state-repository.ts';

type DocumentsCalls = Pick<ApiHandlers, 'submissions:documents' | 'documents:search' | 'documents:view-state' | 'documents:save-view-state'>;

/** The documents calls: a submission's documents, keyword search in their texts, the reader's view state. */
export function createDocumentsCalls(db: Database, texts: TextIndex): DocumentsCalls {
  const searchDocuments = createDocumentSearch(db, texts);
  return {
    'submissions:documents': ({ reviewId, submissionId }) => {
      requireSubmission(db, reviewId, submissionId);
      const documents = listSubmissionDocuments(db, reviewId, submissionId);
      // Read ahead: the texts are usually ready by the time the expert focuses a criterion with keywords.
      texts.readAhead(documents.filter((d) => d.mediaType === 'application/pdf').map((d) => d.id));
      return documents;
    },
    'documents:search': (input) => {
      requireSubmission(db, input.reviewId, input.submissionId);
      return searchDocuments(input);
    },
    'documents:view-state': ({ documentId }) => readViewState(db, documentId),
    'documents:save-view-state': ({ documentId, state }) => ({ saved: saveViewState(db, documentId, state) }),
  };
}
