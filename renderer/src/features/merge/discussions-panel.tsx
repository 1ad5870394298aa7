import { Button, Card, Descriptions, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeDiscussion, RoundExpert } from '../../../../shared/domain/merge-discussion.ts';
import { formatPoints } from '../../../../shared/scoring/decimal.ts';
import { flagText } from './flag-text.ts';
import { RoundChart } from './round-chart.tsx';

const shown = (value: number | null) => (value === null ? '—' : formatPoints(value));

// One row per expert of either round: their version and total in round 1 and now, side by side.
function roundRows(d: MergeDiscussion) {
  const ids = [...new Set([...d.round1.experts, ...d.now.experts].map((e) => e.expertId))];
  const find = (list: readonly RoundExpert[], id: string) => list.find((e) => e.expertId === id) ?? null;
  return ids.map((id) => ({ expertId: id, name: (find(d.now.experts, id) ?? find(d.round1.experts, id))?.name ?? id, then: find(d.round1.experts, id), now: find(d.now.experts, id), asked: d.experts.some((e) => e.expertId === id) }));
}

function DiscussionCard({ discussion: d, onClose }: { discussion: MergeDiscussion; onClose: (note: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [closing, setClosing] = useState(false);
  const [note, setNote] = useState('');
  const round = (e: RoundExpert | null) => (e === null || e.version === null ? '—' : t('merge.discussion.versionTotal', { version: e.version, total: shown(e.total) }));
  const close = async () => {
    if (note.trim() !== '' && (await onClose(note.trim()))) setClosing(false);
  };
  return (
    <Card
      size="small"
      type="inner"
      title={<Space>{t('merge.discussion.number', { id: d.id })}<span>{d.applicant}</span>{d.closed ? <Tag>{t('merge.discussion.closed')}</Tag> : <Tag color="orange">{t('merge.discussion.openState')}</Tag>}</Space>}
      extra={!d.closed && <Button size="small" onClick={() => setClosing(true)} data-testid={`discussion-close-${String(d.id)}`}>{t('merge.discussion.close')}</Button>}
      data-testid={`discussion-${String(d.id)}`}
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('merge.discussion.openedAt')}>{new Date(d.openedAt).toLocaleString()}</Descriptions.Item>
        <Descriptions.Item label={t('merge.discussion.note')}>{d.note}</Descriptions.Item>
        <Descriptions.Item label={t('merge.discussion.flagsThen')}>{d.round1.flags.length === 0 ? t('merge.discussion.noFlags') : d.round1.flags.map((f) => flagText(f.params, t)).join('；')}</Descriptions.Item>
        <Descriptions.Item label={t('merge.discussion.flagsNow')}>{d.now.flags.length === 0 ? t('merge.discussion.noFlags') : d.now.flags.map((f) => flagText(f.params, t)).join('；')}</Descriptions.Item>
        <Descriptions.Item label={t('merge.discussion.figures')}>
          <span data-testid={`discussion-figures-${String(d.id)}`}>
            {t('merge.discussion.figuresText', { meanThen: shown(d.round1.figures.mean), meanNow: shown(d.now.figures.mean), rangeThen: shown(d.round1.figures.range), rangeNow: shown(d.now.figures.range) })}
          </span>
        </Descriptions.Item>
        {d.closed && <Descriptions.Item label={t('merge.discussion.conclusion')}>{d.closed.note}（{new Date(d.closed.at).toLocaleString()}）</Descriptions.Item>}
      </Descriptions>
      <RoundChart discussion={d} />
      <Table
        size="small"
        pagination={false}
        rowKey="expertId"
        dataSource={roundRows(d)}
        columns={[
          { title: t('merge.discussion.expert'), key: 'name', render: (_, r) => <Space>{r.name}{r.asked && <Tag color="blue">{t('merge.discussion.asked')}</Tag>}</Space> },
          { title: t('merge.discussion.round1'), key: 'then', render: (_, r) => round(r.then) },
          { title: d.closed ? t('merge.discussion.round2') : t('merge.discussion.roundNow'), key: 'now', render: (_, r) => round(r.now) },
          {
            title: t('merge.discussion.changes'),
            key: 'changes',
            render: (_, r) => {
              const c = d.changes.find((x) => x.expertId === r.expertId);
              if (!c) return null;
              if (c.changed.length === 0 && c.confirmed.length === 0) return <Typography.Text type="secondary">{t('merge.discussion.noChange')}</Typography.Text>;
              return (
                <Space direction="vertical" size={2} data-testid={`discussion-changes-${String(d.id)}-${r.expertId}`}>
                  {c.changed.map((x) => (
                    <Typography.Text key={x.criterionId}>
                      {t('merge.discussion.changed', { criterion: x.criterionTitle, from: shown(x.from), to: shown(x.to) })}
                      {x.reason === null ? <Typography.Text type="warning">{t('merge.discussion.noReason')}</Typography.Text> : `：${x.reason}`}
                    </Typography.Text>
                  ))}
                  {c.confirmed.map((x) => <Typography.Text key={x.criterionId}>{t('merge.discussion.confirmed', { criterion: x.criterionTitle, reason: x.reason })}</Typography.Text>)}
                </Space>
              );
            },
          },
        ]}
      />
      {closing && (
        <Modal open title={t('merge.discussion.closeTitle', { id: d.id })} okText={t('merge.discussion.close')} onOk={() => void close()} onCancel={() => setClosing(false)} okButtonProps={{ disabled: note.trim() === '', 'data-testid': 'discussion-close-ok' }} destroyOnHidden>
          <Typography.Paragraph>{t('merge.discussion.closeHint')}</Typography.Paragraph>
          <Input.TextArea rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('merge.discussion.conclusionPlaceholder')} data-testid="discussion-close-note" />
        </Modal>
      )}
    </Card>
  );
}

/** 分差复议: every divergence round of the review, open ones first, each with round 1 and now side by side; closed ones kept. */
export function DiscussionsPanel({ discussions, onClose }: { discussions: readonly MergeDiscussion[]; onClose: (discussionId: number, note: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  if (discussions.length === 0) return null;
  const ordered = [...discussions].sort((a, b) => Number(a.closed !== null) - Number(b.closed !== null) || b.id - a.id);
  return (
    <Card size="small" title={t('merge.discussion.title')} data-testid="discussions">
      <Space direction="vertical" style={{ width: '100%' }}>
        {ordered.map((d) => <DiscussionCard key={d.id} discussion={d} onClose={(note) => onClose(d.id, note)} />)}
      </Space>
    </Card>
  );
}
