import { CloseOutlined, DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Input, Tooltip, type InputRef } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindStatus } from '../model/find-status.ts';

/** Props of FindBar. */
export interface FindBarProps {
  readonly query: string;
  readonly status: FindStatus;
  /** Changes on every Ctrl+F so the box is focused and selected again. */
  readonly focusToken: number;
  onQueryChange(query: string): void;
  onFind(previous: boolean): void;
  onClose(): void;
}

/** The count shown beside the find box: 第 3/12 处, 未找到, 正在查找…. */
function FindCount({ status }: { status: FindStatus }) {
  const { t } = useTranslation();
  if (status.query.length === 0 || status.state === 'idle') return null;
  if (status.state === 'not-found') return <span className="ps-find-count is-empty">{t('reader.findNotFound')}</span>;
  if (status.total === 0) return <span className="ps-find-count">{t('reader.findPending')}</span>;
  return (
    <span className="ps-find-count">
      {status.current > 0 ? t('reader.findCount', { current: status.current, total: status.total }) : t('reader.findTotal', { total: status.total })}
    </span>
  );
}

/** The find bar: Enter next, Shift+Enter previous, Esc closes (handled by the reader's shortcuts). */
export function FindBar({ query, status, focusToken, onQueryChange, onFind, onClose }: FindBarProps) {
  const { t } = useTranslation();
  const input = useRef<InputRef>(null);
  useEffect(() => {
    input.current?.focus({ cursor: 'all' });
  }, [focusToken]);
  return (
    <div className="ps-find-bar" role="search" data-testid="reader-find-bar">
      <Input
        ref={input}
        size="small"
        className="ps-find-input"
        aria-label={t('reader.findPlaceholder')}
        placeholder={t('reader.findPlaceholder')}
        data-testid="reader-find-input"
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
          event.preventDefault();
          onFind(event.shiftKey);
        }}
      />
      <span data-testid="reader-find-count">
        <FindCount status={status} />
      </span>
      <Tooltip title={t('reader.findPrevious')}>
        <Button type="text" size="small" aria-label={t('reader.findPrevious')} icon={<UpOutlined />} disabled={!query} onClick={() => onFind(true)} />
      </Tooltip>
      <Tooltip title={t('reader.findNext')}>
        <Button type="text" size="small" aria-label={t('reader.findNext')} icon={<DownOutlined />} disabled={!query} onClick={() => onFind(false)} />
      </Tooltip>
      <Tooltip title={t('reader.findClose')}>
        <Button type="text" size="small" aria-label={t('reader.findClose')} icon={<CloseOutlined />} onClick={onClose} />
      </Tooltip>
    </div>
  );
}
