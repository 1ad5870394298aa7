import { Col, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Aggregation } from '../../../../shared/domain/program.ts';
import { updateAggregation, type AggregationPatch } from '../../../../shared/programs/program-fact-edits.ts';
import type { FactEditing } from './fact-editing.ts';
import { FactField, FactNumber } from './fact-field.tsx';
import { TieBreakEditor } from './tie-break-editor.tsx';

const rules = ['mean', 'trimmed-mean', 'median'] as const;

/** How the experts' totals become one score: rule, trim, minimum panel, divergence flags, tie-break order. */
export function AggregationForm({ facts }: { facts: FactEditing }) {
  const { t } = useTranslation();
  const a = facts.program.aggregation;
  const edit = (field: keyof AggregationPatch, patch: AggregationPatch) => facts.edit(updateAggregation(facts.program, patch), `facts:aggregation:${field}`);
  const number = (field: 'trimCount' | 'trimMinimumPanel' | 'minimumPanel' | 'maxRange' | 'maxStdDev', value: number, hint?: string) => (
    <FactField label={t(`facts.${field}`)} hint={hint} refusal={facts.refusal(`facts:aggregation:${field}`)} testId={`fact-aggregation-${field}`}>
      <FactNumber value={value} aria-label={t(`facts.${field}`)} onChange={(v) => edit(field, { [field]: v })} />
    </FactField>
  );
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <FactField label={t('facts.ruleLabel')} refusal={facts.refusal('facts:aggregation:rule')}>
            <Select
              value={a.rule}
              aria-label={t('facts.ruleLabel')}
              options={rules.map((rule) => ({ value: rule, label: t(`facts.rule.${rule}`) }))}
              onChange={(rule: Aggregation['rule']) => edit('rule', { rule })}
            />
          </FactField>
        </Col>
        {a.rule === 'trimmed-mean' && (
          <>
            <Col xs={12} md={8}>{number('trimCount', a.trimCount)}</Col>
            <Col xs={12} md={8}>{number('trimMinimumPanel', a.trimMinimumPanel, t('facts.trimMinimumPanelHint'))}</Col>
          </>
        )}
      </Row>
      <Row gutter={16}>
        <Col xs={12} md={8}>{number('minimumPanel', a.minimumPanel, t('facts.minimumPanelHint'))}</Col>
        <Col xs={12} md={8}>{number('maxRange', a.divergence.maxRange)}</Col>
        <Col xs={12} md={8}>{number('maxStdDev', a.divergence.maxStdDev)}</Col>
      </Row>
      <FactField label={t('facts.tieBreak')} refusal={facts.refusal('facts:aggregation:tieBreak')}>
        <TieBreakEditor facts={facts} />
      </FactField>
    </>
  );
}
