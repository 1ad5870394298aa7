import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/error-text.ts';

/** Shows a failed action as a toast (errorText in the UI's language); `duration` in seconds, for long reasons. */
export function useErrorToast(duration?: number): (error: unknown) => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (error) => void message.error(duration === undefined ? errorText(error, t) : { content: errorText(error, t), duration });
}
