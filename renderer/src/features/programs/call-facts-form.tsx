import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { CommitInput, CommitTextArea } from '../../components/commit-input.tsx';
import type { FactEditing } from './fact-editing.ts';
import { FactField } from './fact-field.tsx';

/** The call's own facts: issuer, 文号, deadline, what it calls its categories, and where the content comes from. */
export function CallFactsForm({ facts }: { facts: FactEditing }) {
  const { t } = useTranslation();
  const p = facts.program;
  const text = (field: 'issuer' | 'documentNumber' | 'deadline' | 'categoryLabel', label: string, hint?: string) => (
    <FactField label={label} hint={hint} refusal={facts.refusal(`facts:${field}`)} testId={`fact-${field}`}>
      <CommitInput value={p[field]} aria-label={label} onCommit={(value) => facts.edit({ ...p, [field]: value.trim() }, `facts:${field}`)} />
    </FactField>
  );
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>{text('issuer', t('facts.issuer'))}</Col>
        <Col xs={24} md={12}>{text('documentNumber', t('review.documentNumber'))}</Col>
        <Col xs={24} md={12}>{text('deadline', t('review.deadline'), t('facts.deadlineHint'))}</Col>
        <Col xs={24} md={12}>{text('categoryLabel', t('facts.categoryLabel'), t('facts.categoryLabelHint'))}</Col>
      </Row>
      <FactField label={t('facts.provenance')} refusal={facts.refusal('facts:provenance')}>
        <CommitTextArea value={p.provenance} aria-label={t('facts.provenance')} autoSize={{ minRows: 2, maxRows: 10 }} onCommit={(provenance) => facts.edit({ ...p, provenance }, 'facts:provenance')} />
      </FactField>
    </>
  );
}
