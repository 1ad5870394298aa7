import { base64ToBytes, downloadFile } from './file-transfer.ts';

/**
 * Saves a file the services wrote (a review package) from `outputs/<id>`: streamed by the host, so
 * its size does not matter. A save dialog in Electron, the downloads folder in a browser.
 */
export function downloadOutput(id: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = `outputs/${encodeURIComponent(id)}`;
  link.download = fileName;
  link.click();
}

/** Saves bytes that came through the API as base64, unchanged (a signed score sheet, a PDF). */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  downloadFile(fileName, base64ToBytes(base64), type);
}
