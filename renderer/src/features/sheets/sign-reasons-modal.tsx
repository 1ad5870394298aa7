import { Alert, Checkbox, Input, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetChanges, SheetScoreChange } from '../../../../shared/domain/trust-views.ts';
import { formatPoints } from '../../../../shared/scoring/decimal.ts';
import { missingReasons, reasonKey, reasonsToSign, type ReasonDrafts } from './sign-reasons-state.ts';

type Reasons = ReturnType<typeof reasonsToSign>;

/**
 * Before signing version N ≥ 2 (分差复议): every score changed since version N−1, from → to, each
 * with the expert's reason, required; optionally a reason confirming an unchanged score. The reasons
 * are signed in the sheet (`revisions`), so the coordinator's merge shows why a score moved.
 */
export function SignReasonsModal({ changes, onOk, onCancel }: { changes: SheetChanges; onOk: (reasons: Reasons) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<ReasonDrafts>({});
  const [confirming, setConfirming] = useState(false);
  const [tried, setTried] = useState(false);
  const missing = missingReasons(changes, drafts);
  const changed = changes.scores.filter((c) => c.changed);
  const unchanged = changes.scores.filter((c) => !c.changed);
  const reasonInput = (c: SheetScoreChange, required: boolean) => (
    <Input.TextArea
      autoSize={{ minRows: 1, maxRows: 4 }}
      maxLength={2000}
      value={drafts[reasonKey(c)] ?? ''}
      status={required && tried && (drafts[reasonKey(c)] ?? '').trim() === '' ? 'error' : ''}
      placeholder={required ? t('sheets.reasonRequired') : t('sheets.reasonOptional')}
      aria-label={t('sheets.reasonFor', { applicant: c.applicant, criterion: c.criterionTitle })}
      onChange={(e) => setDrafts((d) => ({ ...d, [reasonKey(c)]: e.target.value }))}
      data-testid={`reason-${c.submissionId}-${c.criterionId}`}
    />
  );
  const columns = (required: boolean) => [
    { title: t('review.applicant'), dataIndex: 'applicant', key: 'applicant', width: 150 },
    { title: t('sheets.reasonCriterion'), dataIndex: 'criterionTitle', key: 'criterion', width: 150 },
    {
      title: required ? t('sheets.reasonChange', { version: changes.previousVersion ?? 0 }) : t('sheets.reasonScore'),
      key: 'change',
      width: 110,
      render: (_: unknown, c: SheetScoreChange) => (c.changed ? `${c.from === null ? t('sheets.reasonUnscored') : formatPoints(c.from)} → ${formatPoints(c.to)}` : formatPoints(c.to)),
    },
    { title: t('sheets.reason'), key: 'reason', render: (_: unknown, c: SheetScoreChange) => reasonInput(c, required) },
  ];
  const ok = () => {
    setTried(true);
    if (missing.length === 0) onOk(reasonsToSign(changes, drafts));
  };
  return (
    <Modal open width={820} title={t('sheets.reasonsTitle', { version: (changes.previousVersion ?? 0) + 1 })} okText={t('sheets.reasonsNext')} onOk={ok} onCancel={onCancel} okButtonProps={{ 'data-testid': 'reasons-ok' }} destroyOnHidden>
      <Space direction="vertical" style={{ width: '100%' }} data-testid="sign-reasons">
        <Typography.Text>{changed.length > 0 ? t('sheets.reasonsHint', { count: changed.length, version: changes.previousVersion ?? 0 }) : t('sheets.reasonsNone', { version: changes.previousVersion ?? 0 })}</Typography.Text>
        {changed.length > 0 && <Table size="small" pagination={false} scroll={{ y: 320 }} rowKey={reasonKey} dataSource={changed} columns={columns(true)} />}
        {tried && missing.length > 0 && <Alert type="error" showIcon message={t('sheets.reasonsMissing', { count: missing.length })} data-testid="reasons-missing" />}
        <Checkbox checked={confirming} onChange={(e) => setConfirming(e.target.checked)} data-testid="reasons-confirm-unchanged">{t('sheets.reasonsConfirmUnchanged')}</Checkbox>
        {confirming && <Table size="small" pagination={{ pageSize: 20, hideOnSinglePage: true }} rowKey={reasonKey} dataSource={unchanged} columns={columns(false)} />}
      </Space>
    </Modal>
  );
}
