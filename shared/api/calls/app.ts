import { z } from 'zod';
import { call, noInput } from '../define-calls.ts';

/** The app's own calls: versions and the runtime. */
export const appCalls = {
  'app:info': call({
    summary: '应用与运行环境版本',
    input: noInput,
    output: z.object({
      name: z.string(),
      version: z.string(),
      transport: z.enum(['ipc', 'http']),
      versions: z.record(z.string(), z.string()),
    }),
  }),
} as const;
