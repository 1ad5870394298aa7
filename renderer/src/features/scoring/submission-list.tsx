import { Badge, Input, List, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { formatPoints } from '../../../../shared/scoring/decimal.ts';
import type { ScoringOverviewRow } from '../../../../shared/domain/scoring.ts';
import { useWorkspace } from './workspace-store.ts';
import { visibleSubmissions, type SubmissionSort } from './workspace-state.ts';

const statusColor: Record<ScoringOverviewRow['status'], string> = { 'not-started': 'default', 'in-progress': 'processing', complete: 'success', conflict: 'warning' };

/** The expert's submissions per field: status, total so far, flags; filter, sort, search, ↑/↓ to move. */
export function SubmissionList() {
  const { t } = useTranslation();
  // The list's own slice: an edit's acknowledgement (pending count) does not re-render it.
  const ws = useWorkspace(
    useShallow((s) => ({ review: s.review, overview: s.overview, filter: s.filter, submissionId: s.submissionId, setFilter: s.setFilter, selectSubmission: s.selectSubmission })),
  );
  const visible = visibleSubmissions(ws);
  const fields = ws.review?.fields ?? [];
  const move = (delta: number) => {
    const index = visible.findIndex((s) => s.id === ws.submissionId);
    const next = visible[Math.min(visible.length - 1, Math.max(0, index + delta))];
    if (next && next.id !== ws.submissionId) void ws.selectSubmission(next.id);
  };
  return (
    <Space direction="vertical" className="ps-submission-list" data-testid="submission-list">
      <Input.Search allowClear placeholder={t('workspace.search')} value={ws.filter.text} onChange={(e) => ws.setFilter({ text: e.target.value })} />
      <div className="ps-submission-filters">
        <Select
          value={ws.filter.status}
          aria-label={t('workspace.statusFilter')}
          onChange={(status: typeof ws.filter.status) => ws.setFilter({ status })}
          options={(['all', 'not-started', 'in-progress', 'complete', 'conflict'] as const).map((s) => ({ value: s, label: t(`workspace.status.${s}`) }))}
        />
        <Select
          value={ws.filter.sort}
          aria-label={t('workspace.sortLabel')}
          data-testid="submission-sort"
          onChange={(sort: SubmissionSort) => ws.setFilter({ sort })}
          options={(['order', 'total-desc', 'total-asc', 'status', 'applicant'] as const).map((s) => ({ value: s, label: t(`workspace.sort.${s}`) }))}
        />
      </div>
      <div
        role="listbox"
        tabIndex={0}
        aria-label={t('workspace.submissions')}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { e.preventDefault(); move(1); }
          if (e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
        }}
      >
        {fields.map((field) => {
          const items = visible.filter((s) => s.fieldId === field.id);
          if (items.length === 0) return null;
          return (
            <div key={field.id}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{field.name}</Typography.Text>
              <List
                size="small"
                dataSource={items}
                renderItem={(s) => {
                  const row = ws.overview.find((r) => r.submissionId === s.id);
                  const selected = s.id === ws.submissionId;
                  return (
                    <List.Item
                      role="option"
                      aria-selected={selected}
                      data-testid={`submission-${s.id}`}
                      onClick={() => void ws.selectSubmission(s.id)}
                      style={{ cursor: 'pointer', background: selected ? '#fff1f0' : undefined, borderLeft: selected ? '3px solid #8c1d18' : '3px solid transparent', paddingLeft: 8 }}
                    >
                      <Space direction="vertical" size={0} style={{ width: '100%' }}>
                        <Typography.Text strong ellipsis>{s.applicant}</Typography.Text>
                        <Space size={4} wrap>
                          {row && <Badge status={statusColor[row.status] as 'default'} text={t(`workspace.status.${row.status}`)} />}
                          {row && row.status !== 'conflict' && <Tag>{`${formatPoints(row.total)} / ${formatPoints(row.maxTotal)}`}</Tag>}
                          {row && row.missingComments > 0 && <Tooltip title={t('workspace.missingComments', { count: row.missingComments })}><Tag color="orange">{t('workspace.flagComments', { count: row.missingComments })}</Tag></Tooltip>}
                          {row && row.unreadDocuments > 0 && <Tag color="blue">{t('workspace.flagUnread', { count: row.unreadDocuments })}</Tag>}
                          {row?.vetoed && <Tag color="red">{t('workspace.vetoed')}</Tag>}
                        </Space>
                      </Space>
                    </List.Item>
                  );
                }}
              />
            </div>
          );
        })}
      </div>
    </Space>
  );
}
