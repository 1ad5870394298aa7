import { Form, InputNumber } from 'antd';
import type { ReactNode } from 'react';

/**
 * A field of the 方案信息 form: its label on one line, a hint, and in red the reason its last edit
 * was refused (the input may still show the refused text while focused; the draft kept the old value).
 */
export function FactField(props: { label?: ReactNode; hint?: ReactNode; refusal: string | undefined; testId?: string; children: ReactNode }) {
  return (
    <Form.Item
      label={props.label}
      extra={props.hint}
      validateStatus={props.refusal ? 'error' : undefined}
      help={props.refusal}
      data-testid={props.testId}
      style={props.label ? undefined : { marginBottom: 0 }}
    >
      {props.children}
    </Form.Item>
  );
}

/**
 * A number input that proposes every value typed, unclamped: a value out of range reaches the
 * schema and is refused with its reason, rather than silently changed by the input.
 */
export function FactNumber(props: { value: number; onChange: (value: number) => void; 'aria-label'?: string; width?: number }) {
  return (
    <InputNumber
      value={props.value}
      aria-label={props['aria-label']}
      style={{ width: props.width ?? 110 }}
      onChange={(v) => typeof v === 'number' && props.onChange(v)}
    />
  );
}
