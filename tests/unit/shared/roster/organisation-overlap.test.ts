import { describe, expect, it } from 'vitest';
import { assignmentSummary } from '../../../../shared/roster/assignment-summary.ts';
import { normaliseOrganisation, organisationOverlap } from '../../../../shared/roster/organisation-overlap.ts';

describe('organisation overlap (回避 warning at assignment)', () => {
  it('finds the applicant or a partner that is the expert\'s own organisation, as typed', () => {
    expect(organisationOverlap('安徽职业技术大学', ['安徽职业技术大学', '科大讯飞股份有限公司'])).toEqual(['安徽职业技术大学']);
    expect(organisationOverlap('科大讯飞股份有限公司', ['安徽职业技术大学', '科大讯飞 股份有限公司'])).toEqual(['科大讯飞 股份有限公司']);
    expect(organisationOverlap('合肥（中国）智能装备有限公司', ['合肥(中国)智能装备有限公司'])).toEqual(['合肥(中国)智能装备有限公司']);
  });

  it('matches a part of the organisation or the organisation a part belongs to', () => {
    expect(organisationOverlap('安徽职业技术大学信息工程学院', ['安徽职业技术大学'])).toEqual(['安徽职业技术大学']);
    expect(organisationOverlap('安徽职业技术大学', ['安徽职业技术大学信息工程学院'])).toEqual(['安徽职业技术大学信息工程学院']);
  });

  it('does not warn for a different organisation, a blank one, or a short name inside a long one', () => {
    expect(organisationOverlap('合肥工业大学', ['安徽职业技术大学', '芜湖职业技术学院'])).toEqual([]);
    expect(organisationOverlap('', ['安徽职业技术大学'])).toEqual([]);
    expect(organisationOverlap('  ', ['安徽职业技术大学'])).toEqual([]);
    expect(organisationOverlap('大学', ['安徽职业技术大学'])).toEqual([]);
  });

  it('normalises full-width forms, brackets and spaces away', () => {
    expect(normaliseOrganisation('ＡＢＣ（集团） 有限公司')).toBe('abc集团有限公司');
  });
});

describe('assignment summary', () => {
  const review = {
    fields: [
      { id: 'ai', name: '人工智能', leadInstitutions: [], quota: 2 },
      { id: 'mfg', name: '智能制造', leadInstitutions: [], quota: 2 },
    ],
    submissions: [
      { id: 's1', fieldId: 'ai', applicant: '安徽职业技术大学', partners: ['科大讯飞股份有限公司'], title: '', applicantType: '' },
      { id: 's2', fieldId: 'ai', applicant: '芜湖职业技术学院', partners: [], title: '', applicantType: '' },
      { id: 's3', fieldId: 'mfg', applicant: '合肥职业技术学院', partners: ['安徽职业技术大学'], title: '', applicantType: '' },
    ],
  };
  const expert = { id: 'expert-1', name: '王明', organisation: '安徽职业技术大学', title: '', expertise: '', phone: '', panel: [], publicKey: null, fingerprint: null, enrolledAt: null, submissionIds: ['s1', 's2', 's3'], conflicts: [] };

  it('counts the fields of the assigned applications and lists where the expert should recuse', () => {
    expect(assignmentSummary(expert, review)).toEqual({
      fields: [{ fieldId: 'ai', name: '人工智能', count: 2 }, { fieldId: 'mfg', name: '智能制造', count: 1 }],
      overlaps: [{ submissionId: 's1', institutions: ['安徽职业技术大学'] }, { submissionId: 's3', institutions: ['安徽职业技术大学'] }],
    });
  });

  it('drops the warning once the 回避 is recorded', () => {
    const recused = { ...expert, submissionIds: ['s2', 's3'], conflicts: [{ submissionId: 's1', reason: '本单位' }] };
    expect(assignmentSummary(recused, review)).toMatchObject({ fields: [{ fieldId: 'ai', count: 1 }, { fieldId: 'mfg', count: 1 }], overlaps: [{ submissionId: 's3' }] });
  });
});
