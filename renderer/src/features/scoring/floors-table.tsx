import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { checkOutcomeFloors } from '../../../../shared/domain/outcome-floor.ts';
import type { OutcomeFloor } from '../../../../shared/domain/outcome-floor.ts';

/** The applicant's committed figures against the program's outcome floors; 未达标 in red. */
export function FloorsTable({ floors, figures }: { floors: readonly OutcomeFloor[]; figures: Readonly<Record<string, number>> }) {
  const { t } = useTranslation();
  const rows = checkOutcomeFloors(floors, figures);
  if (rows.length === 0) return null;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(r) => r.floor.id}
      dataSource={rows}
      data-testid="floors-table"
      columns={[
        { title: t('facts.floorLabel'), key: 'label', render: (_, r) => r.floor.label },
        { title: t('facts.floorValue'), key: 'floor', width: 90, render: (_, r) => `${r.floor.comparison} ${r.floor.value}${r.floor.unit}` },
        { title: t('workspace.committed'), key: 'actual', width: 70, render: (_, r) => (r.actual === null ? '—' : `${r.actual}${r.floor.unit}`) },
        {
          title: '',
          key: 'met',
          width: 64,
          render: (_, r) => <Typography.Text type={r.met ? 'success' : 'danger'} strong={!r.met}>{r.met ? t('workspace.met') : t('workspace.notMet')}</Typography.Text>,
        },
      ]}
    />
  );
}
