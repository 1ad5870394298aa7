import type { zhCN } from './zh-cn.ts';

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language must fill: zh-CN's keys with string values. */
export type Messages = Widen<typeof zhCN>;
