// Our PdfView alone on a bare page, for bench/reader/reader.bench.ts (?url=documents/<id>). Not part of the app.
import { createRef } from 'react';
import { createRoot } from 'react-dom/client';
import type { LoadTuning } from '../src/features/reader/pdfjs/pdfjs-assets.ts';
import { PdfView, type PdfViewHandle } from '../src/features/reader/ui/pdf-view.tsx';
import '../src/features/reader/ui/reader.css';
import { installBenchProbe } from './bench-probe.ts';

const params = new URLSearchParams(location.search);
const url = params.get('url') ?? '';
// Loading options under test (bench/reader/reader.bench.ts); the reader's defaults otherwise.
const tuning: LoadTuning | undefined = params.has('chunk')
  ? {
      loader: params.get('loader') === 'url' ? 'url' : 'ranges',
      rangeChunkSize: Number(params.get('chunk')),
      disableAutoFetch: params.get('autofetch') === '0',
      disableStream: params.get('stream') === '0',
    }
  : undefined;
const handle = createRef<PdfViewHandle>();
const probe = installBenchProbe((page) => handle.current?.goToPage(page));
document.body.style.margin = '0';
createRoot(document.getElementById('root') as HTMLElement).render(
  <div style={{ position: 'absolute', inset: 0 }}>
    <PdfView
      ref={handle}
      url={url}
      {...(tuning ? { tuning } : {})}
      onPageRendered={(page) => probe.rendered(page)}
      onStatus={(status) => status.phase === 'ready' && probe.loaded(status.pagesCount)}
    />
  </div>,
);
