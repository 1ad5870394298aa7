import { AnnotationEditorType, AnnotationMode } from 'pdfjs-dist';
import { EventBus, PDFFindController, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';

/** pdf.js's viewer components wired together for one container, as pdf.js's simpleviewer example does. */
export interface PdfViewerParts {
  readonly eventBus: EventBus;
  readonly linkService: PDFLinkService;
  readonly findController: PDFFindController;
  readonly viewer: PDFViewer;
  /** Detaches the document and the viewer's observers and listeners. */
  dispose(): void;
}

/**
 * Creates PDFViewer with its EventBus, PDFLinkService and PDFFindController on `container`
 * (absolutely positioned, with an empty `.pdfViewer` div as its first child). Read-only: no
 * scripting manager (PDF JavaScript never runs), no annotation editing, forms drawn but not
 * editable, links inside the document followed but web links disabled (the app is offline).
 */
export function createPdfViewer(container: HTMLDivElement): PdfViewerParts {
  const abort = new AbortController();
  const eventBus = new EventBus();
  const linkService = new PDFLinkService({ eventBus });
  linkService.externalLinkEnabled = false;
  const findController = new PDFFindController({ eventBus, linkService });
  // `abortSignal` is read by PDFViewer but missing from its published options type.
  const options: ConstructorParameters<typeof PDFViewer>[0] & { abortSignal: AbortSignal } = {
    container,
    eventBus,
    linkService,
    findController,
    annotationMode: AnnotationMode.ENABLE,
    annotationEditorMode: AnnotationEditorType.DISABLE,
    abortSignal: abort.signal,
  };
  const viewer = new PDFViewer(options);
  linkService.setViewer(viewer);
  return {
    eventBus,
    linkService,
    findController,
    viewer,
    dispose() {
      viewer.setDocument(null);
      linkService.setDocument(null);
      abort.abort();
    },
  };
}
