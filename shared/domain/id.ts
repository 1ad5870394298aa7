import { z } from 'zod';

/** Stable ids: lower-case letters, digits and dashes, as used in file names and URLs. */
export const idSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, '只能包含小写字母、数字和连字符');
