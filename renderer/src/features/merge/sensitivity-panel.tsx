import { Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CategorySensitivity, MergeSensitivity } from '../../../../shared/domain/merge-sensitivity.ts';
import type { MergeReport } from '../../../../shared/domain/merge-view.ts';
import { SensitivityChart } from './sensitivity-chart.tsx';

type Category = MergeReport['categories'][number];
type Row = { key: string; test: string; result: string; changed: boolean };

const figureOf = (rule: MergeSensitivity['rule']) => (a: Category['ranking'][number]) =>
  rule === 'mean' ? a.aggregates.mean : rule === 'median' ? a.aggregates.median : a.aggregates.trimmedMean;

/** The rows of one category's table: each other rule, each expert left out (those that change the list; the rest in one row), and the applications near the line. */
function rowsOf(s: CategorySensitivity, name: (id: string) => string, t: TFunction): Row[] {
  const outcome = (c: { changed: boolean; entering: readonly string[]; leaving: readonly string[]; tied: readonly string[] }) =>
    !c.changed
      ? t('merge.sensitivity.same')
      : [c.entering.length > 0 ? t('merge.sensitivity.entering', { names: c.entering.map(name).join('、') }) : '', c.leaving.length > 0 ? t('merge.sensitivity.leaving', { names: c.leaving.map(name).join('、') }) : '', c.tied.length > 0 ? t('merge.sensitivity.tied', { names: c.tied.map(name).join('、') }) : '']
          .filter((x) => x !== '')
          .join(t('merge.sensitivity.separator')) || t('merge.sensitivity.tieChanged');
  const changedExperts = s.leaveOneOut.filter((l) => l.changed);
  const steady = s.leaveOneOut.length - changedExperts.length;
  return [
    ...s.rules.map((r) => ({ key: `rule-${r.rule}`, test: t('merge.sensitivity.underRule', { rule: t(`merge.sensitivity.rules.${r.rule}`) }), result: outcome(r), changed: r.changed })),
    ...changedExperts.map((l) => ({ key: `without-${l.expertId}`, test: t('merge.sensitivity.without', { name: l.name }), result: outcome(l), changed: true })),
    ...(steady > 0 ? [{ key: 'without-rest', test: t('merge.sensitivity.withoutAny', { count: steady }), result: t('merge.sensitivity.same'), changed: false }] : []),
    ...s.nearCut.map((n) => ({
      key: `near-${n.submissionId}`,
      test: t('merge.sensitivity.nearCut', { name: name(n.submissionId) }),
      result: t('merge.sensitivity.nearCutDetail', { distance: n.distance, swing: n.swing, expert: n.name }),
      changed: true,
    })),
  ];
}

/** 灵敏度分析: would each category's list change under another rule, without any one expert, and who sits near its quota line; a table and a chart per category. */
export function SensitivityPanel(props: { report: MergeReport; sensitivity: MergeSensitivity | null; onAnalyse: () => void }) {
  const { t } = useTranslation();
  const { report, sensitivity } = props;
  return (
    <Card
      size="small"
      title={t('merge.sensitivity.title')}
      extra={<Button size="small" onClick={props.onAnalyse} data-testid="merge-analyse">{sensitivity ? t('merge.sensitivity.again') : t('merge.sensitivity.analyse')}</Button>}
      data-testid="merge-sensitivity"
    >
      {!sensitivity ? (
        <Typography.Text type="secondary">{t('merge.sensitivity.hint')}</Typography.Text>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {sensitivity.categories.map((s) => {
            const category = report.categories.find((c) => c.id === s.categoryId);
            if (!category) return null;
            const name = (id: string) => category.ranking.find((a) => a.submissionId === id)?.applicant ?? id;
            const ranked = category.ranking.some((a) => a.rank !== null);
            return (
              <Card key={s.categoryId} type="inner" size="small" title={category.name} extra={<Tag color={s.robust ? 'green' : 'orange'} data-testid={`sensitivity-robust-${s.categoryId}`}>{s.robust ? t('merge.sensitivity.robust') : t('merge.sensitivity.fragile')}</Tag>}>
                {!ranked ? (
                  <Empty description={t('merge.noSheets')} />
                ) : (
                  <>
                    <Table<Row>
                      size="small"
                      pagination={false}
                      dataSource={rowsOf(s, name, t)}
                      data-testid={`sensitivity-table-${s.categoryId}`}
                      columns={[
                        { title: t('merge.sensitivity.test'), dataIndex: 'test', key: 'test' },
                        { title: t('merge.sensitivity.result'), key: 'result', render: (_, row) => <Typography.Text type={row.changed ? 'warning' : undefined}>{row.result}</Typography.Text> },
                      ]}
                    />
                    <SensitivityChart category={category} sensitivity={s} ruleFigure={figureOf(sensitivity.rule)} />
                  </>
                )}
              </Card>
            );
          })}
        </Space>
      )}
    </Card>
  );
}
