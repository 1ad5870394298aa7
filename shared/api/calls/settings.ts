import { settingsSchema } from '../../domain/settings.ts';
import { call, noInput } from '../define-calls.ts';

/** Preferences: language and role. */
export const settingsCalls = {
  'settings:get': call({
    summary: '读取偏好设置',
    input: noInput,
    output: settingsSchema,
  }),
  'settings:update': call({
    summary: '修改偏好设置 (语言、角色)',
    input: settingsSchema.partial().strict(),
    output: settingsSchema,
  }),
} as const;
