import { ApartmentOutlined, ArrowLeftOutlined, FileExcelOutlined, IdcardOutlined, PlusOutlined, SafetyOutlined, SendOutlined, WarningOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Result, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterExpert } from '../../../../shared/domain/trust-views.ts';
import { assignmentSummary } from '../../../../shared/roster/assignment-summary.ts';
import { errorText } from '../../api/error-text.ts';
import { pickFile } from '../../api/file-transfer.ts';
import { AssignmentModal } from './assignment-modal.tsx';
import { AutoAssignModal } from './auto-assign-modal.tsx';
import { ExpertFormModal } from './expert-form-modal.tsx';
import { FingerprintText } from '../identity/fingerprint-text.tsx';
import { KeyCardConfirm } from './key-card-confirm.tsx';
import { PackageBuildModal } from '../packages/package-build-modal.tsx';
import { useSigningKey } from '../identity/unlock-modal.tsx';
import { useErrorToast } from '../../components/use-error-toast.ts';
import { useAppStore } from '../app/app-store.ts';
import { recipientName, unenrolledExperts } from './experts-state.ts';
import { useExperts } from './experts-store.ts';

/** Coordinator: the review's experts, their keys from key cards, assignments, conflicts, and signed packages. */
export function ExpertsScreen({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const toast = useErrorToast();
  const openReview = useAppStore((s) => s.openReview);
  const signing = useSigningKey();
  const { load, issued, card, building } = useExperts();
  const experts = useExperts.getState();
  const [form, setForm] = useState<{ expert: RosterExpert | null } | null>(null);
  const [assigning, setAssigning] = useState<string | null>(null);
  const [autoAssigning, setAutoAssigning] = useState(false);
  useEffect(() => {
    void useExperts.getState().open(reviewId);
  }, [reviewId]);
  if (load.phase === 'failed') return <Result status="error" title={t('app.loadFailed')} subTitle={errorText(load.error, t)} />;
  if (!load.value || load.key !== reviewId) return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  const { review, roster } = load.value;

  const pickCard = async (expert: RosterExpert | null) => {
    const file = await pickFile('.json,.pingshen-keycard.json,application/json');
    if (file) await experts.readCard(file, expert).catch(toast);
  };
  const build = (forExpertId: string | null, title: string) => void signing.ensure(() => void experts.build(forExpertId, title).catch(toast));
  // An expert with no enrolled key can still get a package; their sheet then needs a fingerprint check at merge: say so first.
  const startBuild = (forExpertId: string | null, title: string) => {
    const unenrolled = unenrolledExperts(roster, forExpertId);
    if (unenrolled.length === 0) return build(forExpertId, title);
    void modal.confirm({
      title: t('roster.unenrolledTitle'),
      content: <span data-testid="unenrolled-warning">{t('roster.unenrolledHint', { names: unenrolled.map((e) => e.name).join('、') })}</span>,
      okText: t('roster.buildAnyway'),
      cancelText: t('roster.cancel'),
      onOk: () => build(forExpertId, title),
    });
  };
  const assigningExpert = roster.find((e) => e.id === assigning) ?? null;
  const importList = async () => {
    const file = await pickFile('.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    if (!file) return;
    try {
      const report = await experts.importList(file);
      void message.success(t('roster.listImported', { added: report.added, updated: report.updated, conflicts: report.conflictsDetected }));
      if (report.warnings.length > 0) void message.warning(t('roster.listWarnings', { count: report.warnings.length, messages: report.warnings.map((w) => w.message).join('；') }), 8);
    } catch (error) {
      toast(error);
    }
  };
  const detect = () => void experts.detectConflicts().then((count) => void message.success(t('roster.conflictsDetected', { count })), toast);
  const autoAssign = (perApplication: number | null) => {
    setAutoAssigning(false);
    void experts.autoAssign(perApplication).then((shortfalls) => {
      const names = shortfalls.map((s) => review.submissions.find((x) => x.id === s.submissionId)?.applicant ?? s.submissionId);
      if (shortfalls.length === 0) void message.success(t('roster.autoAssignDone'));
      else void message.warning(t('roster.autoAssignShort', { count: shortfalls.length, names: names.join('、') }), 8);
    }, toast);
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="experts-screen">
      <Space wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => void openReview(reviewId)}>{t('review.back')}</Button>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('roster.expertsTitle')}</Typography.Title>
        <Typography.Text type="secondary">{review.title}</Typography.Text>
      </Space>
      <Typography.Paragraph type="secondary">{t('roster.expertsIntro')}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<IdcardOutlined />} onClick={() => void pickCard(null)} data-testid="enroll-from-card">{t('roster.addFromCard')}</Button>
        <Button icon={<PlusOutlined />} onClick={() => setForm({ expert: null })} data-testid="add-expert">{t('roster.addExpert')}</Button>
        <Button icon={<FileExcelOutlined />} onClick={() => void importList()} data-testid="import-expert-list">{t('roster.importList')}</Button>
        <Button icon={<SafetyOutlined />} disabled={roster.length === 0} onClick={detect} data-testid="detect-conflicts">{t('roster.detectConflicts')}</Button>
        <Button icon={<ApartmentOutlined />} disabled={roster.length === 0} onClick={() => setAutoAssigning(true)} data-testid="auto-assign">{t('roster.autoAssign')}</Button>
        <Button type="primary" icon={<SendOutlined />} disabled={roster.length === 0} onClick={() => startBuild(null, t('roster.buildTitle', { who: t('roster.wholePanel') }))} data-testid="build-package">
          {t('roster.buildWhole')}
        </Button>
      </Space>
      <Table<RosterExpert>
        rowKey="id"
        pagination={false}
        dataSource={roster}
        locale={{ emptyText: t('roster.noExperts') }}
        columns={[
          {
            title: t('identity.name'),
            key: 'name',
            width: 100,
            render: (_, e) => (
              <Space direction="vertical" size={0}>
                <span data-testid={`expert-${e.id}`} style={{ whiteSpace: 'nowrap' }}>{e.name}</span>
                {e.title !== '' && <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>{e.title}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('identity.organisation'), dataIndex: 'organisation', key: 'organisation', width: 160 },
          { title: t('identity.fingerprint'), key: 'key', render: (_, e) => (e.fingerprint ? <FingerprintText value={e.fingerprint} small /> : <Tag>{t('roster.notEnrolled')}</Tag>) },
          { title: t('roster.assignedCount'), key: 'assigned', width: 90, render: (_, e) => `${e.submissionIds.length} / ${review.submissions.length}` },
          {
            title: t('roster.expertFields'),
            key: 'fields',
            render: (_, e) => {
              const summary = assignmentSummary(e, review);
              return (
                <Space size={4} wrap data-testid={`fields-${e.id}`}>
                  {e.panel.length > 0 && (
                    <Tooltip title={t('roster.panel')}>
                      <Tag color="geekblue" data-testid={`panel-${e.id}`}>{e.panel.map((id) => review.fields.find((f) => f.id === id)?.name ?? id).join('、')}</Tag>
                    </Tooltip>
                  )}
                  {summary.fields.map((f) => <Tag key={f.fieldId}>{t('roster.fieldCount', { name: f.name, count: f.count })}</Tag>)}
                  {summary.overlaps.length > 0 && (
                    <Tooltip title={t('roster.sameOrganisationHint', { organisation: e.organisation, names: [...new Set(summary.overlaps.flatMap((o) => o.institutions))].join('、') })}>
                      <Tag color="red" icon={<WarningOutlined />} data-testid={`overlaps-${e.id}`}>{t('roster.overlapCount', { count: summary.overlaps.length })}</Tag>
                    </Tooltip>
                  )}
                </Space>
              );
            },
          },
          { title: t('roster.conflicts'), key: 'conflicts', width: 70, render: (_, e) => e.conflicts.length || '—' },
          {
            title: t('roster.actions'),
            key: 'actions',
            render: (_, e) => (
              <Space size={4} wrap>
                <Button size="small" onClick={() => void pickCard(e)}>{t('roster.enrollCard')}</Button>
                <Button size="small" onClick={() => setAssigning(e.id)}>{t('roster.assign')}</Button>
                <Button size="small" onClick={() => setForm({ expert: e })}>{t('roster.edit')}</Button>
                <Button size="small" onClick={() => startBuild(e.id, t('roster.buildTitle', { who: e.name }))} data-testid={`build-for-${e.id}`}>{t('roster.buildOne')}</Button>
                <Popconfirm title={t('roster.confirmRemove', { name: e.name })} onConfirm={() => void experts.remove(e.id).catch(toast)}>
                  <Button size="small" danger>{t('roster.remove')}</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {issued.length > 0 && (
        <Card size="small" title={t('roster.issuedTitle')}>
          {issued.map((p) => (
            <div key={p.digest}>
              <Typography.Text code>{p.digest.slice(0, 16)}…</Typography.Text> {recipientName(roster, p.presetExpertId, t('roster.wholePanel'))} · {p.createdAt.slice(0, 16).replace('T', ' ')}
            </div>
          ))}
        </Card>
      )}
      {form && (
        <ExpertFormModal
          initial={form.expert}
          onCancel={() => setForm(null)}
          onSave={(values) => {
            setForm(null);
            void experts.save(form.expert?.id ?? null, values).catch(toast);
          }}
        />
      )}
      {card && (
        <KeyCardConfirm
          card={card.info}
          expertName={card.expert?.name ?? null}
          onCancel={experts.cancelCard}
          onConfirm={() => void experts.confirmCard().catch(toast)}
        />
      )}
      {assigningExpert && (
        <AssignmentModal
          expert={assigningExpert}
          review={review}
          onClose={() => setAssigning(null)}
          onAssign={(submissionIds) => void experts.assign(assigningExpert.id, submissionIds).catch(toast)}
          onConflict={(submissionId, reason) => void experts.conflict(assigningExpert.id, submissionId, reason).catch(toast)}
        />
      )}
      {autoAssigning && <AutoAssignModal panelSize={roster.length} onCancel={() => setAutoAssigning(false)} onAssign={autoAssign} />}
      {building && (
        <PackageBuildModal
          started={building.started}
          title={building.title}
          onClose={(built) => void experts.closeBuild(built)}
        />
      )}
      {signing.modal}
    </Space>
  );
}
