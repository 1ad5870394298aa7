import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutcomeFloor } from '../../../../shared/domain/outcome-floor.ts';
import { updateFactItem } from '../../../../shared/programs/program-fact-edits.ts';
import { CommitInput } from '../../components/commit-input.tsx';
import type { FactEditing } from './fact-editing.ts';
import { FactField, FactNumber } from './fact-field.tsx';
import { FactListTable } from './fact-list-table.tsx';

/** The quantitative outcome floors (预期成效底线): id (the key of an application's figure), label, dimension, ≥ value, unit. */
export function FloorsEditor({ facts }: { facts: FactEditing }) {
  const { t } = useTranslation();
  const key = (f: OutcomeFloor, field: string) => `facts:outcomeFloors:${f.id}:${field}`;
  const set = (f: OutcomeFloor, field: keyof OutcomeFloor, patch: Partial<OutcomeFloor>) =>
    facts.edit(updateFactItem(facts.program, 'outcomeFloors', f.id, patch), key(f, field));
  const text = (f: OutcomeFloor, field: 'id' | 'label' | 'dimension' | 'unit', label: string) => (
    <FactField refusal={facts.refusal(key(f, field))}>
      <CommitInput
        value={f[field] ?? ''}
        aria-label={label}
        onCommit={(value) => {
          const trimmed = value.trim();
          // An empty dimension is no dimension: the schema's field is optional, not an empty text.
          set(f, field, field === 'dimension' && trimmed === '' ? { dimension: undefined } : { [field]: trimmed });
        }}
      />
    </FactField>
  );
  return (
    <FactListTable
      facts={facts}
      list="outcomeFloors"
      addLabel={t('facts.add', { what: t('facts.floors') })}
      columns={[
        { key: 'id', title: t('facts.floorId'), width: 200, render: (f) => text(f, 'id', t('facts.floorId')) },
        { key: 'label', title: t('facts.floorLabel'), render: (f) => text(f, 'label', t('facts.floorLabel')) },
        { key: 'dimension', title: t('facts.floorDimension'), width: 130, render: (f) => text(f, 'dimension', t('facts.floorDimension')) },
        {
          key: 'value',
          title: t('facts.floorValue'),
          width: 130,
          render: (f) => (
            <FactField refusal={facts.refusal(key(f, 'value'))}>
              <Space size={4}>≥<FactNumber width={90} value={f.value} aria-label={`${f.label} ${t('facts.floorValue')}`} onChange={(value) => set(f, 'value', { value })} /></Space>
            </FactField>
          ),
        },
        { key: 'unit', title: t('facts.floorUnit'), width: 80, render: (f) => text(f, 'unit', t('facts.floorUnit')) },
      ]}
    />
  );
}
