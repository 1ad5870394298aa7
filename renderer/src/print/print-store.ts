import { create } from 'zustand';
import { call } from '../api/client.ts';
import { downloadBase64 } from '../api/download-output.ts';

/** Printing the page shown to a PDF through Electron's printToPDF (the desktop app only). */
export interface PrintStore {
  readonly printing: boolean;
  /** Prints the page to a PDF and offers it as `pdfFileName`; rejects with the failure. */
  printToPdf(pdfFileName: string): Promise<void>;
}

/** The print store: one PDF at a time, for the whole app (the page shown is what prints). */
export const usePrint = create<PrintStore>()((set) => ({
  printing: false,
  async printToPdf(pdfFileName) {
    set({ printing: true });
    try {
      const { base64 } = await call('print:pdf', {});
      downloadBase64(pdfFileName, base64, 'application/pdf');
    } finally {
      set({ printing: false });
    }
  },
}));
