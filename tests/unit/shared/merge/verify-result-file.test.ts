import { describe, expect, it } from 'vitest';
import { nodeCrypto } from '../../../../electron/services/crypto/node-crypto.ts';
import { verifyResultFile } from '../../../../shared/merge/verify-result-file.ts';

// A result that passes the schema, with a title holding a lone surrogate (legal JSON, not canonical JSON).
const text = JSON.stringify({
  format: 'pingshen.result/1', reviewId: 'r', title: 'X', documentNumber: '', program: { id: 'p', version: 1 }, rule: 'mean',
  createdAt: '2026-06-02T10:00:00.000Z', coordinator: { name: '秘书处', publicKey: 'A'.repeat(43) }, packageDigests: [], sheets: [], categories: [],
  signature: { algorithm: 'Ed25519', publicKey: 'A'.repeat(43), value: 'A'.repeat(86) },
}).replace('"title":"X"', '"title":"\\ud800"');

describe('verifyResultFile', () => {
  it('refuses text canonical JSON cannot hold (a lone surrogate) as not canonical, without throwing', () => {
    expect(verifyResultFile(new TextEncoder().encode(text), nodeCrypto)).toMatchObject({ ok: false, code: 'not_canonical' });
  });

  it('refuses what is not a result, by its format', () => {
    expect(verifyResultFile(new TextEncoder().encode('{"format":"pingshen.sheet/1"}'), nodeCrypto)).toMatchObject({ ok: false, code: 'not_a_result' });
    expect(verifyResultFile(new TextEncoder().encode('{"format'), nodeCrypto)).toMatchObject({ ok: false, code: 'not_json' });
  });
});
