import { LinkOutlined } from '@ant-design/icons';
import { Empty, Tooltip, Tree } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentOutlineKey, flattenOutline, type OutlineNode } from '../model/outline-tree.ts';

interface TreeItem {
  readonly key: string;
  readonly title: ReactNode;
  readonly children: TreeItem[];
  readonly selectable: boolean;
}

function OutlineTitle({ node }: { node: OutlineNode }) {
  const { t } = useTranslation();
  const style = { fontWeight: node.bold ? 600 : undefined, fontStyle: node.italic ? 'italic' : undefined };
  if (node.url !== null) {
    return (
      <Tooltip title={t('reader.outlineLink', { url: node.url })}>
        <span className="ps-outline-title is-link" style={style}>
          <LinkOutlined /> {node.title}
        </span>
      </Tooltip>
    );
  }
  return (
    <span className="ps-outline-row" data-testid="reader-outline-item">
      <span className="ps-outline-title" style={style}>{node.title}</span>
      {node.page !== null && <span className="ps-outline-page" aria-label={t('reader.outlinePage', { page: node.page })}>{node.page}</span>}
    </span>
  );
}

function toTreeItems(nodes: readonly OutlineNode[]): TreeItem[] {
  return nodes.map((node) => ({
    key: node.key,
    title: <OutlineTitle node={node} />,
    children: toTreeItems(node.children),
    selectable: node.url === null && (node.dest !== null || node.page !== null),
  }));
}

/** The document's outline as a clickable, nested tree; the section being read is selected. */
export function OutlinePanel({ outline, page, onSelect }: { outline: readonly OutlineNode[] | null; page: number; onSelect: (node: OutlineNode) => void }) {
  const { t } = useTranslation();
  const treeData = useMemo(() => toTreeItems(outline ?? []), [outline]);
  const byKey = useMemo(() => new Map(flattenOutline(outline ?? []).map((node) => [node.key, node])), [outline]);
  const current = outline ? currentOutlineKey(outline, page) : null;
  if (outline !== null && outline.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reader.noOutline')} />;
  }
  return (
    <Tree
      className="ps-outline"
      blockNode
      defaultExpandAll
      treeData={treeData}
      selectedKeys={current ? [current] : []}
      onSelect={(_keys, info) => {
        const node = byKey.get(String(info.node.key));
        if (node) onSelect(node);
      }}
    />
  );
}
