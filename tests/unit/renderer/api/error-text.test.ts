import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../../renderer/src/api/client.ts';
import { errorText } from '../../../../renderer/src/api/error-text.ts';
import { en } from '../../../../renderer/src/i18n/en.ts';
import { zhCN } from '../../../../renderer/src/i18n/zh-cn.ts';

const t = ((key: string) => `t:${key}`) as unknown as TFunction;

describe('errorText: the one way a failure becomes text', () => {
  it('shows a failed call by what the services said', () => {
    expect(errorText(new ApiCallError({ code: 'not_found', message: '未找到评审活动 r1' }), t)).toBe('未找到评审活动 r1');
    expect(errorText(new Error('磁盘已满'), t)).toBe('磁盘已满');
    expect(errorText('文件过大', t)).toBe('文件过大');
  });

  it('says that something failed when a throw carries no message, in the UI’s language', () => {
    expect(errorText(new Error(''), t)).toBe('t:app.failed');
    expect(errorText({}, t)).toBe('t:app.failed');
    expect(zhCN.app.failed).not.toBe('');
    expect(en.app.failed).not.toBe(zhCN.app.failed);
  });
});
