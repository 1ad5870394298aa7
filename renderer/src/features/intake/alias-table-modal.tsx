import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Modal, Space, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { aliasesToSave, type AliasProblem, type AliasRow } from './alias-table-state.ts';
import { useAliasTable } from './alias-table-store.ts';

/** The problem of the rows as typed, in the UI's language. */
function ProblemText({ problem }: { problem: AliasProblem }) {
  const { t } = useTranslation();
  return <span data-testid="aliases-problem">{t(`intake.aliases.problems.${problem.kind}`, problem)}</span>;
}

/**
 * 单位别名: the review's table of short names (安徽职院) and the full names they stand for
 * (安徽职业技术学院), by which the intake matches files, folders and 汇总表 rows to applicants and
 * the roster finds conflicts. Saved whole; the next import matches by it.
 */
export function AliasTableModal({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const table = useAliasTable();
  const { message } = App.useApp();
  if (!table.shown) return null;
  const save = async () => {
    const count = aliasesToSave(table.rows).length;
    if (await table.save(reviewId)) void message.success(t('intake.aliases.saved', { count }));
  };
  const saving = table.phase === 'saving';
  return (
    <Modal
      open
      width={720}
      title={t('intake.aliases.title')}
      okText={t('intake.aliases.save')}
      cancelText={t('intake.cancel')}
      onCancel={table.close}
      onOk={() => void save()}
      okButtonProps={{ loading: saving, disabled: table.phase === 'loading', 'data-testid': 'aliases-save' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('intake.aliases.intro')}</Typography.Paragraph>
      {table.phase === 'loading' ? (
        <Spin />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Table<AliasRow & { index: number }>
            size="small"
            pagination={false}
            rowKey="index"
            dataSource={table.rows.map((row, index) => ({ ...row, index }))}
            locale={{ emptyText: t('intake.aliases.empty') }}
            scroll={{ y: 360 }}
            columns={[
              {
                title: t('intake.aliases.alias'),
                key: 'alias',
                width: '38%',
                render: (_, r) => <Input value={r.alias} maxLength={200} placeholder={t('intake.aliases.aliasPlaceholder')} onChange={(e) => table.change(r.index, { alias: e.target.value })} data-testid={`alias-${String(r.index)}`} disabled={saving} />,
              },
              {
                title: t('intake.aliases.fullName'),
                key: 'fullName',
                render: (_, r) => <Input value={r.fullName} maxLength={200} placeholder={t('intake.aliases.fullNamePlaceholder')} onChange={(e) => table.change(r.index, { fullName: e.target.value })} data-testid={`alias-full-${String(r.index)}`} disabled={saving} />,
              },
              {
                title: '',
                key: 'remove',
                width: 48,
                render: (_, r) => <Button type="text" icon={<DeleteOutlined />} aria-label={t('intake.aliases.remove')} onClick={() => table.remove(r.index)} disabled={saving} />,
              },
            ]}
          />
          <Button icon={<PlusOutlined />} onClick={table.add} disabled={saving} data-testid="aliases-add">{t('intake.aliases.add')}</Button>
          {table.problem && <Alert type="error" showIcon message={<ProblemText problem={table.problem} />} />}
          {table.error !== null && <Alert type="error" showIcon message={errorText(table.error, t)} data-testid="aliases-error" />}
        </Space>
      )}
    </Modal>
  );
}
