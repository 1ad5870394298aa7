import { Button, Card, Checkbox, Input, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeldSheet } from '../../../../shared/domain/merge-view.ts';

type Choice = { expertId: string; version: number; digest: string; reason: string };

/** Groups the conflicting sheets by expert and version: one choice each. */
function conflictGroups(held: readonly HeldSheet[]): HeldSheet[][] {
  const groups = new Map<string, HeldSheet[]>();
  for (const h of held.filter((x) => x.kind === 'conflict')) {
    const key = `${h.expertId}/${String(h.version)}`;
    groups.set(key, [...(groups.get(key) ?? []), h]);
  }
  return [...groups.values()];
}

/**
 * The sheets held back until the coordinator acts: a key to confirm (its fingerprint compared with
 * the expert in person, then every held sheet of theirs with that key counts) or to refuse (不采用,
 * with the reason: those sheets are removed), or one of several different sheets of one version to
 * choose, with the reason.
 */
export function HeldSheets(props: {
  held: readonly HeldSheet[];
  onConfirmKey: (expertId: string, fingerprint: string) => Promise<boolean>;
  onChoose: (choice: Choice) => Promise<boolean>;
  onSetAside: (expertId: string, fingerprint: string, reason: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<HeldSheet | null>(null);
  const [compared, setCompared] = useState(false);
  const [choosing, setChoosing] = useState<HeldSheet[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [settingAside, setSettingAside] = useState<HeldSheet | null>(null);
  const [asideReason, setAsideReason] = useState('');
  const keys = props.held.filter((h) => h.kind === 'key');
  // One confirmation per expert and key, however many sheets they signed with it.
  const keyItems = keys.filter((h, i) => keys.findIndex((o) => o.expertId === h.expertId && o.fingerprint === h.fingerprint) === i);
  const groups = conflictGroups(props.held);
  if (keyItems.length === 0 && groups.length === 0) return null;
  return (
    <Card size="small" title={t('merge.held.title')} data-testid="merge-held">
      <Space direction="vertical" style={{ width: '100%' }}>
        {keyItems.map((h) => (
          <Space key={`${h.expertId}-${h.fingerprint}`} wrap data-testid={`held-key-${h.expertId}`}>
            {/* A key that differs from the one enrolled is the case to look at twice: said apart from a key not enrolled yet. */}
            <Typography.Text>{t(h.why.key === 'sheet-refusals.key-differs' ? 'merge.held.keyDiffers' : 'merge.held.key', { name: h.name, id: h.expertId, file: h.file })}</Typography.Text>
            <Typography.Text code>{h.fingerprint}</Typography.Text>
            <Button size="small" onClick={() => (setConfirming(h), setCompared(false))} data-testid={`confirm-key-${h.expertId}`}>{t('merge.held.confirmKey')}</Button>
            <Button size="small" danger onClick={() => (setSettingAside(h), setAsideReason(''))} data-testid={`set-aside-${h.expertId}`}>{t('merge.held.setAside')}</Button>
          </Space>
        ))}
        {groups.map((group) => {
          const first = group[0] as HeldSheet;
          return (
            <Space key={`${first.expertId}-${String(first.version)}`} direction="vertical" size={2} data-testid={`held-conflict-${first.expertId}`}>
              <Typography.Text>{t('merge.held.conflict', { name: first.name, version: first.version, count: group.length })}</Typography.Text>
              {group.map((h) => (
                <Typography.Text key={h.digest} type="secondary">{t('merge.held.sheet', { file: h.file, digest: h.digest.slice(0, 12) })}</Typography.Text>
              ))}
              <Button size="small" onClick={() => (setChoosing(group), setChosen(null), setReason(''))} data-testid={`choose-version-${first.expertId}`}>{t('merge.held.choose')}</Button>
            </Space>
          );
        })}
      </Space>
      <Modal
        open={confirming !== null}
        title={t('merge.held.confirmTitle')}
        okText={t('merge.held.confirmOk')}
        cancelText={t('merge.cancel')}
        okButtonProps={{ disabled: !compared, 'data-testid': 'confirm-key-ok' }}
        onOk={() => void (confirming && props.onConfirmKey(confirming.expertId, confirming.fingerprint).then((ok) => ok && setConfirming(null)))}
        onCancel={() => setConfirming(null)}
        destroyOnHidden
      >
        {confirming && (
          <Space direction="vertical">
            <Typography.Paragraph>{t('merge.held.confirmHint', { name: confirming.name, id: confirming.expertId })}</Typography.Paragraph>
            <Typography.Text code style={{ fontSize: 18 }} data-testid="confirm-key-fingerprint">{confirming.fingerprint}</Typography.Text>
            <Checkbox checked={compared} onChange={(e) => setCompared(e.target.checked)} data-testid="confirm-key-compared">{t('merge.held.compared')}</Checkbox>
          </Space>
        )}
      </Modal>
      <Modal
        open={settingAside !== null}
        title={t('merge.held.setAsideTitle')}
        okText={t('merge.held.setAsideOk')}
        cancelText={t('merge.cancel')}
        okButtonProps={{ danger: true, disabled: asideReason.trim() === '', 'data-testid': 'set-aside-ok' }}
        onOk={() => void (settingAside && props.onSetAside(settingAside.expertId, settingAside.fingerprint, asideReason.trim()).then((ok) => ok && setSettingAside(null)))}
        onCancel={() => setSettingAside(null)}
        destroyOnHidden
      >
        {settingAside && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Paragraph>{t('merge.held.setAsideHint', { name: settingAside.name, id: settingAside.expertId, fingerprint: settingAside.fingerprint })}</Typography.Paragraph>
            <Input.TextArea rows={2} maxLength={500} value={asideReason} placeholder={t('merge.held.setAsideReason')} onChange={(e) => setAsideReason(e.target.value)} data-testid="set-aside-reason" />
          </Space>
        )}
      </Modal>
      <Modal
        open={choosing !== null}
        title={t('merge.held.chooseTitle')}
        okText={t('merge.confirmDecision')}
        cancelText={t('merge.cancel')}
        okButtonProps={{ disabled: chosen === null || reason.trim() === '', 'data-testid': 'choose-version-ok' }}
        onOk={() => {
          const pick = choosing?.find((h) => h.digest === chosen);
          if (pick) void props.onChoose({ expertId: pick.expertId, version: pick.version, digest: pick.digest, reason: reason.trim() }).then((ok) => ok && setChoosing(null));
        }}
        onCancel={() => setChoosing(null)}
        destroyOnHidden
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph>{t('merge.held.chooseHint')}</Typography.Paragraph>
          <Radio.Group value={chosen} onChange={(e) => setChosen(e.target.value as string)}>
            <Space direction="vertical">
              {choosing?.map((h) => (
                <Radio key={h.digest} value={h.digest} data-testid={`choose-${h.digest.slice(0, 12)}`}>{t('merge.held.sheet', { file: h.file, digest: h.digest.slice(0, 12) })}</Radio>
              ))}
            </Space>
          </Radio.Group>
          <Input.TextArea rows={2} maxLength={500} value={reason} placeholder={t('merge.held.chooseReason')} onChange={(e) => setReason(e.target.value)} data-testid="choose-version-reason" />
        </Space>
      </Modal>
    </Card>
  );
}
