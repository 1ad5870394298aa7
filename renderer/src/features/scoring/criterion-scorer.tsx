import { DeleteOutlined, FileSearchOutlined, PushpinOutlined } from '@ant-design/icons';
import { Button, Input, Radio, Space, Tag, Tooltip, Typography } from 'antd';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../../shared/domain/rubric.ts';
import type { Evidence, ScoringEdit } from '../../../../shared/domain/scoring.ts';
import { isCommentRequired } from '../../../../shared/scoring/comment-rule.ts';
import { formatPoints } from '../../../../shared/scoring/decimal.ts';
import { bandOf } from '../../../../shared/scoring/level-band.ts';
import { useScoreField } from './use-score-field.tsx';

/** How long typing pauses before a comment is saved (it is also saved when leaving the field). */
const commentDelayMs = 400;

/** Props of CriterionScorer: values, and callbacks that take the criterion's id so they can stay the same from render to render. */
export interface CriterionScorerProps {
  readonly number: string;
  readonly criterion: Criterion;
  readonly score: number | null;
  readonly comment: string;
  readonly evidence: readonly Evidence[];
  readonly documentTitle: (id: string) => string;
  readonly locked: boolean;
  readonly focused: boolean;
  readonly onFocus: (criterionId: string) => void;
  readonly onEdit: (edit: ScoringEdit) => void;
  readonly onNext: (criterionId: string) => void;
  readonly onCite: (criterionId: string) => void;
  readonly onOpenEvidence: (evidence: Evidence) => void;
  readonly onRemoveEvidence: (evidence: Evidence) => void;
}

/**
 * Scores one criterion: bands as buttons, a score field (Enter goes to the next), comment, evidence.
 * Memoised: typing in one criterion re-renders that one, not the whole rubric (a keystroke must not
 * cost the expert a frozen form).
 */
export const CriterionScorer = memo(function CriterionScorer(props: CriterionScorerProps) {
  const { t } = useTranslation();
  const c = props.criterion;
  const onFocus = () => {
    if (!props.focused) props.onFocus(c.id);
  };
  const onScore = (score: number | null) => props.onEdit({ kind: 'score', criterionId: c.id, score });
  const [comment, setComment] = useState(props.comment);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => setComment(props.comment), [props.comment]);
  const scoreField = useScoreField({ criterion: c, saved: props.score, disabled: props.locked, onSave: onScore, onNext: () => props.onNext(c.id) });
  const band = props.score === null ? null : bandOf(c, props.score);
  const needsComment = props.score !== null && isCommentRequired(c, props.score);
  const commitComment = (text: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (text !== props.comment) props.onEdit({ kind: 'comment', criterionId: c.id, comment: text });
  };
  return (
    <div
      className={`ps-criterion${props.focused ? ' is-focused' : ''}`}
      data-testid={`criterion-${c.id}`}
      onFocusCapture={onFocus}
      onClick={onFocus}
    >
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start" wrap>
        <Typography.Text strong>{`${props.number} ${c.title}`} <Tag>{t('editor.points', { points: formatPoints(c.maxPoints) })}</Tag></Typography.Text>
        {scoreField.input}
      </Space>
      {c.bands.length > 0 && (
        <Radio.Group
          size="small"
          disabled={props.locked}
          value={band?.label ?? null}
          style={{ margin: '4px 0' }}
          onChange={(e) => onScore(c.bands.find((b) => b.label === e.target.value)?.max ?? null)}
        >
          {c.bands.map((b) => (
            <Tooltip key={b.label} title={b.description}>
              <Radio.Button value={b.label}>{`${b.label} ${formatPoints(b.min)}–${formatPoints(b.max)}`}</Radio.Button>
            </Tooltip>
          ))}
        </Radio.Group>
      )}
      {scoreField.problem}
      {props.focused && c.guidance && <Typography.Paragraph type="secondary" style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{c.guidance}</Typography.Paragraph>}
      <Input.TextArea
        autoSize={{ minRows: 1, maxRows: 6 }}
        value={comment}
        disabled={props.locked}
        data-testid={`comment-${c.id}`}
        status={needsComment && comment.trim() === '' ? 'warning' : undefined}
        placeholder={needsComment ? t('preview.commentRequired') : t('preview.comment')}
        onChange={(e) => {
          const text = e.target.value;
          setComment(text);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => commitComment(text), commentDelayMs);
        }}
        onBlur={() => commitComment(comment)}
      />
      <Space size={4} wrap className="ps-evidence-row" style={{ marginTop: 4 }}>
        {props.evidence.map((e) => (
          <Tag key={e.id} className="ps-evidence-tag" color="geekblue" icon={<FileSearchOutlined />} title={e.quote || undefined} closable={!props.locked} closeIcon={<DeleteOutlined />} onClose={(ev) => { ev.preventDefault(); props.onRemoveEvidence(e); }}>
            <a onClick={() => props.onOpenEvidence(e)} data-testid="evidence-link">
              {t('workspace.citation', { document: props.documentTitle(e.documentId), page: e.page })}
              {e.quote && `「${e.quote.slice(0, 24)}${e.quote.length > 24 ? '…' : ''}」`}
            </a>
          </Tag>
        ))}
        {!props.locked && (
          <Tooltip title={t('workspace.citeHint')}>
            {/* Pressing the button must not clear the text selected in the reader, which it cites. */}
            <Button size="small" type="dashed" icon={<PushpinOutlined />} onMouseDown={(e) => e.preventDefault()} onClick={() => props.onCite(c.id)} data-testid={`cite-${c.id}`}>{t('workspace.cite')}</Button>
          </Tooltip>
        )}
      </Space>
    </div>
  );
});
