import { CalculatorOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Form, InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Rubric } from '../../../../shared/domain/rubric.ts';
import { recomputePoints } from '../../../../shared/programs/rubric-edits.ts';
import { formatPoints, sumPoints } from '../../../../shared/scoring/decimal.ts';
import { CommitInput } from '../../components/commit-input.tsx';

/** Edits the rubric as a whole: title, declared total, and lists its checks and vetoes. */
export function RubricForm(props: { rubric: Rubric; readOnly: boolean; onChange: (rubric: Rubric, key: string) => void; onAddSection: () => void }) {
  const { t } = useTranslation();
  const { rubric: r, readOnly } = props;
  const sum = sumPoints(r.sections.map((s) => s.points));
  return (
    <Form layout="vertical" disabled={readOnly} data-testid="rubric-form">
      <Form.Item label={t('editor.rubricTitle')}>
        <CommitInput value={r.title} aria-label={t('editor.rubricTitle')} onCommit={(title) => props.onChange({ ...r, title }, `rubric:${r.id}:title`)} />
      </Form.Item>
      <Form.Item label={t('editor.totalPoints')} extra={t('editor.sectionsSum', { sum: formatPoints(sum) })}>
        <Space>
          <InputNumber min={0} value={r.totalPoints} onChange={(v) => v !== null && props.onChange({ ...r, totalPoints: v }, `rubric:${r.id}:total`)} />
          {!readOnly && (
            <Button icon={<CalculatorOutlined />} onClick={() => props.onChange(recomputePoints(r), `rubric:${r.id}:recompute`)}>{t('editor.recompute')}</Button>
          )}
        </Space>
      </Form.Item>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('editor.checks')}>{r.checks.map((c) => c.title).join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('editor.vetoes')}>{r.vetoes.map((v) => v.title).join('、') || '—'}</Descriptions.Item>
      </Descriptions>
      {!readOnly && (
        <Button style={{ marginTop: 16 }} icon={<PlusOutlined />} onClick={props.onAddSection}>{t('editor.addSection')}</Button>
      )}
    </Form>
  );
}
