import { Card, Form, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AggregationForm } from './aggregation-form.tsx';
import { ApplicantTypesEditor } from './applicant-types-editor.tsx';
import { CallFactsForm } from './call-facts-form.tsx';
import { CategoriesEditor } from './categories-editor.tsx';
import type { FactEditing } from './fact-editing.ts';
import { FloorsEditor } from './floors-editor.tsx';
import { MaterialsEditor } from './materials-editor.tsx';

/** 方案信息: the program's facts from the call, as forms (disabled for a built-in template). */
export function ProgramFacts({ facts }: { facts: FactEditing }) {
  const { t } = useTranslation();
  const p = facts.program;
  return (
    // Vertical labels stay on one line at any width (a bordered Descriptions squeezed them to one character per line).
    <Form layout="vertical" disabled={facts.readOnly} data-testid="program-facts">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Card size="small" title={t('facts.basics')}>
          <CallFactsForm facts={facts} />
        </Card>
        <Card size="small" title={p.categoryLabel} extra={<Typography.Text type="secondary">{t('facts.quotaHint')}</Typography.Text>}>
          <CategoriesEditor facts={facts} />
        </Card>
        <Card size="small" title={t('facts.materials')}>
          <MaterialsEditor facts={facts} />
        </Card>
        <Card size="small" title={t('facts.applicantTypes')}>
          <ApplicantTypesEditor facts={facts} />
        </Card>
        <Card size="small" title={t('facts.floors')}>
          <FloorsEditor facts={facts} />
        </Card>
        <Card size="small" title={t('facts.aggregation')}>
          <AggregationForm facts={facts} />
        </Card>
      </Space>
    </Form>
  );
}
