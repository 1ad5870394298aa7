// The 申报书 reader of the formal check (summary.mismatch) on real PDFs: the demo's six 申报书,
// typeset by our writer, read back by pdf.js as the text index reads them; the cover and every
// committed figure of the 预期成效 table must come out as the demo review says.
import { describe, expect, it } from 'vitest';
import { loadDemoReview, loadOutcomeFloors } from '../../../../electron/services/demo/load-demo-review.ts';
import { renderDemoFiles } from '../../../../electron/services/demo/write-demo-files.ts';
import { extractPageTexts } from '../../../../electron/services/pdf-read/extract-page-texts.ts';
import { readApplicationCover, readCommittedFigures } from '../../../../shared/formal-check/read-application-form.ts';

describe('reading a 申报书 for the formal check', () => {
  it('reads the cover and the 预期成效 table of each demo 申报书 as the demo review has them', async () => {
    const demo = loadDemoReview();
    const floors = loadOutcomeFloors();
    const forms = (await renderDemoFiles()).filter((f) => f.role === 'application');
    expect(forms).toHaveLength(demo.review.submissions.length);
    for (const form of forms) {
      const submission = demo.review.submissions.find((s) => s.id === form.submissionId)!;
      const field = demo.review.fields.find((f) => f.id === submission.fieldId)!;
      const figures = demo.applications.find((a) => a.submissionId === submission.id)!.figures;
      const texts = await extractPageTexts(new Uint8Array(form.data));
      const cover = readApplicationCover(texts);
      expect(cover, submission.id).toMatchObject({ page: 1, applicant: submission.applicant, category: field.name, partners: submission.partners, title: submission.title });
      const table = readCommittedFigures(texts, floors);
      const read = Object.fromEntries(Object.entries(table).map(([id, f]) => [id, f.value]));
      expect(read, submission.id).toEqual(Object.fromEntries(floors.filter((f) => figures[f.id] !== undefined).map((f) => [f.id, figures[f.id]])));
    }
  }, 120_000);
});
