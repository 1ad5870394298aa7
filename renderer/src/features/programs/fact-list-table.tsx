import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactList, FactLists } from '../../../../shared/programs/program-fact-edits.ts';
import { addFactItem, factItems, removeFactItem } from '../../../../shared/programs/program-fact-edits.ts';
import type { FactEditing } from './fact-editing.ts';

/** One column of a fact list: its header (kept on one line) and the cell for an item. */
export interface FactColumn<L extends FactList> {
  readonly key: string;
  readonly title: ReactNode;
  readonly width?: number;
  readonly render: (item: FactLists[L]) => ReactNode;
}

/** A list of the program's facts as a table of inputs, with 删除 per row and 添加 below. */
export function FactListTable<L extends FactList>(props: {
  facts: FactEditing;
  list: L;
  columns: readonly FactColumn<L>[];
  addLabel: string;
  /** The fewest rows the list may keep (categories: 1); the schema refuses fewer anyway. */
  minRows?: number;
}) {
  const { t } = useTranslation();
  const { facts, list } = props;
  const items = factItems(facts.program, list);
  const canRemove = items.length > (props.minRows ?? 0);
  const columns = props.columns.map((c) => ({
    key: c.key,
    title: <span style={{ whiteSpace: 'nowrap' }}>{c.title}</span>,
    width: c.width,
    render: (_: unknown, item: FactLists[L]) => c.render(item),
  }));
  if (!facts.readOnly) {
    columns.push({
      key: 'remove',
      title: <span />,
      width: 48,
      render: (_: unknown, item: FactLists[L]) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('editor.remove')}
          disabled={!canRemove}
          onClick={() => facts.edit(removeFactItem(facts.program, list, item.id), `facts:remove:${list}:${item.id}`)}
        />
      ),
    });
  }
  return (
    <>
      <Table size="small" tableLayout="fixed" pagination={false} rowKey="id" dataSource={[...items]} columns={columns} locale={{ emptyText: t('facts.none') }} data-testid={`facts-${list}`} />
      {!facts.readOnly && (
        <Button
          style={{ marginTop: 8 }}
          icon={<PlusOutlined />}
          onClick={() => {
            const { program, id } = addFactItem(facts.program, list);
            facts.edit(program, `facts:add:${list}:${id}`);
          }}
        >
          {props.addLabel}
        </Button>
      )}
    </>
  );
}
