import { CalculatorOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RubricSection } from '../../../../shared/domain/rubric.ts';
import { formatPoints, sumPoints } from '../../../../shared/scoring/decimal.ts';
import { CommitInput } from '../../components/commit-input.tsx';

/** Edits one section (一级指标): title and points, with the sum of its criteria beside it. */
export function SectionForm(props: {
  section: RubricSection;
  readOnly: boolean;
  canRemove: boolean;
  onChange: (patch: Partial<Pick<RubricSection, 'title' | 'points'>>, key: string) => void;
  onAddCriterion: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { section: s, readOnly } = props;
  const sum = sumPoints(s.criteria.map((c) => c.maxPoints));
  return (
    <Form layout="vertical" disabled={readOnly} data-testid="section-form">
      <Form.Item label={t('editor.sectionTitle')}>
        <CommitInput value={s.title} aria-label={t('editor.sectionTitle')} data-testid="section-title" onCommit={(title) => props.onChange({ title }, `section:${s.id}:title`)} />
      </Form.Item>
      <Form.Item label={t('editor.sectionPoints')} extra={t('editor.criteriaSum', { sum: formatPoints(sum) })}>
        <Space>
          <InputNumber min={0} value={s.points} onChange={(v) => v !== null && props.onChange({ points: v }, `section:${s.id}:points`)} />
          {sum !== s.points && !readOnly && (
            <Button icon={<CalculatorOutlined />} onClick={() => props.onChange({ points: sum }, `section:${s.id}:points`)}>{t('editor.useSum')}</Button>
          )}
        </Space>
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('editor.criteriaCount', { count: s.criteria.length })}</Typography.Paragraph>
      {!readOnly && (
        <Space>
          <Button icon={<PlusOutlined />} onClick={props.onAddCriterion}>{t('editor.addCriterion')}</Button>
          <Button danger icon={<DeleteOutlined />} disabled={!props.canRemove} onClick={props.onRemove}>{t('editor.removeSection')}</Button>
        </Space>
      )}
    </Form>
  );
}
