import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MergeBoard } from '../../../../shared/domain/merge-view.ts';

const colors: Record<string, string> = { received: 'green', missing: 'red', recused: 'default', conflict: 'volcano', held: 'orange', none: '' };

/** Experts × categories: whose sheet has come (and which version), whose is still out, who recused. */
export function MergeBoardTable({ board, fields }: { board: MergeBoard; fields: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="expertId"
      pagination={false}
      dataSource={[...board]}
      data-testid="merge-board"
      columns={[
        {
          title: t('merge.expert'),
          key: 'expert',
          render: (_, row) => (
            <span style={{ whiteSpace: 'nowrap' }}>
              {row.name}
              {!row.onRoster && <Tag style={{ marginLeft: 4 }}>{t('merge.notOnRoster')}</Tag>}
            </span>
          ),
        },
        ...fields.map((field) => ({
          title: field.name,
          key: field.id,
          render: (_: unknown, row: MergeBoard[number]) => {
            const cell = row.cells.find((c) => c.categoryId === field.id);
            if (!cell) return null;
            const label = t(`merge.state.${cell.state}`, { version: cell.version ?? 0 });
            return cell.state === 'none' ? label : <Tag color={colors[cell.state]} data-testid={`board-${row.expertId}-${field.id}`}>{label}</Tag>;
          },
        })),
      ]}
    />
  );
}
