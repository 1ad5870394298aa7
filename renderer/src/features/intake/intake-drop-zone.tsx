import { FileAddOutlined, FolderOpenOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { filesOfDrop } from '../../dom/files-of-drop.ts';
import { relativePathOf, type PickedFile } from './intake-state.ts';

/** Where the coordinator drops or chooses what the applicants sent: files, zips, or folders (kept as folders). */
export function IntakeDropZone({ disabled, onChoose }: { disabled: boolean; onChoose: (files: PickedFile[]) => void }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) void filesOfDrop(event.dataTransfer).then(onChoose);
  };
  const onPicked = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])].map((file) => ({ file, relativePath: relativePathOf(file) }));
    event.target.value = ''; // the same folder chosen again is a new choice
    if (files.length > 0) onChoose(files);
  };
  return (
    <div
      className={`ps-drop-zone${over ? ' ps-drop-zone-over' : ''}`}
      onDragOver={(e) => (e.preventDefault(), setOver(true))}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="intake-drop"
    >
      <InboxOutlined style={{ fontSize: 28 }} />
      <Typography.Text>{t('intake.dropHere')}</Typography.Text>
      <Button type="primary" icon={<FileAddOutlined />} disabled={disabled} onClick={() => filesInput.current?.click()}>{t('intake.pickFiles')}</Button>
      <Button icon={<FolderOpenOutlined />} disabled={disabled} onClick={() => folderInput.current?.click()}>{t('intake.pickFolder')}</Button>
      <input ref={filesInput} type="file" multiple hidden onChange={onPicked} data-testid="intake-pick-files" />
      {/* webkitdirectory is not in React's typings: set as an attribute. */}
      <input ref={(el) => { folderInput.current = el; el?.setAttribute('webkitdirectory', ''); }} type="file" multiple hidden onChange={onPicked} data-testid="intake-pick-folder" />
    </div>
  );
}
