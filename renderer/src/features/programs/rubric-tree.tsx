import { Badge, Tree } from 'antd';
import type { TreeDataNode, TreeProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Rubric } from '../../../../shared/domain/rubric.ts';
import { formatPoints } from '../../../../shared/scoring/decimal.ts';
import type { NodeRef } from './program-editor-state.ts';
import { applyTreeDrop } from './tree-drop.ts';

function keyOf(node: NodeRef | null): string | null {
  if (!node) return null;
  if (node.kind === 'section') return `section:${node.sectionId}`;
  if (node.kind === 'criterion') return `criterion:${node.criterionId}`;
  return null;
}

/** The rubric as a tree of sections and criteria: select to edit, drag to reorder. */
export function RubricTree(props: {
  rubric: Rubric;
  selected: NodeRef | null;
  withIssues: ReadonlySet<string>;
  readOnly: boolean;
  onSelect: (node: NodeRef) => void;
  onChange: (rubric: Rubric) => void;
}) {
  const { t } = useTranslation();
  const { rubric, withIssues } = props;
  const label = (id: string, title: string, points: number) => (
    <span data-testid={`tree-${id}`}>
      {withIssues.has(id) && <Badge status="error" style={{ marginRight: 6 }} />}
      {title} <span style={{ color: '#888' }}>{t('editor.points', { points: formatPoints(points) })}</span>
    </span>
  );
  const treeData: TreeDataNode[] = rubric.sections.map((section, i) => ({
    key: `section:${section.id}`,
    title: label(section.id, `${i + 1}. ${section.title}`, section.points),
    children: section.criteria.map((c, j) => ({ key: `criterion:${c.id}`, title: label(c.id, `${i + 1}.${j + 1} ${c.title}`, c.maxPoints), isLeaf: true })),
  }));
  const onDrop: TreeProps['onDrop'] = (info) => {
    const position = info.node.pos.split('-');
    const relative = info.dropPosition - Number(position[position.length - 1]);
    const where = !info.dropToGap ? 'into' : relative < 0 ? 'before' : 'after';
    props.onChange(applyTreeDrop(rubric, String(info.dragNode.key), String(info.node.key), where));
  };
  const selectedKey = keyOf(props.selected);
  return (
    <Tree
      blockNode
      showLine
      defaultExpandAll
      draggable={props.readOnly ? false : { icon: false }}
      treeData={treeData}
      selectedKeys={selectedKey ? [selectedKey] : []}
      onDrop={onDrop}
      onSelect={(keys) => {
        const key = String(keys[0] ?? '');
        if (key.startsWith('section:')) props.onSelect({ kind: 'section', sectionId: key.slice('section:'.length) });
        else if (key.startsWith('criterion:')) props.onSelect({ kind: 'criterion', criterionId: key.slice('criterion:'.length) });
      }}
    />
  );
}
