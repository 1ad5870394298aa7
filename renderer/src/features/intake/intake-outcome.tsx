import { Button, List, Result, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IntakeCommitOutcome } from './intake-state.ts';

/** What the commit stored: each application (new or 补正) with its files added and replaced; next, the 形式审查. */
export function IntakeOutcome({ outcome, categoryName, onBack, onMore, onCheck }: { outcome: IntakeCommitOutcome; categoryName: (id: string) => string; onBack: () => void; onMore: () => void; onCheck: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      title={t('intake.committedTitle', { count: outcome.applications.length })}
      subTitle={outcome.filesLeftOut > 0 ? t('intake.leftOut', { count: outcome.filesLeftOut }) : undefined}
      extra={[
        <Button type="primary" key="check" onClick={onCheck} data-testid="intake-to-formal-check">{t('formalCheck.open')}</Button>,
        <Button key="back" onClick={onBack} data-testid="intake-back-to-review">{t('intake.backToReview')}</Button>,
        <Button key="more" onClick={onMore}>{t('intake.importMore')}</Button>,
      ]}
    >
      <List
        size="small"
        data-testid="intake-outcome"
        dataSource={outcome.applications}
        renderItem={(a) => (
          <List.Item>
            <List.Item.Meta
              title={<>{a.applicant} <Tag>{categoryName(a.categoryId)}</Tag>{a.supplement && <Tag color="orange">{t('intake.supplement')}</Tag>}</>}
              description={t('intake.committedDetail', { added: a.added, replaced: a.replaced })}
            />
          </List.Item>
        )}
      />
    </Result>
  );
}
