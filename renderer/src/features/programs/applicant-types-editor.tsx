import { useTranslation } from 'react-i18next';
import type { ApplicantType } from '../../../../shared/domain/program.ts';
import { updateFactItem } from '../../../../shared/programs/program-fact-edits.ts';
import { CommitInput } from '../../components/commit-input.tsx';
import type { FactEditing } from './fact-editing.ts';
import { FactField } from './fact-field.tsx';
import { FactListTable } from './fact-list-table.tsx';

/** The types of applicant the call admits, each with a description. */
export function ApplicantTypesEditor({ facts }: { facts: FactEditing }) {
  const { t } = useTranslation();
  const key = (a: ApplicantType, field: string) => `facts:applicantTypes:${a.id}:${field}`;
  const text = (a: ApplicantType, field: 'label' | 'description', label: string) => (
    <FactField refusal={facts.refusal(key(a, field))}>
      <CommitInput
        value={a[field]}
        aria-label={label}
        onCommit={(value) => facts.edit(updateFactItem(facts.program, 'applicantTypes', a.id, { [field]: value.trim() }), key(a, field))}
      />
    </FactField>
  );
  return (
    <FactListTable
      facts={facts}
      list="applicantTypes"
      addLabel={t('facts.add', { what: t('facts.applicantTypes') })}
      columns={[
        { key: 'label', title: t('facts.applicantLabel'), width: 320, render: (a) => text(a, 'label', t('facts.applicantLabel')) },
        { key: 'description', title: t('facts.applicantDescription'), render: (a) => text(a, 'description', t('facts.applicantDescription')) },
      ]}
    />
  );
}
