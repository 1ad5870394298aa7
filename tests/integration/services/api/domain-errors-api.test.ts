// Domain errors as the page receives them from real services: the category and Chinese message
// the CLI and older callers rely on, plus the code and parameters the English UI renders.
import { afterEach, describe, expect, it } from 'vitest';
import { startAppServices, type AppServices } from '../../../../electron/services/app-services.ts';
import { messageIn } from '../../../../renderer/src/api/error-message.ts';
import { useTempDirs } from '../../../support/temp-dir.ts';
import { apiOf, uploadBytes } from '../../../support/trust-api.ts';

const tempDir = useTempDirs();
let services: AppServices | null = null;

afterEach(() => {
  services?.close();
  services = null;
});

describe('domain errors through the API', () => {
  it('a missing review, a lost upload and a refused package each carry their code, zh-CN message and English text', async () => {
    services = await startAppServices({ dataDir: tempDir(), transport: 'http', seedDemo: false });
    const { api } = apiOf(services);
    const missing = await api('reviews:get', { reviewId: 'nope' });
    expect(missing).toEqual({ ok: false, error: { code: 'not_found', message: '未找到评审活动 nope', domainCode: 'reviews.not-found', params: { reviewId: 'nope' } } });
    expect(messageIn({ error: missing.ok ? null : missing.error }, 'en')).toBe('No review nope on this computer');

    const lost = await api('uploads:append', { uploadId: 'gone', offset: 0, base64: '' });
    expect(lost).toMatchObject({ ok: false, error: { code: 'not_found', domainCode: 'transfer.upload-gone' } });

    const uploadId = await uploadBytes(apiOf(services), 'note.pingshen-pkg', new TextEncoder().encode('这不是评审包\n'));
    const refused = await api('packages:open', { uploadId });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/^评审包已拒绝，未保存任何内容：这不是评审包/u), domainCode: 'packages.not-a-zip', frame: 'packages.nothing-saved' },
    });
    const envelope = refused.ok ? null : refused.error;
    expect(messageIn({ error: envelope }, 'en')).toBe(
      'The review package was refused; nothing was saved: This is not a review package: the file is not a valid zip archive, or it is incomplete (perhaps not fully copied)',
    );
    // The Chinese text the page shows is the message the CLI and the logs see.
    expect(messageIn({ error: envelope }, 'zh-CN')).toBe(envelope?.message);
  });
});
