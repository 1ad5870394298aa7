import { Card, Descriptions, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Program } from '../../../../shared/domain/program.ts';

/** The program's facts from the call: categories, materials, applicant types, floors, aggregation. */
export function ProgramFacts({ program }: { program: Program }) {
  const { t } = useTranslation();
  const a = program.aggregation;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Descriptions bordered size="small" column={2}>
        <Descriptions.Item label={t('facts.issuer')}>{program.issuer}</Descriptions.Item>
        <Descriptions.Item label={t('review.documentNumber')}>{program.documentNumber}</Descriptions.Item>
        <Descriptions.Item label={t('review.deadline')}>{program.deadline || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('facts.aggregation')}>
          {t(`facts.rule.${a.rule}`, { trim: a.trimCount, panel: a.trimMinimumPanel })} · {t('facts.minimumPanel', { count: a.minimumPanel })} ·{' '}
          {t('facts.divergence', { range: a.divergence.maxRange, sd: a.divergence.maxStdDev })}
        </Descriptions.Item>
        <Descriptions.Item label={t('facts.provenance')} span={2}>{program.provenance}</Descriptions.Item>
      </Descriptions>
      <Card size="small" title={program.categoryLabel}>
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={program.categories}
          columns={[
            { title: t('facts.group'), dataIndex: 'group', key: 'group' },
            { title: program.categoryLabel, dataIndex: 'name', key: 'name' },
            { title: t('review.leads'), key: 'leads', render: (_, c) => c.leadInstitutions.join('、') },
            { title: t('facts.quota'), dataIndex: 'quota', key: 'quota' },
            { title: t('editor.rubric'), key: 'rubric', render: (_, c) => program.rubrics.find((r) => r.id === c.rubricId)?.title ?? c.rubricId },
          ]}
        />
      </Card>
      <Card size="small" title={t('facts.materials')}>
        {program.requiredMaterials.map((m) => (
          <Tag key={m.id} color={m.required ? 'red' : undefined}>{`${m.title} (${m.formats.join('/')}${m.stampedPdfRequired ? t('facts.stamped') : ''})`}</Tag>
        ))}
      </Card>
      <Card size="small" title={t('facts.floors')}>
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={program.outcomeFloors}
          columns={[
            { title: t('facts.floorLabel'), dataIndex: 'label', key: 'label' },
            { title: t('facts.floorValue'), key: 'value', render: (_, f) => `${f.comparison} ${f.value} ${f.unit}` },
          ]}
        />
      </Card>
    </Space>
  );
}
