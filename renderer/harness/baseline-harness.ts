// pdf.js's own PDFViewer set up as its maintainers' simpleviewer example does (examples/components/
// simpleviewer.mjs), with pdf.js's default loading options: the baseline bench/reader/reader.bench.ts
// measures PdfView against. Same worker and assets as the reader. Not part of the app.
import 'pdfjs-dist/web/pdf_viewer.css';
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { EventBus, PDFFindController, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import { pdfjsAssetUrls } from '../src/features/reader/pdfjs/pdfjs-assets.ts';
import { installBenchProbe } from './bench-probe.ts';

GlobalWorkerOptions.workerSrc = workerUrl;
const url = new URLSearchParams(location.search).get('url') ?? '';
const container = document.getElementById('viewerContainer') as HTMLDivElement;
container.style.cssText = 'position:absolute;inset:0;overflow:auto';

const eventBus = new EventBus();
const linkService = new PDFLinkService({ eventBus });
const findController = new PDFFindController({ eventBus, linkService });
const viewer = new PDFViewer({ container, eventBus, linkService, findController });
linkService.setViewer(viewer);
const probe = installBenchProbe((page) => (viewer.currentPageNumber = page));
eventBus.on('pagesinit', () => {
  viewer.currentScaleValue = 'page-width';
});
eventBus.on('pagerendered', (event: { pageNumber: number; cssTransform?: boolean; isDetailView?: boolean }) => {
  if (!event.cssTransform && !event.isDetailView) probe.rendered(event.pageNumber);
});

const { cMapUrl, standardFontDataUrl, wasmUrl, iccUrl } = pdfjsAssetUrls(document.baseURI);
const pdf = await getDocument({ url: new URL(url, document.baseURI).href, cMapUrl, cMapPacked: true, standardFontDataUrl, wasmUrl, iccUrl }).promise;
viewer.setDocument(pdf);
linkService.setDocument(pdf, null);
probe.loaded(pdf.numPages);
