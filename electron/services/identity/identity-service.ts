import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/api/result.ts';
import type { IdentityStatus } from '../../../shared/domain/trust-views.ts';
import { appendAudit } from '../db/audit-log.ts';
import { decodeUtf8 } from '../../../shared/crypto/utf8.ts';
import { makeKeyCard } from './key-card.ts';
import { loadOrCreateIdentity, readIdentityInfo, type Identity } from './key-store.ts';
import { createPassphraseSealer } from './passphrase-sealer.ts';
import type { IdentityProfile } from './identity-profile.ts';
import { readIdentityProfile, saveIdentityProfile } from './identity-profile.ts';
import type { SecretSealer } from './secret-sealer.ts';

/** The profile's signing identity, with the private key held open in this process only. */
export interface IdentityService {
  status(): IdentityStatus;
  create(input: { name: string; organisation: string; passphrase: string | null }): IdentityStatus;
  unlock(passphrase: string): IdentityStatus;
  /** The open identity (the OS keychain opens it on demand), or a `forbidden` failure asking for the passphrase. */
  requireUnlocked(): Identity & IdentityProfile;
  keyCard(): { fileName: string; text: string };
}

// Messages of the key store are written for people (Chinese, with what to do): they cross as they are.
function asFailure(error: unknown): never {
  if (error instanceof ApiFailure) throw error;
  throw new ApiFailure('forbidden', error instanceof Error ? error.message : String(error));
}

/**
 * Creates the identity service of a profile. `osSealer` is Electron's safeStorage where the OS offers
 * it; without one (the browser host, a Linux desktop without a keyring) the key is sealed by a passphrase.
 */
export function createIdentityService(options: { profileDir: string; db: Database; osSealer: SecretSealer | null }): IdentityService {
  const { profileDir, db, osSealer } = options;
  let open: Identity | null = null;

  const status = (): IdentityStatus => {
    const info = readIdentityInfo(profileDir);
    const profile = readIdentityProfile(db);
    const sealer = info?.sealer ?? (osSealer ? 'os' : 'passphrase');
    return {
      exists: info !== null,
      name: profile?.name ?? null,
      organisation: profile?.organisation ?? null,
      publicKey: info?.publicKey ?? null,
      fingerprint: info?.fingerprint ?? null,
      createdAt: info?.createdAt ?? null,
      sealer,
      unlocked: open !== null,
      needsPassphrase: info !== null && open === null && sealer === 'passphrase',
    };
  };

  const withProfile = (identity: Identity): Identity & IdentityProfile => {
    const profile = readIdentityProfile(db);
    if (!profile) throw new ApiFailure('not_found', '本机签名身份缺少姓名，请在「身份与签名」中重新填写');
    return { ...identity, ...profile };
  };

  const requireUnlocked = (): Identity & IdentityProfile => {
    if (open) return withProfile(open);
    const info = readIdentityInfo(profileDir);
    if (!info) throw new ApiFailure('forbidden', '本机尚无签名身份，请先在「身份与签名」中创建');
    if (info.sealer === 'passphrase') throw new ApiFailure('forbidden', '请先输入口令，解开本机的签名私钥');
    if (!osSealer) throw new ApiFailure('forbidden', '本机签名私钥由系统钥匙串保护，但当前无法使用系统钥匙串');
    try {
      open = loadOrCreateIdentity(profileDir, osSealer);
    } catch (error) {
      asFailure(error);
    }
    return withProfile(open);
  };

  return {
    status,
    requireUnlocked,
    create({ name, organisation, passphrase }) {
      if (readIdentityInfo(profileDir)) throw new ApiFailure('conflict', '本机已有签名身份；为免已发出的公钥卡和评分表失效，不会重新生成');
      if (!osSealer && passphrase === null) throw new ApiFailure('invalid_input', '本机没有系统钥匙串，请设置口令来保护签名私钥');
      const sealer = osSealer ?? createPassphraseSealer(passphrase as string);
      try {
        open = loadOrCreateIdentity(profileDir, sealer);
      } catch (error) {
        asFailure(error);
      }
      saveIdentityProfile(db, { name, organisation });
      appendAudit(db, 'identity.created', open.fingerprint, { sealer: sealer.kind, name, organisation });
      return status();
    },
    unlock(passphrase) {
      const info = readIdentityInfo(profileDir);
      if (!info) throw new ApiFailure('not_found', '本机尚无签名身份，请先创建');
      if (info.sealer !== 'passphrase') {
        requireUnlocked();
        return status();
      }
      try {
        open = loadOrCreateIdentity(profileDir, createPassphraseSealer(passphrase));
      } catch (error) {
        asFailure(error);
      }
      return status();
    },
    keyCard() {
      const identity = requireUnlocked();
      const card = makeKeyCard({ expertName: identity.name, organisation: identity.organisation, privateKeyPkcs8: identity.privateKeyPkcs8 });
      return { fileName: card.fileName, text: decodeUtf8(card.bytes) };
    },
  };
}
