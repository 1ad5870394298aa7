import { call } from './client.ts';
import { fileToBase64 } from './file-transfer.ts';

// 1 MiB of bytes is 1.4 MB of base64: under the browser host's 2 MB request limit, and few calls for a package.
const CHUNK = 1024 * 1024;

/** Sends a picked file to the services in chunks (uploads:begin/append); resolves to the upload id. */
export async function uploadFile(file: File, onProgress: (sent: number, total: number) => void = () => {}): Promise<string> {
  const { uploadId } = await call('uploads:begin', { fileName: file.name.slice(0, 255) || 'upload', size: file.size });
  onProgress(0, file.size);
  for (let offset = 0; offset < file.size; offset += CHUNK) {
    const base64 = await fileToBase64(file.slice(offset, offset + CHUNK));
    const { received } = await call('uploads:append', { uploadId, offset, base64 });
    onProgress(received, file.size);
  }
  return uploadId;
}
