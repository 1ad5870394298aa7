import { Typography } from 'antd';

/** A key fingerprint as people read it aloud: monospace, in its groups of four. */
export function FingerprintText({ value, testId, small = false }: { value: string; testId?: string; small?: boolean }) {
  return (
    <Typography.Text code copyable style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: small ? 12 : 15, whiteSpace: 'nowrap' }} data-testid={testId}>
      {value}
    </Typography.Text>
  );
}
