import { Input, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Criterion } from '../../../../shared/domain/rubric.ts';
import { formatPoints } from '../../../../shared/scoring/decimal.ts';
import { readScoreInput, type ScoreInputProblem } from '../../../../shared/scoring/read-score-input.ts';
import { stepScore } from '../../../../shared/scoring/step-score.ts';

/** The text a saved score shows as. */
function textOf(score: number | null): string {
  return score === null ? '' : formatPoints(score);
}

/** Whether the field's text already means the saved score (then it is left as typed, e.g. 4.50). */
function meansSaved(criterion: Criterion, text: string, saved: number | null): boolean {
  const read = readScoreInput(criterion, text);
  return (read.kind === 'empty' && saved === null) || (read.kind === 'score' && read.score === saved);
}

/** What useScoreField gives: the input, and the line that says why a typed value is not saved. */
export interface ScoreField {
  readonly input: ReactNode;
  readonly problem: ReactNode | null;
}

/** Props of useScoreField: the saved score and what to do with a new one. */
export interface ScoreFieldProps {
  readonly criterion: Criterion;
  readonly saved: number | null;
  readonly disabled: boolean;
  readonly onSave: (score: number | null) => void;
  readonly onNext: () => void;
}

/**
 * A criterion's score field (a hook, so the reason can sit under the criterion's title row). A value the criterion allows is saved as it is typed; anything else
 * (off-step, out of range, not a number) is not saved: the field says why and shows the saved
 * value beside it, and leaving the field puts the saved value back. Nothing is ever clamped.
 * ↑/↓ move one step within the bounds; Enter goes to the next criterion.
 */
export function useScoreField({ criterion, saved, disabled, onSave, onNext }: ScoreFieldProps): ScoreField {
  const { t } = useTranslation();
  const [text, setText] = useState(textOf(saved));
  // A saved value that changed elsewhere (undo, a band, a reload) replaces what the field shows.
  useEffect(() => setText((current) => (meansSaved(criterion, current, saved) ? current : textOf(saved))), [criterion, saved]);
  const read = readScoreInput(criterion, text);
  const problem = read.kind === 'refused' ? read.problem : null;
  const change = (next: string) => {
    setText(next);
    const value = readScoreInput(criterion, next);
    if (value.kind === 'empty' && saved !== null) onSave(null);
    if (value.kind === 'score' && value.score !== saved) onSave(value.score);
  };
  const input = (
      <Input
        size="small"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        disabled={disabled}
        status={problem ? 'error' : undefined}
        aria-label={t('workspace.scoreOf', { title: criterion.title })}
        aria-invalid={problem !== null}
        // A spin button that takes typing: ↑/↓ step, and screen readers announce the saved value.
        role="spinbutton"
        aria-valuemin={0}
        aria-valuemax={criterion.maxPoints}
        {...(saved === null ? {} : { 'aria-valuenow': saved })}
        data-testid={`score-${criterion.id}`}
        className="ps-score-input"
        onChange={(e) => change(e.target.value)}
        onBlur={() => setText(textOf(saved))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onNext();
          } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
            e.preventDefault();
            const next = stepScore(criterion, saved, e.key === 'ArrowUp' ? 1 : -1);
            if (next !== saved) change(textOf(next));
          }
        }}
      />
  );
  return {
    input,
    problem: problem && (
      <div className="ps-score-problem" role="alert" data-testid={`score-problem-${criterion.id}`}>
        <Typography.Text type="danger">{problemText(t, criterion, problem)}</Typography.Text>{' '}
        <Typography.Text type="secondary" data-testid={`score-saved-${criterion.id}`}>
          {saved === null ? t('workspace.scoreSavedNone') : t('workspace.scoreSaved', { score: formatPoints(saved) })}
        </Typography.Text>
      </div>
    ),
  };
}

/** Why a typed score is not saved, in the interface's language. */
function problemText(t: TFunction, criterion: Criterion, problem: ScoreInputProblem): string {
  return t(`workspace.scoreProblem.${problem.code}`, {
    title: criterion.title,
    max: formatPoints(criterion.maxPoints),
    step: formatPoints(criterion.step),
    value: problem.value === null ? '' : formatPoints(problem.value),
    example: formatPoints(criterion.maxPoints),
  });
}
