import { z } from 'zod';

/** One call of the API: the schema its input must pass and the schema of what it returns. */
export interface CallSpec<In extends z.ZodType, Out extends z.ZodType> {
  readonly input: In;
  readonly output: Out;
  /** A one-line description, shown in docs/architecture.md's table and in error messages. */
  readonly summary: string;
}

/** Any call's spec, for checking a table of calls. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any input and output schema
export type AnyCallSpec = CallSpec<any, any>;

/** Declares one call, keeping its schemas' exact types. */
export function call<In extends z.ZodType, Out extends z.ZodType>(spec: CallSpec<In, Out>): CallSpec<In, Out> {
  return spec;
}

/** The input of a call that takes none. */
export const noInput = z.object({}).strict();

/** A file name shown to the user (never used as a path by the services). */
export const fileNameSchema = z.string().min(1).max(255);

/** File bytes crossing the API as base64 (10 MB of bytes at most). */
export const base64Schema = z.string().max(14_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, '不是 base64 编码');

/** Upload chunks stay under the browser host's 2 MB body limit: 1 MiB of bytes is 1,398,104 base64 characters. */
export const base64ChunkSchema = z.string().max(1_500_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, '不是 base64 编码');

