import {
  DownOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  RotateRightOutlined,
  SearchOutlined,
  UpOutlined,
  ZoomInOutlined,
  ZoomOutOutlined,
} from '@ant-design/icons';
import { Button, Input, Select, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfViewStatus } from '../model/pdf-view-status.ts';
import { parsePageInput } from '../model/view-state.ts';
import { parseZoomValue, scalePercent, zoomPresetPercents, type ZoomValue } from '../model/zoom.ts';

/** What the toolbar asks the reader to do. */
export interface ToolbarActions {
  goToPage(page: number): void;
  setZoom(zoom: ZoomValue): void;
  stepZoom(steps: number): void;
  rotate(delta: number): void;
  toggleSidebar(): void;
  openFind(): void;
}

function zoomSelectValue(zoom: ZoomValue): string {
  return typeof zoom === 'number' ? String(zoom) : zoom;
}

/** The reader's toolbar: sidebar, page box with total, previous/next, zoom, rotate, find. */
export function ReaderToolbar({ status, sidebarOpen, actions }: { status: PdfViewStatus; sidebarOpen: boolean; actions: ToolbarActions }) {
  const { t } = useTranslation();
  const [pageText, setPageText] = useState(String(status.page));
  const [invalid, setInvalid] = useState(false);
  const ready = status.phase === 'ready';
  useEffect(() => {
    setPageText(String(status.page));
    setInvalid(false);
  }, [status.page]);

  const commitPage = () => {
    const page = parsePageInput(pageText, status.pagesCount);
    if (page === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    actions.goToPage(page);
  };
  const current = zoomSelectValue(status.zoom);
  const presets = zoomPresetPercents.map((percent) => ({ value: String(percent / 100), label: t('reader.zoomPercent', { percent }) }));
  const custom = typeof status.zoom === 'number' && !presets.some((option) => option.value === current);
  const zoomOptions = [
    { value: 'page-width', label: t('reader.pageWidth') },
    { value: 'page-fit', label: t('reader.pageFit') },
    ...(custom ? [{ value: current, label: t('reader.zoomPercent', { percent: scalePercent(status.scale) }) }] : []),
    ...presets,
  ];

  return (
    <div className="ps-reader-toolbar" role="toolbar">
      <Tooltip title={t('reader.sidebar')}>
        <Button type="text" aria-label={t('reader.sidebar')} aria-pressed={sidebarOpen} data-testid="reader-sidebar-toggle"
          icon={sidebarOpen ? <MenuFoldOutlined /> : <MenuUnfoldOutlined />} onClick={actions.toggleSidebar} />
      </Tooltip>
      <span className="ps-reader-divider" />
      <Tooltip title={t('reader.previousPage')}>
        <Button type="text" className="ps-reader-step" aria-label={t('reader.previousPage')} icon={<UpOutlined />} disabled={!ready || status.page <= 1}
          onClick={() => actions.goToPage(status.page - 1)} />
      </Tooltip>
      <Tooltip title={t('reader.nextPage')}>
        <Button type="text" className="ps-reader-step" aria-label={t('reader.nextPage')} icon={<DownOutlined />} disabled={!ready || status.page >= status.pagesCount}
          onClick={() => actions.goToPage(status.page + 1)} />
      </Tooltip>
      <Tooltip open={invalid} title={t('reader.pageInvalid', { total: status.pagesCount })}>
        <Input
          className="ps-reader-page-input"
          aria-label={t('reader.page')}
          data-testid="reader-page-input"
          size="small"
          status={invalid ? 'error' : ''}
          disabled={!ready}
          value={pageText}
          onChange={(event) => setPageText(event.target.value)}
          onPressEnter={commitPage}
          onBlur={() => {
            setPageText(String(status.page));
            setInvalid(false);
          }}
          onFocus={(event) => event.target.select()}
        />
      </Tooltip>
      <span className="ps-reader-page-total" data-testid="reader-page-total">{t('reader.pageOf', { total: status.pagesCount || '–' })}</span>
      <span className="ps-reader-divider ps-reader-optional" />
      <Tooltip title={t('reader.zoomOut')}>
        <Button type="text" className="ps-reader-optional" aria-label={t('reader.zoomOut')} icon={<ZoomOutOutlined />} disabled={!ready} onClick={() => actions.stepZoom(-1)} />
      </Tooltip>
      <Select
        className="ps-reader-zoom"
        size="small"
        aria-label={t('reader.zoom')}
        data-testid="reader-zoom"
        disabled={!ready}
        value={current}
        options={zoomOptions}
        popupMatchSelectWidth={false}
        onChange={(value: string) => actions.setZoom(parseZoomValue(value))}
      />
      <Tooltip title={t('reader.zoomIn')}>
        <Button type="text" className="ps-reader-optional" aria-label={t('reader.zoomIn')} icon={<ZoomInOutlined />} disabled={!ready} onClick={() => actions.stepZoom(1)} />
      </Tooltip>
      <Tooltip title={t('reader.rotateClockwise')}>
        <Button type="text" className="ps-reader-optional" aria-label={t('reader.rotateClockwise')} data-testid="reader-rotate" icon={<RotateRightOutlined />} disabled={!ready}
          onClick={() => actions.rotate(90)} />
      </Tooltip>
      <span className="ps-spacer" />
      <Tooltip title={t('reader.find')}>
        <Button type="text" aria-label={t('reader.find')} data-testid="reader-find-open" icon={<SearchOutlined />} disabled={!ready} onClick={actions.openFind} />
      </Tooltip>
    </div>
  );
}
