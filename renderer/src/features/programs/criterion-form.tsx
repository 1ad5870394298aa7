import { DeleteOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommentRule, Criterion } from '../../../../shared/domain/rubric.ts';
import { CommitInput, CommitTextArea } from '../../components/commit-input.tsx';
import { BandsEditor } from './bands-editor.tsx';

/** Edits one criterion (二级指标): title, points, step, guidance, comment rule, keywords, bands. */
export function CriterionForm(props: {
  criterion: Criterion;
  readOnly: boolean;
  canRemove: boolean;
  onChange: (patch: Partial<Omit<Criterion, 'id'>>, key: string) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { criterion: c, readOnly } = props;
  const key = (field: string) => `criterion:${c.id}:${field}`;
  const rule = c.commentRule;
  const setRule = (next: CommentRule) => props.onChange({ commentRule: next }, key('commentRule'));
  return (
    <Form layout="vertical" disabled={readOnly} data-testid="criterion-form">
      <Form.Item label={t('editor.criterionTitle')}>
        <CommitInput value={c.title} aria-label={t('editor.criterionTitle')} data-testid="criterion-title" onCommit={(title) => props.onChange({ title }, key('title'))} />
      </Form.Item>
      <Space size="large" wrap>
        <Form.Item label={t('editor.maxPoints')}>
          <InputNumber min={0} step={c.step} value={c.maxPoints} aria-label={t('editor.maxPoints')} onChange={(v) => v !== null && props.onChange({ maxPoints: v }, key('maxPoints'))} />
        </Form.Item>
        <Form.Item label={t('editor.step')}>
          <Select
            style={{ width: 100 }}
            value={c.step}
            options={[0.1, 0.5, 1, 2].map((v) => ({ value: v, label: String(v) }))}
            onChange={(step: number) => props.onChange({ step }, key('step'))}
          />
        </Form.Item>
        <Form.Item label={t('editor.commentRule')}>
          <Space>
            <Select
              style={{ width: 150 }}
              value={rule.kind}
              options={[
                { value: 'always', label: t('editor.ruleAlways') },
                { value: 'extremes', label: t('editor.ruleExtremes') },
                { value: 'never', label: t('editor.ruleNever') },
              ]}
              onChange={(kind: CommentRule['kind']) => setRule(kind === 'extremes' ? { kind, lowPercent: 60, highPercent: 90 } : { kind })}
            />
            {rule.kind === 'extremes' && (
              <>
                ≤ <InputNumber min={0} max={100} value={rule.lowPercent} addonAfter="%" style={{ width: 100 }} onChange={(v) => v !== null && setRule({ ...rule, lowPercent: v })} />
                ≥ <InputNumber min={0} max={100} value={rule.highPercent} addonAfter="%" style={{ width: 100 }} onChange={(v) => v !== null && setRule({ ...rule, highPercent: v })} />
              </>
            )}
          </Space>
        </Form.Item>
      </Space>
      <Form.Item label={t('editor.guidance')}>
        <CommitTextArea value={c.guidance} aria-label={t('editor.guidance')} onCommit={(guidance) => props.onChange({ guidance }, key('guidance'))} />
      </Form.Item>
      <Form.Item label={t('editor.keywords')} extra={t('editor.keywordsHint')}>
        <Select
          mode="tags"
          value={c.keywords}
          tokenSeparators={[',', '，', '、', ' ']}
          onChange={(keywords: string[]) => props.onChange({ keywords }, key('keywords'))}
        />
      </Form.Item>
      <Form.Item label={t('editor.bands')}>
        <BandsEditor criterion={c} readOnly={readOnly} onChange={(bands, k) => props.onChange({ bands }, k)} />
      </Form.Item>
      {!readOnly && (
        <Button danger icon={<DeleteOutlined />} disabled={!props.canRemove} onClick={props.onRemove}>{t('editor.removeCriterion')}</Button>
      )}
    </Form>
  );
}
