import { Descriptions, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from './app-store.ts';

/** The About box: app version, transport and the versions of its main components. */
export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const info = useAppStore((s) => s.info);
  return (
    <Modal open={open} title={t('about.title')} onCancel={onClose} onOk={onClose} okText={t('about.close')} cancelButtonProps={{ style: { display: 'none' } }}>
      {info && (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={info.name}>{t('about.version', { version: info.version })}</Descriptions.Item>
          <Descriptions.Item label={t('about.transport')}>{t(`about.${info.transport}`)}</Descriptions.Item>
          {Object.entries(info.versions).map(([name, version]) => (
            <Descriptions.Item key={name} label={name}>{version}</Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </Modal>
  );
}
