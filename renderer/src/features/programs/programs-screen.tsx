import { CopyOutlined, DeleteOutlined, DownloadOutlined, EditOutlined, EyeOutlined, ImportOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Result, Space, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramSummary } from '../../../../shared/domain/program-summary.ts';
import { errorText } from '../../api/error-text.ts';
import { pickFile } from '../../api/file-transfer.ts';
import { useErrorToast } from '../../components/use-error-toast.ts';
import { useAppStore } from '../app/app-store.ts';
import { canDelete } from './programs-state.ts';
import { usePrograms } from './programs-store.ts';

/** The program library (评审方案库): built-in templates and the coordinator's own programs. */
export function ProgramsScreen() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const show = useAppStore((s) => s.show);
  const toast = useErrorToast(8);
  const { library } = usePrograms();
  const store = usePrograms.getState();
  useEffect(() => void usePrograms.getState().load(), []);
  if (library.phase === 'failed') return <Result status="error" title={t('app.loadFailed')} subTitle={errorText(library.error, t)} />;
  const programs = library.value;

  const duplicate = (id: string) =>
    store.duplicate(id).then((copy) => {
      void message.success(t('programs.duplicated', { title: copy.program.title }));
      show({ kind: 'program', programId: copy.program.id });
    }, toast);
  const importJson = async () => {
    const file = await pickFile('.json,application/json');
    if (!file) return;
    await store.importJson(file).then((imported) => void message.success(t('programs.imported', { title: imported.program.title })), toast);
  };
  const exportJson = (id: string) => store.exportJson(id).catch(toast);
  const remove = (id: string) => store.remove(id).catch(toast);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('programs.title')}</Typography.Title>
        <Button icon={<ImportOutlined />} onClick={() => void importJson()}>{t('programs.importJson')}</Button>
      </Space>
      <Typography.Paragraph type="secondary">{t('programs.hint')}</Typography.Paragraph>
      <Table<ProgramSummary>
        rowKey="id"
        loading={programs === null}
        dataSource={programs ?? []}
        pagination={false}
        onRow={(record) => ({ 'data-testid': `program-${record.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('programs.name'),
            key: 'title',
            render: (_, p) => (
              <Space direction="vertical" size={0}>
                <Typography.Link onClick={() => show({ kind: 'program', programId: p.id })}>{p.title}</Typography.Link>
                <Typography.Text type="secondary">{[p.issuer, p.documentNumber].filter(Boolean).join(' · ')}</Typography.Text>
              </Space>
            ),
          },
          { title: t('programs.categories'), key: 'categories', render: (_, p) => t('programs.categoryCount', { count: p.categoryCount, label: p.categoryLabel }) },
          { title: t('programs.rubrics'), dataIndex: 'rubricCount', key: 'rubrics' },
          { title: t('programs.version'), key: 'version', render: (_, p) => `v${p.version}` },
          {
            title: t('programs.status'),
            key: 'status',
            render: (_, p) => (
              <Space size={4}>
                {p.builtIn && <Tag color="blue">{t('programs.builtIn')}</Tag>}
                {p.inUse && <Tag color="gold">{t('programs.inUse')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('programs.actions'),
            key: 'actions',
            render: (_, p) => (
              <Space size={4} wrap>
                <Button size="small" icon={p.builtIn ? <EyeOutlined /> : <EditOutlined />} onClick={() => show({ kind: 'program', programId: p.id })}>
                  {p.builtIn ? t('programs.view') : t('programs.edit')}
                </Button>
                <Button size="small" icon={<CopyOutlined />} onClick={() => void duplicate(p.id)}>{t('programs.duplicate')}</Button>
                <Button size="small" icon={<DownloadOutlined />} onClick={() => void exportJson(p.id)}>{t('programs.exportJson')}</Button>
                {!p.builtIn && (
                  <Popconfirm title={t('programs.confirmDelete', { title: p.title })} onConfirm={() => void remove(p.id)}>
                    <Button size="small" danger icon={<DeleteOutlined />} disabled={!canDelete(p)}>{t('programs.delete')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
