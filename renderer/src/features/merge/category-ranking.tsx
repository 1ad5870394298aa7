import { WarningOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MergeDecision, MergeReport } from '../../../../shared/domain/merge-view.ts';
import type { Decision } from '../../../../shared/merge/decisions.ts';
import { DecisionSelect } from './decision-select.tsx';
import { flagText } from './flag-text.ts';

type Category = MergeReport['categories'][number];
type Application = Category['ranking'][number];

const standingColor: Record<Application['standing'], string> = { 'within-quota': 'green', 'tie-at-quota-line': 'gold', reserve: 'blue', excluded: 'default' };

const figure = (value: number | null) => (value === null ? '—' : String(value));

/** One category's ranking: every rule side by side, the experts' totals, the recused, the flags, the quota line. */
export function CategoryRanking(props: {
  category: Category;
  decisions: readonly MergeDecision[];
  final: boolean;
  onDecide: (submissionId: string, decision: Decision | null, reason: string) => Promise<boolean>;
  onFinalize: (final: boolean) => void;
  /** Opens a divergence round on a flagged application; absent: not offered. */
  onDiscuss?: (application: Application) => void;
  /** Applications with an open divergence round. */
  discussing?: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const { category, decisions, onDecide, final } = props;
  const extra = final ? (
    <Space>
      <Tag color="green" data-testid={`final-${category.id}`}>{t('merge.finalized')}</Tag>
      <Button size="small" onClick={() => props.onFinalize(false)} data-testid={`reopen-${category.id}`}>{t('merge.reopen')}</Button>
    </Space>
  ) : (
    <Button size="small" type="primary" ghost onClick={() => props.onFinalize(true)} data-testid={`finalize-${category.id}`}>{t('merge.finalize')}</Button>
  );
  return (
    <Card size="small" title={`${category.name} · ${category.quota > 0 ? t('merge.quota', { count: category.quota }) : t('merge.quotaNone')}`} extra={extra} data-testid={`ranking-${category.id}`}>
      <Table<Application>
        size="small"
        rowKey="submissionId"
        pagination={false}
        dataSource={[...category.ranking]}
        // The quota line: a border under the last application within the quota.
        rowClassName={(a, i) => (a.standing === 'within-quota' && category.ranking[i + 1]?.standing !== 'within-quota' ? 'ps-quota-line' : '')}
        columns={[
          { title: t('merge.rank'), key: 'rank', width: 80, render: (_, a) => (a.rank === null ? '—' : a.tied ? t('merge.tied', { rank: a.rank }) : a.rank) },
          {
            title: t('merge.applicant'),
            key: 'applicant',
            render: (_, a) => (
              <Space direction="vertical" size={0}>
                <span data-testid={`merged-${a.submissionId}`}>{a.applicant}</span>
                {a.recused.length > 0 && <Typography.Text type="secondary">{t('merge.recusedBy', { names: a.recused.map((r) => r.name).join('、') })}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('merge.mean'), key: 'mean', width: 80, render: (_, a) => figure(a.aggregates.mean) },
          {
            title: t('merge.trimmedMean'),
            key: 'trimmed',
            width: 130,
            render: (_, a) => (a.aggregates.trimmedMeanApplied ? figure(a.aggregates.trimmedMean) : <Tooltip title={t('merge.fallback')}>{figure(a.aggregates.trimmedMean)}*</Tooltip>),
          },
          { title: t('merge.median'), key: 'median', width: 80, render: (_, a) => figure(a.aggregates.median) },
          { title: t('merge.stdDev'), key: 'sd', width: 70, render: (_, a) => figure(a.aggregates.stdDev) },
          { title: t('merge.experts'), key: 'experts', render: (_, a) => a.experts.map((e) => `${e.name} ${String(e.total)}`).join('，') },
          { title: t('merge.standing'), key: 'standing', width: 110, render: (_, a) => <Tag color={standingColor[a.standing]}>{t(`merge.standings.${a.standing}`)}</Tag> },
          {
            title: t('merge.decision'),
            key: 'decision',
            width: 150,
            render: (_, a) => (
              <DecisionSelect
                submissionId={a.submissionId}
                standing={a.standing}
                disabled={final}
                recorded={decisions.find((d) => d.submissionId === a.submissionId)}
                onDecide={(d, r) => onDecide(a.submissionId, d, r)}
              />
            ),
          },
          {
            title: t('merge.flags'),
            key: 'flags',
            render: (_, a) => (
              <Space direction="vertical" size={2}>
                {a.flags.map((f, i) => (
                  <Typography.Text key={i} type="warning" data-testid={`flag-${a.submissionId}-${f.kind}`}>
                    <WarningOutlined /> {flagText(f.params, t)}
                  </Typography.Text>
                ))}
                {props.discussing?.has(a.submissionId) ? (
                  <Tag color="orange">{t('merge.discussion.inProgress')}</Tag>
                ) : (
                  props.onDiscuss && !final && a.experts.length > 0 && a.flags.some((f) => f.kind === 'divergence' || f.kind === 'deviation') && (
                    <Button size="small" onClick={() => props.onDiscuss?.(a)} data-testid={`discuss-${a.submissionId}`}>{t('merge.discussion.open')}</Button>
                  )
                )}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
