import { z } from 'zod';
import { PUBLIC_KEY_BYTES, SIGNATURE_BYTES, isBase64url } from './base64url.ts';
import { isSha256Hex } from './hex.ts';

/** A raw Ed25519 public key as strict base64url (43 characters). */
export const publicKeySchema = z
  .string()
  .max(64)
  .refine((text) => isBase64url(text, PUBLIC_KEY_BYTES), '须为 base64url 编码（无填充）的 32 字节 Ed25519 公钥');

/** A SHA-256 digest as 64 lowercase hex digits. */
export const sha256HexSchema = z.string().max(64).refine(isSha256Hex, '须为 64 位小写十六进制 SHA-256 摘要');

/** The `signature` member of a signed file: Ed25519 over the JCS of the object without this member. */
export const signatureSchema = z.strictObject({
  algorithm: z.literal('Ed25519'),
  publicKey: publicKeySchema,
  value: z
    .string()
    .max(128)
    .refine((text) => isBase64url(text, SIGNATURE_BYTES), '须为 base64url 编码（无填充）的 64 字节 Ed25519 签名'),
});

/** The `signature` member of a signed file. */
export type Signature = z.infer<typeof signatureSchema>;
