import { useAppStore } from '../features/app/app-store.ts';
import { usePrint } from './print-store.ts';
import { useErrorToast } from '../components/use-error-toast.ts';

/**
 * Prints the page shown: in the desktop app through Electron's printToPDF, saved as `pdfFileName`
 * (a PDF to keep and print); in a browser through its own print dialog. Both use the page's @page rules.
 */
export function usePrintPage(pdfFileName: string): { print: () => Promise<void>; busy: boolean } {
  const toast = useErrorToast();
  const transport = useAppStore((s) => s.info?.transport);
  const busy = usePrint((s) => s.printing);
  const print = async () => {
    if (transport !== 'ipc') {
      window.print();
      return;
    }
    await usePrint.getState().printToPdf(pdfFileName).catch(toast);
  };
  return { print, busy };
}
