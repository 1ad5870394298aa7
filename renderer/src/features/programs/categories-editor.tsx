import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProgramCategory } from '../../../../shared/domain/program.ts';
import { updateFactItem } from '../../../../shared/programs/program-fact-edits.ts';
import { CommitInput } from '../../components/commit-input.tsx';
import type { FactEditing } from './fact-editing.ts';
import { FactField, FactNumber } from './fact-field.tsx';
import { FactListTable } from './fact-list-table.tsx';

/** The call's categories (领域, 项目类型): group, name, lead institutions, quota and the rubric each is scored with. */
export function CategoriesEditor({ facts }: { facts: FactEditing }) {
  const { t } = useTranslation();
  const p = facts.program;
  const key = (c: ProgramCategory, field: string) => `facts:categories:${c.id}:${field}`;
  const set = (c: ProgramCategory, field: keyof ProgramCategory, patch: Partial<ProgramCategory>) =>
    facts.edit(updateFactItem(p, 'categories', c.id, patch), key(c, field));
  const text = (c: ProgramCategory, field: 'group' | 'name', label: string) => (
    <FactField refusal={facts.refusal(key(c, field))}>
      <CommitInput value={c[field]} aria-label={`${c.name} ${label}`} onCommit={(value) => set(c, field, { [field]: value.trim() })} />
    </FactField>
  );
  return (
    <FactListTable
      facts={facts}
      list="categories"
      minRows={1}
      addLabel={t('facts.add', { what: p.categoryLabel })}
      columns={[
        { key: 'group', title: t('facts.group'), width: 110, render: (c) => text(c, 'group', t('facts.group')) },
        { key: 'name', title: p.categoryLabel, width: 200, render: (c) => text(c, 'name', p.categoryLabel) },
        {
          key: 'leads',
          title: t('review.leads'),
          render: (c) => (
            <FactField refusal={facts.refusal(key(c, 'leadInstitutions'))}>
              <Select
                mode="tags"
                style={{ width: '100%' }}
                value={c.leadInstitutions}
                aria-label={`${c.name} ${t('review.leads')}`}
                tokenSeparators={['、', '，', ',']}
                open={false}
                suffixIcon={null}
                onChange={(leads: string[]) => set(c, 'leadInstitutions', { leadInstitutions: leads.map((l) => l.trim()).filter((l) => l !== '') })}
              />
            </FactField>
          ),
        },
        {
          key: 'quota',
          title: t('facts.quota'),
          width: 110,
          render: (c) => (
            <FactField refusal={facts.refusal(key(c, 'quota'))}>
              <FactNumber width={80} value={c.quota} aria-label={`${c.name} ${t('facts.quota')}`} onChange={(quota) => set(c, 'quota', { quota })} />
            </FactField>
          ),
        },
        {
          key: 'rubric',
          title: t('editor.rubric'),
          width: 180,
          render: (c) => (
            <FactField refusal={facts.refusal(key(c, 'rubricId'))}>
              <Select
                style={{ width: '100%' }}
                value={c.rubricId}
                aria-label={`${c.name} ${t('editor.rubric')}`}
                options={p.rubrics.map((r) => ({ value: r.id, label: r.title }))}
                onChange={(rubricId: string) => set(c, 'rubricId', { rubricId })}
              />
            </FactField>
          ),
        },
      ]}
    />
  );
}
