import { useEffect, useState } from 'react';
import type { DocumentSearch } from '../../../../../shared/domain/document-search.ts';
import { isSearchPending } from '../../../../../shared/search/keyword-search.ts';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client.ts';
import { errorText } from '../../../api/error-text.ts';

/** How often to ask again while some document's text is still being read. */
const pollMs = 400;

/** A keyword search over a submission's documents, or why it failed. */
export interface KeywordSearchState {
  readonly search: DocumentSearch | null;
  readonly error: string | null;
}

/**
 * Searches every PDF of the submission for `keywords` (documents:search). The services read each
 * document's text once, in a worker thread; while some are still being read the answer lists them
 * as pending and this asks again, so the hit list fills in. Starts over when the keywords change.
 */
export function useKeywordSearch(reviewId: string, submissionId: string, keywords: readonly string[]): KeywordSearchState {
  const { t } = useTranslation();
  const [state, setState] = useState<KeywordSearchState>({ search: null, error: null });
  const key = keywords.join('\u0000');
  useEffect(() => {
    // Within what documents:search accepts; a rubric's keywords are short and few.
    const words = (key.length > 0 ? key.split('\u0000') : []).filter((word) => word.length <= 60).slice(0, 40);
    setState({ search: null, error: null });
    if (words.length === 0) return undefined;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      call('documents:search', { reviewId, submissionId, keywords: words }).then(
        (search) => {
          if (cancelled) return;
          setState({ search, error: null });
          if (isSearchPending(search)) timer = setTimeout(ask, pollMs);
        },
        (error: unknown) => !cancelled && setState({ search: null, error: errorText(error, t) }),
      );
    };
    ask();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [reviewId, submissionId, key, t]);
  return state;
}
