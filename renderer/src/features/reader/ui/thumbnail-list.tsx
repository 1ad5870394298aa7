import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Draws a page small; resolves to null when the document is not open. */
export type RenderThumbnail = (page: number, width: number) => Promise<{ blob: Blob | null; aspect: number } | null>;

/** Width of a thumbnail in CSS pixels. */
export const thumbnailWidth = 120;

/**
 * Page thumbnails, rendered lazily: only pages scrolled into the sidebar are drawn, one at a time,
 * and kept as small PNG images. `renderKey` changes (e.g. on rotation) redraw them.
 */
export function ThumbnailList({ pagesCount, page, renderKey, render, onSelect }: {
  pagesCount: number;
  page: number;
  renderKey: string;
  render: RenderThumbnail;
  onSelect: (page: number) => void;
}) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const [images, setImages] = useState<ReadonlyMap<number, { url: string; aspect: number }>>(new Map());
  const pages = useMemo(() => Array.from({ length: pagesCount }, (_, index) => index + 1), [pagesCount]);

  useEffect(() => {
    const root = list.current;
    if (!root) return undefined;
    let cancelled = false;
    const urls: string[] = [];
    const queue: number[] = [];
    const queued = new Set<number>();
    let running = false;
    setImages(new Map());
    const pump = async () => {
      if (running) return;
      running = true;
      while (!cancelled && queue.length > 0) {
        const next = queue.shift() as number;
        const drawn = await render(next, thumbnailWidth).catch(() => null);
        if (cancelled || !drawn?.blob) continue;
        const url = URL.createObjectURL(drawn.blob);
        urls.push(url);
        setImages((previous) => new Map(previous).set(next, { url, aspect: drawn.aspect }));
      }
      running = false;
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const target = Number((entry.target as HTMLElement).dataset.page);
          if (!entry.isIntersecting || queued.has(target)) continue;
          queued.add(target);
          queue.push(target);
        }
        // Nearest pages first: the list is scrolled to where the expert is reading.
        queue.sort((a, b) => a - b);
        void pump();
      },
      { root, rootMargin: '200px 0px' },
    );
    root.querySelectorAll('[data-page]').forEach((element) => observer.observe(element));
    return () => {
      cancelled = true;
      observer.disconnect();
      urls.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [pages, render, renderKey]);

  useEffect(() => {
    list.current?.querySelector(`[data-page="${page}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [page]);

  return (
    <div className="ps-thumbnails" ref={list} data-testid="reader-thumbnails">
      {pages.map((number) => {
        const image = images.get(number);
        const label = t('reader.thumbnailLabel', { page: number });
        return (
          <button
            type="button"
            key={number}
            data-page={number}
            className={number === page ? 'ps-thumbnail is-current' : 'ps-thumbnail'}
            aria-label={label}
            aria-current={number === page ? 'page' : undefined}
            onClick={() => onSelect(number)}
          >
            <span className="ps-thumbnail-image" style={{ aspectRatio: `1 / ${image?.aspect ?? 1.414}` }}>
              {image && <img src={image.url} alt="" width={thumbnailWidth} />}
            </span>
            <span className="ps-thumbnail-number">{number}</span>
          </button>
        );
      })}
    </div>
  );
}
