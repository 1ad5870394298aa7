import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

type Values = { name: string; organisation: string };

/** Adds or edits a roster entry by name and organisation (the key comes from a key card). */
export function ExpertFormModal({ initial, onSave, onCancel }: { initial: Values | null; onSave: (values: Values) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  return (
    <Modal open title={initial ? t('roster.editExpert') : t('roster.addExpert')} onOk={() => form.submit()} onCancel={onCancel} destroyOnHidden okButtonProps={{ 'data-testid': 'expert-form-ok' }}>
      <Form<Values> form={form} layout="vertical" initialValues={initial ?? { name: '', organisation: '' }} onFinish={(v) => onSave({ name: v.name.trim(), organisation: (v.organisation ?? '').trim() })}>
        <Form.Item name="name" label={t('identity.name')} rules={[{ required: true, whitespace: true, message: t('identity.nameRequired') }]}>
          <Input data-testid="expert-form-name" maxLength={100} autoFocus />
        </Form.Item>
        <Form.Item name="organisation" label={t('identity.organisation')}>
          <Input data-testid="expert-form-organisation" maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
