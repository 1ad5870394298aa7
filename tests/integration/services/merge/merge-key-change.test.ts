// An enrolled expert who signs a later version with a new key (a new laptop, a lost key): the sheet
// is held until the coordinator confirms the new key, which then counts beside the enrolled one, so
// the chain across the two keys holds. Enrolling the new key card on the roster retires the old key:
// a sheet signed with it afterwards is held, not counted (docs/merge.md, 暂存待处理的评分表).
import { describe, expect, it } from 'vitest';
import { makeKeyCard } from '../../../../electron/services/identity/key-card.ts';
import { signSheet } from '../../../../electron/services/sheets/sign-sheet.ts';
import type { ScoreSheet } from '../../../../shared/sheets/sheet-schema.ts';
import { demoPanel } from '../../../support/demo-panel.ts';
import { useServicesProfile } from '../../../support/services-profile.ts';
import { testKeys } from '../../../support/sheet-fixture.ts';
import { demoKey, demoExperts } from '../../../../electron/services/demo/demo-experts.ts';

const reviewId = 'demo-2026-anhui';
const profile = useServicesProfile('pingshen-merge-key-change-');

/** A later version of `sheet` signed by `key`, superseding `digest`. */
function nextVersion(sheet: ScoreSheet, digest: string, key: { publicKey: string; privateKeyPkcs8: Uint8Array; publicKeyRaw: Uint8Array }, createdAt: string) {
  const { signature: _signature, revisions: _revisions, ...unsigned } = sheet;
  const signed = signSheet({ ...unsigned, expert: { ...unsigned.expert, publicKey: key.publicKey }, version: sheet.version + 1, supersedes: digest, createdAt }, key.privateKeyPkcs8, key.publicKeyRaw);
  return { file: { fileName: signed.fileName, base64: Buffer.from(signed.bytes).toString('base64') }, sheet: signed.sheet, digest: signed.digest };
}

describe('a new key for an enrolled expert', () => {
  it('is held until confirmed, then counts beside the enrolled key; enrolling its key card retires the old one', async () => {
    const { value } = profile.api;
    const { files } = await demoPanel(profile.api);
    const received = await value('merge:receive', { reviewId, files });
    const first = demoExperts[0]!;
    const v1File = files.map((f) => JSON.parse(Buffer.from(f.base64, 'base64').toString('utf8')) as ScoreSheet).find((s) => s.expert.name === first.name && s.version === 1)!;
    const counted = received.report.counted.find((c) => c.expertId === v1File.expert.id)!;
    expect(counted.version).toBe(1);

    // Version 2 signed with a key of a new laptop: held, its fingerprint shown.
    const fresh = testKeys();
    const v2 = nextVersion(v1File, counted.digest, fresh, '2026-06-03T09:00:00.000Z');
    let view = await value('merge:receive', { reviewId, files: [v2.file] });
    const held = view.held.find((h) => h.expertId === v1File.expert.id)!;
    // Said apart from a key not enrolled yet: the screen names this case on its own.
    expect(held).toMatchObject({ kind: 'key', version: 2, digest: v2.digest, why: { key: 'sheet-refusals.key-differs' } });
    expect(view.report.counted.find((c) => c.expertId === v1File.expert.id)?.version).toBe(1);

    // Confirmed: version 2 counts, across the two keys.
    view = await value('merge:confirm-key', { reviewId, expertId: v1File.expert.id, fingerprint: held.fingerprint });
    expect(view.report.counted.find((c) => c.expertId === v1File.expert.id)).toMatchObject({ version: 2, digest: v2.digest, firstSight: true });

    // The old key still signs for the expert (it was enrolled and never retired): a version 3 with it counts.
    const old = demoKey(first.id);
    const v3 = nextVersion(v2.sheet, v2.digest, old, '2026-06-03T10:00:00.000Z');
    view = await value('merge:receive', { reviewId, files: [v3.file] });
    expect(view.report.counted.find((c) => c.expertId === v1File.expert.id)).toMatchObject({ version: 3, digest: v3.digest });

    // The new key card enrolled on the roster: the old key is retired, and a version 4 signed with it is held.
    const card = makeKeyCard({ expertName: first.name, organisation: first.organisation, privateKeyPkcs8: fresh.privateKeyPkcs8 });
    await value('experts:enroll', { reviewId, expertId: v1File.expert.id, text: new TextDecoder().decode(card.bytes), fingerprint: card.card.fingerprint });
    const v4 = nextVersion(v3.sheet, v3.digest, old, '2026-06-03T11:00:00.000Z');
    view = await value('merge:receive', { reviewId, files: [v4.file] });
    // Every version the retired key signed waits for the coordinator again; the new key's version 2 is what counts.
    expect(view.held.filter((h) => h.expertId === v1File.expert.id).map((h) => [h.version, h.kind])).toEqual([[1, 'key'], [3, 'key'], [4, 'key']]);
    expect(view.report.counted.find((c) => c.expertId === v1File.expert.id)).toMatchObject({ version: 2, digest: v2.digest });
  }, 120_000);
});
