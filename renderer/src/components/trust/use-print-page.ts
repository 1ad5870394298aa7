import { App } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client.ts';
import { downloadBase64 } from '../../api/download-output.ts';
import { useAppStore } from '../../stores/app-store.ts';

/**
 * Prints the page shown: in the desktop app through Electron's printToPDF, saved as `pdfFileName`
 * (a PDF to keep and print); in a browser through its own print dialog. Both use the page's @page rules.
 */
export function usePrintPage(pdfFileName: string): { print: () => Promise<void>; busy: boolean } {
  const { message } = App.useApp();
  const transport = useAppStore((s) => s.info?.transport);
  const [busy, setBusy] = useState(false);
  const print = async () => {
    if (transport !== 'ipc') {
      window.print();
      return;
    }
    setBusy(true);
    try {
      const { base64 } = await call('print:pdf', {});
      downloadBase64(pdfFileName, base64, 'application/pdf');
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return { print, busy };
}
