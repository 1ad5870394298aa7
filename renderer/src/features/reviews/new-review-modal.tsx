import { Alert, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { useNewReview } from './new-review-store.ts';

/** 新建评审: a title, a program from the library (its version pinned), the categories with quotas, the deadline, the organisation that runs it. */
export function NewReviewModal({ onCreated }: { onCreated: (reviewId: string, title: string) => void }) {
  const { t } = useTranslation();
  const s = useNewReview();
  const { draft } = s;
  const create = async () => {
    const review = await s.create();
    if (review) onCreated(review.id, review.title);
  };
  return (
    <Modal
      open={s.open}
      width={720}
      title={t('newReview.title')}
      okText={t('newReview.create')}
      cancelText={t('newReview.cancel')}
      confirmLoading={s.busy}
      onOk={() => void create()}
      onCancel={s.close}
      okButtonProps={{ 'data-testid': 'new-review-create' }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('newReview.name')} required>
          <Input value={draft.title} maxLength={200} placeholder={t('newReview.namePlaceholder')} onChange={(e) => s.setTitle(e.target.value)} data-testid="new-review-title" autoFocus />
        </Form.Item>
        <Form.Item label={t('newReview.program')} required extra={draft.programVersion !== null && t('newReview.programHint', { version: draft.programVersion })}>
          <Select
            value={draft.programId}
            placeholder={t('newReview.programPlaceholder')}
            onChange={(id: string) => void s.chooseProgram(id)}
            options={s.programs.map((p) => ({ value: p.id, label: `${p.title}${p.documentNumber ? `（${p.documentNumber}）` : ''}` }))}
            data-testid="new-review-program"
          />
        </Form.Item>
        {draft.categories.length > 0 && (
          <Form.Item label={t('newReview.categories')} extra={t('newReview.quotaHint')}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={[...draft.categories]}
              columns={[
                {
                  key: 'selected',
                  width: 48,
                  render: (_, c) => <Checkbox checked={c.selected} onChange={(e) => s.editCategory(c.id, { selected: e.target.checked })} data-testid={`new-review-take-${c.id}`} />,
                },
                { key: 'name', dataIndex: 'name' },
                {
                  key: 'quota',
                  title: t('newReview.quota'),
                  width: 120,
                  render: (_, c) => (
                    <InputNumber size="small" value={c.quota} disabled={!c.selected} onChange={(v) => s.editCategory(c.id, { quota: typeof v === 'number' ? v : null })} data-testid={`new-review-quota-${c.id}`} />
                  ),
                },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item label={t('newReview.deadline')} extra={t('newReview.deadlineHint')}>
          <Input value={draft.deadline} style={{ width: 160 }} onChange={(e) => s.setDeadline(e.target.value)} data-testid="new-review-deadline" />
        </Form.Item>
        <Form.Item label={t('newReview.organisation')} extra={t('newReview.organisationHint')}>
          <Input value={draft.organisation} maxLength={200} onChange={(e) => s.setOrganisation(e.target.value)} data-testid="new-review-organisation" />
        </Form.Item>
      </Form>
      {s.problem !== null && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="error" showIcon message={<Typography.Text data-testid="new-review-problem">{errorText(s.problem, t)}</Typography.Text>} />
        </Space>
      )}
    </Modal>
  );
}
