import { Checkbox, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequiredMaterial } from '../../../../shared/domain/program.ts';
import { updateFactItem } from '../../../../shared/programs/program-fact-edits.ts';
import { CommitInput } from '../../components/commit-input.tsx';
import type { FactEditing } from './fact-editing.ts';
import { FactField } from './fact-field.tsx';
import { FactListTable } from './fact-list-table.tsx';

const roles = ['application', 'summary', 'evidence', 'other'] as const;
const formats = ['pdf', 'xlsx', 'docx', 'zip'] as const;

/** The documents every application must include: title, kind, accepted formats, stamped scan, required. */
export function MaterialsEditor({ facts }: { facts: FactEditing }) {
  const { t } = useTranslation();
  const key = (m: RequiredMaterial, field: string) => `facts:requiredMaterials:${m.id}:${field}`;
  const set = (m: RequiredMaterial, field: keyof RequiredMaterial, patch: Partial<RequiredMaterial>) =>
    facts.edit(updateFactItem(facts.program, 'requiredMaterials', m.id, patch), key(m, field));
  return (
    <FactListTable
      facts={facts}
      list="requiredMaterials"
      addLabel={t('facts.add', { what: t('facts.materials') })}
      columns={[
        {
          key: 'title',
          title: t('facts.materialTitle'),
          render: (m) => (
            <FactField refusal={facts.refusal(key(m, 'title'))}>
              <CommitInput value={m.title} aria-label={t('facts.materialTitle')} onCommit={(title) => set(m, 'title', { title: title.trim() })} />
            </FactField>
          ),
        },
        {
          key: 'role',
          title: t('facts.materialRole'),
          width: 120,
          render: (m) => (
            <Select
              style={{ width: '100%' }}
              value={m.role}
              aria-label={`${m.title} ${t('facts.materialRole')}`}
              options={roles.map((role) => ({ value: role, label: t(`facts.role.${role}`) }))}
              onChange={(role: RequiredMaterial['role']) => set(m, 'role', { role })}
            />
          ),
        },
        {
          key: 'formats',
          title: t('facts.formats'),
          width: 200,
          render: (m) => (
            <FactField refusal={facts.refusal(key(m, 'formats'))}>
              <Select
                mode="multiple"
                style={{ width: '100%' }}
                value={m.formats}
                aria-label={`${m.title} ${t('facts.formats')}`}
                options={formats.map((f) => ({ value: f, label: f }))}
                onChange={(next: RequiredMaterial['formats']) => set(m, 'formats', { formats: next })}
              />
            </FactField>
          ),
        },
        {
          key: 'stamped',
          title: t('facts.stamped'),
          width: 110,
          render: (m) => <Checkbox checked={m.stampedPdfRequired} aria-label={`${m.title} ${t('facts.stamped')}`} onChange={(e) => set(m, 'stampedPdfRequired', { stampedPdfRequired: e.target.checked })} />,
        },
        {
          key: 'required',
          title: t('facts.required'),
          width: 70,
          render: (m) => <Checkbox checked={m.required} aria-label={`${m.title} ${t('facts.required')}`} onChange={(e) => set(m, 'required', { required: e.target.checked })} />,
        },
      ]}
    />
  );
}
