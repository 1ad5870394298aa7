import { z } from 'zod';

/** The interface languages; zh-CN is the default. */
export const localeSchema = z.enum(['zh-CN', 'en']);

/** The role chosen on the home screen. */
export const roleSchema = z.enum(['expert', 'coordinator']);

/** Preferences kept in the profile database. */
export const settingsSchema = z.object({
  locale: localeSchema,
  role: roleSchema.nullable(),
});

/** Preferences kept in the profile database. */
export type Settings = z.infer<typeof settingsSchema>;
