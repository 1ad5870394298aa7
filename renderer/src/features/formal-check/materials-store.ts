import { create } from 'zustand';
import type { SubmissionDocument } from '../../../../shared/domain/document.ts';
import { call } from '../../api/client.ts';
import { failLoading, finishLoading, idleLoadable, startLoading, type Loadable } from '../../api/loadable.ts';

/** An application's materials as the coordinator reads them: who sent them, and the stored files. */
export interface ApplicationMaterials {
  readonly reviewTitle: string;
  readonly applicant: string;
  readonly documents: readonly SubmissionDocument[];
}

/** The materials screen's store: one application's files, loaded for `<review>/<application>`. */
export interface MaterialsStore {
  readonly materials: Loadable<ApplicationMaterials>;
  load(reviewId: string, submissionId: string): Promise<void>;
}

/** The key a load is made for: a slow answer for another application is dropped. */
export const materialsKey = (reviewId: string, submissionId: string): string => JSON.stringify([reviewId, submissionId]);

/** The materials screen's store. */
export const useMaterials = create<MaterialsStore>()((set) => ({
  materials: idleLoadable(),
  async load(reviewId, submissionId) {
    const key = materialsKey(reviewId, submissionId);
    set({ materials: startLoading(key) });
    try {
      const [review, documents] = await Promise.all([call('reviews:get', { reviewId }), call('submissions:documents', { reviewId, submissionId })]);
      const applicant = review.submissions.find((s) => s.id === submissionId)?.applicant ?? submissionId;
      set((s) => ({ materials: finishLoading(s.materials, key, { reviewTitle: review.title, applicant, documents }) }));
    } catch (error) {
      set((s) => ({ materials: failLoading(s.materials, key, error) }));
    }
  },
}));
