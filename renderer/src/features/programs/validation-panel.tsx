import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../../shared/programs/validation-issue.ts';

/** The live validation result: all fine, or each problem as a link to where it is. */
export function ValidationPanel({ issues, onPick }: { issues: readonly ValidationIssue[]; onPick: (issue: ValidationIssue) => void }) {
  const { t } = useTranslation();
  if (issues.length === 0) {
    return <Alert type="success" showIcon icon={<CheckCircleOutlined />} message={t('editor.valid')} data-testid="validation-ok" />;
  }
  return (
    <Alert
      type="warning"
      showIcon
      icon={<WarningOutlined />}
      data-testid="validation-issues"
      message={t('editor.issues', { count: issues.length })}
      description={
        <List
          size="small"
          dataSource={issues.slice(0, 50)}
          renderItem={(issue) => (
            <List.Item style={{ padding: '2px 0', border: 0 }}>
              <Typography.Link onClick={() => onPick(issue)}>{issue.message}</Typography.Link>
            </List.Item>
          )}
        />
      }
    />
  );
}
