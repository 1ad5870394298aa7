import { Input } from 'antd';
import type { TextAreaProps } from 'antd/es/input';
import { useEffect, useState } from 'react';

interface CommitProps {
  readonly value: string;
  /** Called with the new text on blur or Enter (never per keystroke), so one edit is one undo step. */
  readonly onCommit: (value: string) => void;
  readonly disabled?: boolean;
  readonly placeholder?: string;
  readonly 'aria-label'?: string;
  readonly 'data-testid'?: string;
}

/** A text input that edits locally and commits on blur or Enter; Escape restores the value. */
export function CommitInput(props: CommitProps) {
  const [text, setText] = useState(props.value);
  useEffect(() => setText(props.value), [props.value]);
  const commit = () => {
    if (text !== props.value) props.onCommit(text);
  };
  return (
    <Input
      value={text}
      disabled={props.disabled}
      placeholder={props.placeholder}
      aria-label={props['aria-label']}
      data-testid={props['data-testid']}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onPressEnter={commit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setText(props.value);
      }}
    />
  );
}

/** A multi-line text area that commits on blur (Enter makes new lines). */
export function CommitTextArea(props: CommitProps & Pick<TextAreaProps, 'autoSize'>) {
  const [text, setText] = useState(props.value);
  useEffect(() => setText(props.value), [props.value]);
  return (
    <Input.TextArea
      value={text}
      disabled={props.disabled}
      placeholder={props.placeholder}
      aria-label={props['aria-label']}
      data-testid={props['data-testid']}
      autoSize={props.autoSize ?? { minRows: 2, maxRows: 8 }}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => {
        if (text !== props.value) props.onCommit(text);
      }}
    />
  );
}
