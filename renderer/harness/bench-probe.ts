/** What the benchmark reads from a harness page (window.__bench). */
export interface BenchProbe {
  /** Milliseconds from navigation start to the first page's canvas being drawn. */
  firstPageMs: number | null;
  pagesCount: number;
  /** Shows page `n` and resolves once it is drawn. */
  goToPage(n: number): Promise<void>;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
  }
}

/** Installs window.__bench over a viewer: `show` scrolls to a page; call `rendered` from the page-rendered event. */
export function installBenchProbe(show: (page: number) => void): { rendered(page: number): void; loaded(pagesCount: number): void } {
  const drawn = new Set<number>();
  const waiting = new Map<number, () => void>();
  const probe: BenchProbe = {
    firstPageMs: null,
    pagesCount: 0,
    goToPage(n) {
      return new Promise<void>((resolve) => {
        if (drawn.has(n)) {
          show(n);
          requestAnimationFrame(() => resolve());
          return;
        }
        waiting.set(n, resolve);
        show(n);
      });
    },
  };
  window.__bench = probe;
  return {
    rendered(page) {
      if (page === 1 && probe.firstPageMs === null) probe.firstPageMs = performance.now();
      drawn.add(page);
      waiting.get(page)?.();
      waiting.delete(page);
    },
    loaded(pagesCount) {
      probe.pagesCount = pagesCount;
    },
  };
}
