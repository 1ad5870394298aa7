import { describe, expect, it } from 'vitest';
import { exportRubricXlsx } from '../../../../electron/services/programs/export-rubric-xlsx.ts';
import { importRubricXlsx } from '../../../../electron/services/programs/import-rubric-xlsx.ts';
import { loadProgramTemplates } from '../../../../electron/services/programs/install-templates.ts';

// Every rubric of every shipped template, not only the hand-made one of rubric-xlsx.test.ts:
// a committee exports a template to Excel, edits it there and imports it back.
const rubrics = loadProgramTemplates().flatMap((program) => program.rubrics.map((rubric) => ({ program, rubric })));

describe('shipped templates through Excel', () => {
  it('covers the rubrics of the three seed templates', () => {
    const programIds = new Set(rubrics.map(({ program }) => program.id));
    for (const id of ['anhui-2026-high-skill-clusters', 'wanjiang-pilot-zone', 'anqing-vocational-groups']) expect(programIds).toContain(id);
  });

  it.each(rubrics.map(({ program, rubric }) => [`${program.id} / ${rubric.id}`, program, rubric] as const))(
    '%s exports and imports back unchanged, without warnings',
    async (_name, program, rubric) => {
      const result = await importRubricXlsx(await exportRubricXlsx(rubric, { programTitle: program.title }));
      expect(result).toEqual({ ok: true, rubric, warnings: [] });
    },
  );
});
