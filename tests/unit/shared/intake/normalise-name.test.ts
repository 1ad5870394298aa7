import { describe, expect, it } from 'vitest';
import { nameKey, normaliseName, resolveAlias } from '../../../../shared/intake/normalise-name.ts';

describe('normaliseName', () => {
  it('makes full- and half-width brackets, digits and letters and every kind of space compare equal', () => {
    expect(normaliseName('安徽 职业技术学院（合肥校区）')).toBe(normaliseName('安徽职业技术学院(合肥校区)'));
    expect(normaliseName('第１２３中学\u3000')).toBe('第123中学');
    expect(normaliseName('【ＡＢＣ】科技')).toBe('(abc)科技');
  });
  it('keeps different schools apart', () => {
    expect(normaliseName('安徽职业技术学院')).not.toBe(normaliseName('安徽职业技术大学'));
  });
});

describe('nameKey with the alias table', () => {
  const aliases = [{ alias: '安徽职院', fullName: '安徽职业技术学院' }];
  it('gives an alias the key of its full name, however it is typed', () => {
    expect(nameKey('安徽职院', aliases)).toBe(nameKey('安徽职业技术学院'));
    expect(nameKey(' 安徽职院（盖章）', aliases)).toBe(nameKey('安徽职业技术学院'));
  });
  it('drops a (盖章) written after a name', () => {
    expect(nameKey('青岚职业技术学院（盖章）')).toBe(nameKey('青岚职业技术学院'));
  });
  it('resolves the name shown to the full name', () => {
    expect(resolveAlias('安徽职院', aliases)).toBe('安徽职业技术学院');
    expect(resolveAlias('青岚职业技术学院（盖章） ', aliases)).toBe('青岚职业技术学院');
  });
});
