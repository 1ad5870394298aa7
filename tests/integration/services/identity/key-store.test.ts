import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '../../../../shared/crypto/base64url.ts';
import { makeKeyCard, verifyKeyCard } from '../../../../electron/services/identity/key-card.ts';
import { identityPath, loadOrCreateIdentity, readIdentityInfo } from '../../../../electron/services/identity/key-store.ts';
import { generateKeyPair, nodeCrypto, signBytes } from '../../../../electron/services/crypto/node-crypto.ts';
import { createPassphraseSealer } from '../../../../electron/services/identity/passphrase-sealer.ts';
import { UnsealError } from '../../../../electron/services/identity/secret-sealer.ts';
import type { SecretSealer } from '../../../../electron/services/identity/secret-sealer.ts';
import { useTempDirs } from '../../../support/temp-dir.ts';

const tempDir = useTempDirs();
const PASSPHRASE = '评审专用口令 2026';

/** Every clear-text spelling of the secret a careless store might write. */
function spellings(secret: Uint8Array): string[] {
  const buffer = Buffer.from(secret);
  return [buffer.toString('hex'), buffer.toString('hex').toUpperCase(), buffer.toString('base64'), buffer.toString('base64url')];
}

describe('key store', () => {
  it('creates the identity on first use and opens the same one with the passphrase', () => {
    const dir = tempDir();
    expect(readIdentityInfo(dir)).toBeNull();
    const created = loadOrCreateIdentity(dir, createPassphraseSealer(PASSPHRASE), new Date('2026-05-30T08:00:00Z'));
    const again = loadOrCreateIdentity(dir, createPassphraseSealer(PASSPHRASE));
    expect(again.publicKey).toBe(created.publicKey);
    expect(again.privateKeyPkcs8).toEqual(created.privateKeyPkcs8);
    expect(again.createdAt).toBe('2026-05-30T08:00:00.000Z');
    expect(readIdentityInfo(dir)).toEqual({ publicKey: created.publicKey, fingerprint: created.fingerprint, createdAt: created.createdAt, sealer: 'passphrase' });
    const message = new Uint8Array([1, 2, 3]);
    expect(nodeCrypto.verify(created.publicKeyRaw, message, signBytes(again.privateKeyPkcs8, message))).toBe(true);
    if (process.platform !== 'win32') expect(statSync(identityPath(dir)).mode & 0o777).toBe(0o600);
  });

  it('refuses a wrong passphrase with a clear Chinese error', () => {
    const dir = tempDir();
    loadOrCreateIdentity(dir, createPassphraseSealer(PASSPHRASE));
    expect(() => loadOrCreateIdentity(dir, createPassphraseSealer('评审专用口令 2025'))).toThrow(UnsealError);
    expect(() => loadOrCreateIdentity(dir, createPassphraseSealer('short'))).toThrow('口令不正确');
  });

  it('never writes the private key in clear', () => {
    const dir = tempDir();
    const identity = loadOrCreateIdentity(dir, createPassphraseSealer(PASSPHRASE));
    const file = readFileSync(identityPath(dir));
    const seed = identity.privateKeyPkcs8.subarray(-32);
    expect(file.includes(Buffer.from(seed))).toBe(false);
    expect(file.includes(Buffer.from(identity.privateKeyPkcs8))).toBe(false);
    const text = file.toString('utf8');
    for (const spelling of [...spellings(seed), ...spellings(identity.privateKeyPkcs8)]) expect(text).not.toContain(spelling);
    expect(text).toContain(identity.publicKey);
  });

  it('refuses a short new passphrase, another sealer kind, a tampered envelope and a swapped public key', () => {
    expect(() => loadOrCreateIdentity(tempDir(), createPassphraseSealer('1234567'))).toThrow('至少需要 8 个字符');
    const dir = tempDir();
    loadOrCreateIdentity(dir, createPassphraseSealer(PASSPHRASE));
    const osSealer: SecretSealer = { kind: 'os', seal: (bytes) => bytes, open: (bytes) => bytes };
    expect(() => loadOrCreateIdentity(dir, osSealer)).toThrow('由口令保护');
    const original = JSON.parse(readFileSync(identityPath(dir), 'utf8')) as Record<string, string>;
    const sealed = Buffer.from(original.sealedPrivateKey ?? '', 'base64url');
    sealed[4] = 9; // r in the header, bound in as associated data
    writeFileSync(identityPath(dir), JSON.stringify({ ...original, sealedPrivateKey: sealed.toString('base64url') }));
    expect(() => loadOrCreateIdentity(dir, createPassphraseSealer(PASSPHRASE))).toThrow(UnsealError);
    writeFileSync(identityPath(dir), JSON.stringify({ ...original, publicKey: encodeBase64url(new Uint8Array(32).fill(1)) }));
    expect(() => loadOrCreateIdentity(dir, createPassphraseSealer(PASSPHRASE))).toThrow('公钥与私钥不匹配');
    writeFileSync(identityPath(dir), '{');
    expect(() => readIdentityInfo(dir)).toThrow('签名身份文件已损坏');
  });
});

describe('key card', () => {
  const identity = { privateKeyPkcs8: generateKeyPair().privateKeyPkcs8 };
  const { card, bytes, fileName } = makeKeyCard({ expertName: '李明', organisation: '某职业技术学院', ...identity, now: new Date('2026-05-30T08:00:00Z') });

  it('is self-signed and verifies, also when re-formatted', () => {
    expect(card.format).toBe('pingshen.keycard/1');
    expect(fileName).toBe(`keycard-${card.fingerprint.replaceAll(' ', '').slice(0, 8)}.pingshen-keycard.json`);
    expect(verifyKeyCard(bytes)).toEqual({ ok: true, card });
    expect(verifyKeyCard(new Uint8Array(Buffer.from(JSON.stringify(card, null, 2))))).toMatchObject({ ok: true });
  });

  it('refuses a changed name, key or fingerprint, and other files', () => {
    const json = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value)));
    expect(verifyKeyCard(json({ ...card, expertName: '王强' }))).toMatchObject({ ok: false, message: expect.stringContaining('签名无效') });
    expect(verifyKeyCard(json({ ...card, fingerprint: '0000 0000 0000 0000 0000 0000 0000 0000' }))).toMatchObject({ ok: false, message: expect.stringContaining('指纹') });
    const forged = makeKeyCard({ expertName: '李明', organisation: '', privateKeyPkcs8: generateKeyPair().privateKeyPkcs8 }).card;
    expect(verifyKeyCard(json({ ...card, publicKey: forged.publicKey, fingerprint: forged.fingerprint }))).toMatchObject({ ok: false });
    expect(verifyKeyCard(json({ format: 'pingshen.keycard/2' }))).toMatchObject({ ok: false, message: expect.stringContaining('「2」') });
    expect(verifyKeyCard(json({ format: 'pingshen.sheet/1' }))).toMatchObject({ ok: false, message: '这不是公钥卡文件' });
  });

  it('names the field a malformed card lacks, and an empty format version, with no empty slot', () => {
    const json = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value)));
    const { expertName: _dropped, ...nameless } = card;
    expect(verifyKeyCard(json(nameless))).toEqual({ ok: false, message: '公钥卡内容不符合格式：expertName：缺少此项' });
    expect(verifyKeyCard(json({ format: 'pingshen.keycard/' }))).toMatchObject({ ok: false, message: '公钥卡格式版本「空」不受支持' });
  });
});
