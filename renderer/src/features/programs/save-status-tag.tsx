import { CheckOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import type { SaveStatus } from './program-editor-state.ts';

/** Shows whether the editor's changes are saved (they are saved automatically). */
export function SaveStatusTag({ status, error }: { status: SaveStatus; error: unknown }) {
  const { t } = useTranslation();
  switch (status) {
    case 'saved':
      return <Tag icon={<CheckOutlined />} color="success" data-testid="save-status">{t('editor.saved')}</Tag>;
    case 'pending':
    case 'saving':
      return <Tag icon={<LoadingOutlined />} color="processing" data-testid="save-status">{t('editor.saving')}</Tag>;
    case 'failed':
      return (
        <Tooltip title={error === null ? undefined : errorText(error, t)}>
          <Tag icon={<ExclamationCircleOutlined />} color="error" data-testid="save-status">{t('editor.saveFailed')}</Tag>
        </Tooltip>
      );
  }
}
