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

  it('a wrong passphrase, a short one and a backup that is not one are shown in English on the English screens', async () => {
    const dataDir = tempDir();
    services = await startAppServices({ dataDir, transport: 'http', seedDemo: false });
    const { api } = apiOf(services);
    const short = await api('identity:create', { name: '王敏', organisation: '省教育厅', passphrase: '短' });
    expect(short).toMatchObject({ ok: false, error: { domainCode: 'identity.passphrase-short', params: { min: 8 } } });
    expect(messageIn({ error: short.ok ? null : short.error }, 'en')).toBe('The passphrase needs at least 8 characters');
    expect(await api('identity:create', { name: '王敏', organisation: '省教育厅', passphrase: '评审专用口令 2026' })).toMatchObject({ ok: true });
    services.close();
    services = await startAppServices({ dataDir, transport: 'http', seedDemo: false });
    const wrong = await apiOf(services).api('identity:unlock', { passphrase: '评审专用口令 2025' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('口令不正确'), domainCode: 'identity.wrong-passphrase' } });
    expect(messageIn({ error: wrong.ok ? null : wrong.error }, 'en')).toMatch(/^Wrong passphrase/u);

    const uploadId = await uploadBytes(apiOf(services), '备份.pingshen-review', new TextEncoder().encode('not a zip'));
    const backup = await apiOf(services).api('reviews:inspect-backup', { uploadId });
    expect(backup).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^备份文件 备份\.pingshen-review 无法导入：/u), frame: 'reviews.backup-zip' } });
    expect(messageIn({ error: backup.ok ? null : backup.error }, 'en')).toMatch(/^The backup 备份\.pingshen-review cannot be imported: This is not a valid zip archive/u);
  });
});
