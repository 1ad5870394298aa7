import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, InputNumber, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Criterion, LevelBand } from '../../../../shared/domain/rubric.ts';
import { CommitInput } from '../../components/commit-input.tsx';

const defaultLabels = ['优', '良', '中', '差'];

/** The level bands (档次) of a criterion as an editable table. */
export function BandsEditor({ criterion, readOnly, onChange }: { criterion: Criterion; readOnly: boolean; onChange: (bands: LevelBand[], key: string) => void }) {
  const { t } = useTranslation();
  const bands = criterion.bands;
  const set = (index: number, patch: Partial<LevelBand>, field: string) =>
    onChange(bands.map((b, i) => (i === index ? { ...b, ...patch } : b)), `band:${criterion.id}:${index}:${field}`);
  const add = () => {
    const label = defaultLabels[bands.length] ?? `档${bands.length + 1}`;
    onChange([...bands, { label, min: 0, max: 0, description: '' }], `band-add:${criterion.id}`);
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table<LevelBand & { index: number }>
        size="small"
        pagination={false}
        rowKey="index"
        dataSource={bands.map((b, index) => ({ ...b, index }))}
        locale={{ emptyText: t('editor.noBands') }}
        columns={[
          { title: t('editor.bandLabel'), key: 'label', width: 90, render: (_, b) => <CommitInput value={b.label} disabled={readOnly} aria-label={t('editor.bandLabel')} onCommit={(label) => set(b.index, { label }, 'label')} /> },
          {
            title: t('editor.bandRange'),
            key: 'range',
            width: 200,
            render: (_, b) => (
              <Space size={4}>
                <InputNumber size="small" min={0} step={criterion.step} value={b.min} disabled={readOnly} aria-label={t('editor.bandMin')} onChange={(v) => v !== null && set(b.index, { min: v }, 'min')} />
                –
                <InputNumber size="small" min={0} step={criterion.step} value={b.max} disabled={readOnly} aria-label={t('editor.bandMax')} onChange={(v) => v !== null && set(b.index, { max: v }, 'max')} />
              </Space>
            ),
          },
          { title: t('editor.bandDescription'), key: 'description', render: (_, b) => <CommitInput value={b.description} disabled={readOnly} onCommit={(description) => set(b.index, { description }, 'description')} /> },
          {
            title: '',
            key: 'remove',
            width: 40,
            render: (_, b) => (
              <Button size="small" type="text" danger disabled={readOnly} aria-label={t('editor.remove')} icon={<DeleteOutlined />} onClick={() => onChange(bands.filter((_, i) => i !== b.index), `band-remove:${criterion.id}`)} />
            ),
          },
        ]}
      />
      {!readOnly && <Button size="small" icon={<PlusOutlined />} onClick={add}>{t('editor.addBand')}</Button>}
    </Space>
  );
}
