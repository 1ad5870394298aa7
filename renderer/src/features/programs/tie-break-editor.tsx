import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Program, TieBreak } from '../../../../shared/domain/program.ts';
import { setTieBreak } from '../../../../shared/programs/program-fact-edits.ts';
import type { FactEditing } from './fact-editing.ts';

/** A tie-break step as one select value: `section:<id>` or the kind. */
const valueOf = (step: TieBreak) => (step.kind === 'section' ? `section:${step.sectionId}` : step.kind);
const stepOf = (value: string): TieBreak =>
  value.startsWith('section:') ? { kind: 'section', sectionId: value.slice('section:'.length) } : { kind: value as 'median' | 'spread' | 'coordinator' };

/** Sections of the rubrics the categories use, by id (ids repeat across rubrics on purpose), with a title for each. */
function sectionChoices(program: Program): { id: string; title: string }[] {
  const used = new Set(program.categories.map((c) => c.rubricId));
  const seen = new Map<string, string>();
  for (const rubric of program.rubrics.filter((r) => used.has(r.id))) for (const s of rubric.sections) if (!seen.has(s.id)) seen.set(s.id, s.title);
  return [...seen].map(([id, title]) => ({ id, title }));
}

/** The tie-break order: each step a select, moved up or down, removed, or added at the end. */
export function TieBreakEditor({ facts }: { facts: FactEditing }) {
  const { t } = useTranslation();
  const steps = facts.program.aggregation.tieBreak;
  const options = [
    ...sectionChoices(facts.program).map((s) => ({ value: `section:${s.id}`, label: t('facts.tie.section', { title: s.title }) })),
    ...(['median', 'spread', 'coordinator'] as const).map((kind) => ({ value: kind, label: t(`facts.tie.${kind}`) })),
  ];
  const set = (next: readonly TieBreak[]) => facts.edit(setTieBreak(facts.program, next), 'facts:aggregation:tieBreak');
  const move = (from: number, to: number) => {
    const next = [...steps];
    const [step] = next.splice(from, 1);
    if (step) next.splice(to, 0, step);
    set(next);
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="tie-break">
      {steps.map((step, index) => (
        <Space key={`${index}:${valueOf(step)}`} wrap>
          <span style={{ display: 'inline-block', width: 20 }}>{index + 1}.</span>
          <Select
            style={{ width: 360 }}
            value={valueOf(step)}
            // A section no used rubric has still shows (by id), so the refusal can name it.
            options={options.some((o) => o.value === valueOf(step)) ? options : [...options, { value: valueOf(step), label: valueOf(step) }]}
            aria-label={`${t('facts.tieBreak')} ${index + 1}`}
            onChange={(value: string) => set(steps.map((s, i) => (i === index ? stepOf(value) : s)))}
          />
          {!facts.readOnly && (
            <>
              <Button type="text" icon={<ArrowUpOutlined />} aria-label={t('facts.moveUp')} disabled={index === 0} onClick={() => move(index, index - 1)} />
              <Button type="text" icon={<ArrowDownOutlined />} aria-label={t('facts.moveDown')} disabled={index === steps.length - 1} onClick={() => move(index, index + 1)} />
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('editor.remove')} onClick={() => set(steps.filter((_, i) => i !== index))} />
            </>
          )}
        </Space>
      ))}
      {!facts.readOnly && (
        <Button
          icon={<PlusOutlined />}
          onClick={() => {
            // The first choice not yet in the order; the coordinator's decision when all are.
            const unused = options.find((o) => !steps.some((s) => valueOf(s) === o.value));
            set([...steps, stepOf(unused?.value ?? 'coordinator')]);
          }}
        >
          {t('facts.addTieBreak')}
        </Button>
      )}
    </Space>
  );
}
