import { Select, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MergeView } from '../../../../shared/domain/merge-view.ts';

type Settings = MergeView['settings'];

const rules: readonly Settings['rule'][] = ['mean', 'trimmed-mean', 'median'];

/** The review's merge settings: the rule that ranks and where the trimmed mean trims; locked while any list is final. */
export function MergeSettingsBar(props: { settings: Settings; locked: boolean; onChange: (next: Pick<Settings, 'rule' | 'trimOn'>) => void }) {
  const { t } = useTranslation();
  const { settings, locked } = props;
  const set = (next: Partial<Pick<Settings, 'rule' | 'trimOn'>>) => props.onChange({ rule: settings.rule, trimOn: settings.trimOn, ...next });
  return (
    <Tooltip title={locked ? t('merge.settingsLocked') : null}>
      <Space wrap data-testid="merge-settings">
        <Typography.Text strong>{t('merge.ruleLabel')}</Typography.Text>
        <Select<Settings['rule']>
          size="small"
          style={{ width: 230 }}
          value={settings.rule}
          disabled={locked}
          onChange={(rule) => set({ rule })}
          options={rules.map((r) => ({ value: r, label: r === settings.programRule ? t('merge.programRule', { rule: t(`merge.rules.${r}`) }) : t(`merge.rules.${r}`) }))}
          data-testid="merge-rule"
        />
        <Typography.Text>{t('merge.trimOnLabel', { count: settings.trimCount, panel: settings.trimMinimumPanel })}</Typography.Text>
        <Select<Settings['trimOn']>
          size="small"
          style={{ width: 200 }}
          value={settings.trimOn}
          disabled={locked}
          onChange={(trimOn) => set({ trimOn })}
          options={(['totals', 'criteria'] as const).map((v) => ({ value: v, label: t(`merge.trimOn.${v}`) }))}
          data-testid="merge-trim-on"
        />
      </Space>
    </Tooltip>
  );
}
