import { z } from 'zod';
import { identityStatusSchema, keyCardInfoSchema } from '../../domain/trust-views.ts';
import { call, noInput, fileNameSchema } from '../define-calls.ts';

const name = z.string().trim().min(1, '请填写姓名').max(100);
const organisation = z.string().trim().max(200);
const keyCardText = z.string().min(1).max(64 * 1024);

/** This computer's signing identity and the key cards (公钥卡) experts hand over. */
export const identityCalls = {
  'identity:get': call({ summary: '本机签名身份：指纹、保护方式、是否需要口令 (不含私钥)', input: noInput, output: identityStatusSchema }),
  'identity:create': call({
    summary: '创建本机签名身份 (Ed25519)；无系统钥匙串时用口令保护私钥',
    input: z.object({ name, organisation, passphrase: z.string().max(200).nullable() }).strict(),
    output: identityStatusSchema,
  }),
  'identity:unlock': call({
    summary: '用口令解开签名私钥 (私钥只留在主进程内存中)',
    input: z.object({ passphrase: z.string().min(1, '请输入口令').max(200) }).strict(),
    output: identityStatusSchema,
  }),
  'identity:key-card': call({ summary: '本机公钥卡 (.pingshen-keycard.json)，交给组织方登记', input: noInput, output: z.object({ fileName: fileNameSchema, text: z.string() }) }),
  'keycards:inspect': call({ summary: '验证公钥卡并显示其指纹，供当面核对', input: z.object({ text: keyCardText }).strict(), output: keyCardInfoSchema }),
} as const;
