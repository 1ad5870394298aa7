import { Card, Checkbox, Input, InputNumber, Radio, Space, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rubric } from '../../../../shared/domain/rubric.ts';
import { isCommentRequired } from '../../../../shared/scoring/comment-rule.ts';
import { formatPoints } from '../../../../shared/scoring/decimal.ts';
import { bandOf } from '../../../../shared/scoring/level-band.ts';
import { maxTotal, sectionScore, totalScore } from '../../../../shared/scoring/rubric-totals.ts';
import { emptyScoreEntry, type ScoreEntry } from '../../../../shared/scoring/score-entry.ts';
import { validateScore } from '../../../../shared/scoring/validate-score.ts';

/** The expert's scoring form for a rubric, live but unsaved: what experts will see, to check the rubric. */
export function RubricPreview({ rubric }: { rubric: Rubric }) {
  const { t } = useTranslation();
  const [entry, setEntry] = useState<ScoreEntry>(emptyScoreEntry);
  const setScore = (id: string, score: number | null) => setEntry((e) => ({ ...e, scores: { ...e.scores, [id]: score } }));
  const setComment = (id: string, text: string) => setEntry((e) => ({ ...e, comments: { ...e.comments, [id]: text } }));
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="rubric-preview">
      <Card size="small">
        <Space size="large">
          <Statistic title={t('preview.total')} value={formatPoints(totalScore(rubric, entry))} suffix={`/ ${formatPoints(maxTotal(rubric))}`} />
          <Typography.Text type="secondary">{t('preview.hint')}</Typography.Text>
        </Space>
      </Card>
      {rubric.sections.map((section, i) => (
        <Card
          key={section.id}
          size="small"
          title={`${i + 1}. ${section.title}`}
          extra={<span>{t('preview.sectionScore', { score: formatPoints(sectionScore(section, entry)), max: formatPoints(section.points) })}</span>}
        >
          {section.criteria.map((c, j) => {
            const score = entry.scores[c.id] ?? null;
            const problem = score === null ? null : validateScore(c, score);
            const band = score === null || problem ? null : bandOf(c, score);
            const needsComment = score !== null && isCommentRequired(c, score);
            const comment = entry.comments[c.id] ?? '';
            return (
              <div key={c.id} style={{ padding: '8px 0', borderTop: j > 0 ? '1px solid #f0f0f0' : undefined }}>
                <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
                  <Typography.Text strong>{`${i + 1}.${j + 1} ${c.title}`} <Tag>{t('editor.points', { points: formatPoints(c.maxPoints) })}</Tag></Typography.Text>
                  <Space>
                    {c.bands.length > 0 && (
                      <Radio.Group size="small" value={band?.label ?? null} onChange={(e) => setScore(c.id, c.bands.find((b) => b.label === e.target.value)?.max ?? null)}>
                        {c.bands.map((b) => (
                          <Radio.Button key={b.label} value={b.label} title={b.description}>{`${b.label} ${formatPoints(b.min)}–${formatPoints(b.max)}`}</Radio.Button>
                        ))}
                      </Radio.Group>
                    )}
                    <InputNumber size="small" min={0} max={c.maxPoints} step={c.step} value={score} status={problem ? 'error' : undefined} aria-label={c.title} onChange={(v) => setScore(c.id, v)} />
                  </Space>
                </Space>
                {c.guidance && <Typography.Paragraph type="secondary" style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{c.guidance}</Typography.Paragraph>}
                {problem && <Typography.Text type="danger">{problem.message}</Typography.Text>}
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  value={comment}
                  status={needsComment && comment.trim() === '' ? 'warning' : undefined}
                  placeholder={needsComment ? t('preview.commentRequired') : t('preview.comment')}
                  onChange={(e) => setComment(c.id, e.target.value)}
                />
              </div>
            );
          })}
        </Card>
      ))}
      {(rubric.checks.length > 0 || rubric.vetoes.length > 0) && (
        <Card size="small" title={t('preview.checksAndVetoes')}>
          <Space direction="vertical">
            {rubric.checks.map((c) => (
              <Space key={c.id}>
                <Radio.Group size="small" options={[{ value: 'met', label: t('preview.met') }, { value: 'not-met', label: t('preview.notMet') }]} optionType="button" />
                <span title={c.guidance}>{c.title}</span>
              </Space>
            ))}
            {rubric.vetoes.map((v) => (
              <Checkbox key={v.id}><Typography.Text type="danger">{t('preview.veto')}</Typography.Text> {v.title}</Checkbox>
            ))}
          </Space>
        </Card>
      )}
    </Space>
  );
}
