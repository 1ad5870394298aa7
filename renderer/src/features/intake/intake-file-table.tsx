import { Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PreviewFile } from '../../../../shared/intake/intake-preview.ts';
import { sizeText, type IntakeRole } from './intake-state.ts';

const ROLES: readonly IntakeRole[] = ['application', 'stamped', 'summary', 'summary-stamped', 'evidence', 'other'];

/** Where a file can be put: the applications, the file's current place, a move, and undoing one. */
export interface MoveChoice {
  readonly applications: readonly { readonly key: string; readonly label: string }[];
  /** The applications the file goes to now: one, none, or (a 汇总表 of everything, as the preview found it) several. */
  destinationsOf(file: PreviewFile): readonly string[];
  onMove(sourcePath: string, applicationKey: string | null): void;
  onUndo(sourcePath: string): void;
}

// A Select's values for "left out of the import" and "shared by every application it names" (null is not a Select value).
const LEAVE_OUT = '';
const SHARED = '\u0000shared';

// Whether the coordinator put a file somewhere else than the preview did.
const moved = (now: readonly string[], previewed: readonly string[]): boolean => now.length !== previewed.length || now.some((key) => !previewed.includes(key));

// The choice shown for where a file goes now.
const placeOf = (keys: readonly string[]): string => (keys.length === 0 ? LEAVE_OUT : keys.length === 1 ? (keys[0] as string) : SHARED);

/**
 * The files of one application (or of none): each with its role (a choice, the guess's reason beside it), size and short hash;
 * with `move`, a choice of the application it goes to (another one, out of the import, or back to where the preview put it).
 */
export function IntakeFileTable({ files, roleOf, onRole, disabled, move }: { files: readonly PreviewFile[]; roleOf: (file: PreviewFile) => IntakeRole; onRole: (sourcePath: string, role: IntakeRole) => void; disabled: boolean; move?: MoveChoice }) {
  const { t } = useTranslation();
  const moveColumn = move && {
    title: t('intake.moveTo'),
    key: 'move',
    width: 200,
    render: (_: unknown, f: PreviewFile) => (
      <div data-testid={`intake-move-${f.sourcePath}`}>
        <Select<string>
          value={placeOf(move.destinationsOf(f))}
          disabled={disabled}
          style={{ width: 180 }}
          onChange={(value) => (value === SHARED ? move.onUndo(f.sourcePath) : move.onMove(f.sourcePath, value === LEAVE_OUT ? null : value))}
          options={[
            { value: LEAVE_OUT, label: t('intake.leaveOut') },
            ...(f.applicationKeys.length > 1 ? [{ value: SHARED, label: t('intake.shared', { count: f.applicationKeys.length }) }] : []),
            ...move.applications.map((a) => ({ value: a.key, label: a.label })),
          ]}
          aria-label={`${t('intake.moveTo')} ${f.fileName}`}
        />
      </div>
    ),
  };
  const columns = [
    {
      title: t('intake.file'),
      key: 'file',
      width: move ? '22%' : '34%',
      render: (_: unknown, f: PreviewFile) => (
        <Space direction="vertical" size={0}>
          <Space size={4} wrap>
            <Typography.Text strong>{f.fileName}</Typography.Text>
            {f.readability !== 'ok' && <Tag color="red">{t(`intake.readability.${f.readability}`)}</Tag>}
          </Space>
          {f.sourcePath !== f.fileName && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{f.sourcePath}</Typography.Text>}
          {move && moved(move.destinationsOf(f), f.applicationKeys) && <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid={`intake-moved-${f.sourcePath}`}>{t('intake.moved')}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('intake.role'),
      key: 'role',
      width: 190,
      render: (_: unknown, f: PreviewFile) => {
        const role = roleOf(f);
        return (
          <Space direction="vertical" size={0}>
            <div data-testid={`intake-role-${f.sourcePath}`}>
            <Select<IntakeRole>
              value={role}
              disabled={disabled}
              style={{ width: 160 }}
              onChange={(value) => onRole(f.sourcePath, value)}
              options={ROLES.map((r) => ({ value: r, label: t(`intake.roles.${r}`) }))}
              aria-label={`${t('intake.role')} ${f.fileName}`}
            />
            </div>
            {role !== f.role && <Typography.Text type="warning" style={{ fontSize: 12 }}>{t('intake.roleChanged', { role: t(`intake.roles.${f.role}`) })}</Typography.Text>}
          </Space>
        );
      },
    },
    { title: t('intake.reason'), key: 'reason', render: (_: unknown, f: PreviewFile) => <Typography.Text type="secondary">{f.roleReason}</Typography.Text> },
    { title: t('intake.size'), key: 'size', width: 90, render: (_: unknown, f: PreviewFile) => sizeText(f.size) },
    {
      title: t('intake.sha256'),
      key: 'sha256',
      width: 130,
      render: (_: unknown, f: PreviewFile) => (
        <Tooltip title={f.sha256}>
          <Typography.Text code>{f.sha256.slice(0, 12)}</Typography.Text>
        </Tooltip>
      ),
    },
  ];
  if (moveColumn) columns.splice(1, 0, moveColumn);
  // Fixed layout: the tables of every application line up column by column.
  return <Table<PreviewFile> rowKey="sourcePath" size="small" tableLayout="fixed" pagination={false} columns={columns} dataSource={[...files]} />;
}
