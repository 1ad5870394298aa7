// The audit-log screen's calls on real services: audit:list pages the hash-chained log newest first,
// filtered by review, kind, text (taken literally) and China-time days; audit:verify checks the
// whole chain as `pingshen audit verify` checks an export, and names the first row edited behind
// the app's back.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../../electron/services/db/open-database.ts';
import { demoExperts, demoKey } from '../../../../electron/services/demo/demo-experts.ts';
import { makeKeyCard } from '../../../../electron/services/identity/key-card.ts';
import { useServicesProfile } from '../../../support/services-profile.ts';

const reviewId = 'demo-2026-anhui';
const profile = useServicesProfile('pingshen-audit-list-');

/** Today as a day in China Standard Time, shifted by `days`. */
function chinaDay(days = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

describe('the audit log on screen: audit:list and audit:verify', () => {
  const enrolled: { id: string; name: string }[] = [];

  it('lists every row newest first, with how many match and the kinds of the whole log', async () => {
    for (const e of demoExperts.slice(0, 3)) {
      const card = makeKeyCard({ expertName: e.name, organisation: e.organisation, privateKeyPkcs8: demoKey(e.id).privateKeyPkcs8 });
      const roster = await profile.api.value('experts:enroll', { reviewId, expertId: null, text: new TextDecoder().decode(card.bytes), fingerprint: card.card.fingerprint });
      enrolled.push({ id: roster.find((x) => x.publicKey === card.card.publicKey)!.id, name: e.name });
    }
    const { program } = await profile.api.value('programs:get', { programId: 'anhui-2026-high-skill-clusters' });
    await profile.api.value('reviews:create', { title: '2027 年度测试评审', programId: program.id, categories: [{ id: program.categories[0]!.id, quota: 1 }], deadline: '' });
    const page = await profile.api.value('audit:list', {});
    expect(page.total).toBeGreaterThanOrEqual(5);
    expect(page.entries.map((e) => e.seq)).toEqual([...page.entries.map((e) => e.seq)].sort((a, b) => b - a));
    expect(page.entries[0]!.action).toBe('review.created');
    expect(page.kinds).toEqual(expect.arrayContaining([{ kind: 'expert', count: 3 }, { kind: 'review', count: expect.any(Number) }]));
    expect(page.entries.find((e) => e.action === 'expert.enrolled')!.detail).toEqual(expect.any(Object));
  });

  it('filters by kind, by review, by text (literally: % and _ are no wildcards) and pages', async () => {
    const experts = await profile.api.value('audit:list', { kind: 'expert' });
    expect(experts.total).toBe(3);
    expect(experts.entries.every((e) => e.action.startsWith('expert.'))).toBe(true);
    const ofDemo = await profile.api.value('audit:list', { reviewId });
    expect(ofDemo.entries.every((e) => e.subject === reviewId || e.subject.startsWith(`${reviewId}/`))).toBe(true);
    // An enrolment is about one expert of the review (`<review>/<expert>`): still the review's.
    expect(ofDemo.entries.filter((e) => e.action === 'expert.enrolled')).toHaveLength(3);
    expect(ofDemo.entries.some((e) => e.action === 'review.created')).toBe(false);
    const one = await profile.api.value('audit:list', { text: enrolled[1]!.id });
    expect(one.entries.map((e) => e.action)).toContain('expert.enrolled');
    expect(one.entries.every((e) => JSON.stringify(e).includes(enrolled[1]!.id))).toBe(true);
    expect((await profile.api.value('audit:list', { text: '%' })).total).toBe(0);
    expect((await profile.api.value('audit:list', { text: '_' })).total).toBe(0);
    const all = await profile.api.value('audit:list', {});
    const second = await profile.api.value('audit:list', { offset: 2, limit: 2 });
    expect(second.entries.map((e) => e.seq)).toEqual(all.entries.slice(2, 4).map((e) => e.seq));
    expect(second.total).toBe(all.total);
  });

  it('filters by China-time days: today holds everything, tomorrow and yesterday nothing', async () => {
    const { total } = await profile.api.value('audit:list', {});
    expect((await profile.api.value('audit:list', { from: chinaDay(), to: chinaDay() })).total).toBe(total);
    expect((await profile.api.value('audit:list', { from: chinaDay(1) })).total).toBe(0);
    expect((await profile.api.value('audit:list', { to: chinaDay(-1) })).total).toBe(0);
    expect((await profile.api.api('audit:list', { from: '2026-13-45' })).ok).toBe(false);
    expect((await profile.api.api('audit:list', { from: 'yesterday' })).ok).toBe(false);
  });

  it('verifies the whole chain, and names the first row edited behind the app\'s back', async () => {
    const whole = await profile.api.value('audit:verify', {});
    const { total, entries } = await profile.api.value('audit:list', { limit: 1 });
    expect(whole).toEqual({ rows: total, lastHash: entries[0]!.hash, broken: null });
    const db = new Database(join(profile.root, 'profile', databaseFileName));
    const target = (await profile.api.value('audit:list', { kind: 'expert' })).entries.at(-1)!.seq;
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET detail = json_set(detail, '$.forged', 1) WHERE seq = ?").run(target);
    db.close();
    const broken = await profile.api.value('audit:verify', {});
    expect(broken.broken).toMatchObject({ seq: target, reason: 'edited', message: expect.stringContaining('被改动过') });
  });
});
