import canonicalize from 'canonicalize';
import { utf8 } from './utf8.ts';

export { decodeUtf8, utf8 } from './utf8.ts';

/** Why a value cannot be written as canonical JSON, with the JSON path of the offending member. */
export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';
}

function describe(value: unknown): string | null {
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'function':
    case 'symbol':
    case 'bigint':
      return typeof value;
    case 'number':
      return Number.isFinite(value) ? null : String(value);
    case 'string':
      return value.isWellFormed() ? null : '含有孤立代理项 (lone surrogate) 的字符串';
    default:
      return null;
  }
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

// The path of a value is built only when it is reported: building it for every member of a large
// sheet (tens of thousands) cost more than the check itself.
type Visit = { readonly value: unknown; readonly parent: Visit | null; readonly key: string | number };
type Step = Visit | { readonly leave: object };

function pathOf(visit: Visit): string {
  const parts: string[] = [];
  for (let v: Visit | null = visit; v !== null && v.parent !== null; v = v.parent) parts.push(typeof v.key === 'number' ? `[${String(v.key)}]` : `.${v.key}`);
  return `$${parts.reverse().join('')}`;
}

/**
 * Refuses anything that is not plain JSON data. `canonicalize` (like JSON.stringify) silently drops
 * undefined members, turns them into null in arrays and calls toJSON: a signed object must mean
 * exactly what its bytes say, so those are errors here. Iterative, so deep nesting cannot overflow.
 */
function assertJsonData(root: unknown): void {
  const stack: Step[] = [{ value: root, parent: null, key: '$' }];
  // Objects on the current path: shared references are legal JSON data, only a cycle is not.
  const open = new Set<object>();
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    if ('leave' in step) {
      open.delete(step.leave);
      continue;
    }
    const { value } = step;
    const problem = describe(value);
    if (problem !== null) throw new CanonicalJsonError(`无法生成规范 JSON：${pathOf(step)} 的值为 ${problem}`);
    if (value === null || typeof value !== 'object') continue;
    if (!Array.isArray(value) && !isPlainObject(value)) {
      throw new CanonicalJsonError(`无法生成规范 JSON：${pathOf(step)} 不是普通对象或数组`);
    }
    if (open.has(value)) throw new CanonicalJsonError(`无法生成规范 JSON：${pathOf(step)} 处存在循环引用`);
    open.add(value);
    stack.push({ leave: value });
    // An index loop, not forEach: a hole in a sparse array is undefined and must be refused too.
    if (Array.isArray(value)) for (let i = 0; i < value.length; i += 1) stack.push({ value: value[i] as unknown, parent: step, key: i });
    else {
      for (const [key, item] of Object.entries(value)) {
        if (!key.isWellFormed()) throw new CanonicalJsonError(`无法生成规范 JSON：${pathOf(step)} 的键含有孤立代理项 (lone surrogate)`);
        stack.push({ value: item as unknown, parent: step, key });
      }
    }
  }
}

// Deeper than this, the fast path gives way: the engine's JSON.stringify recurses.
const FAST_PATH_DEPTH = 512;

/**
 * Whether `root` is plain JSON data whose every object already lists its keys in JCS order (UTF-16
 * code units): then the engine's JSON.stringify writes exactly the
 * canonical form (JCS takes numbers and string escapes from ECMAScript's JSON.stringify), many
 * times faster than sorting again. A parsed canonical file is such data. Anything else (unsorted
 * keys, integer-like keys the engine reorders, a cycle, a lone surrogate, depth) answers false,
 * and the general path decides, with its errors.
 */
function alreadyCanonicalData(root: unknown): boolean {
  return canonicalOrdered(root, 0);
}

// Recursive and bounded by FAST_PATH_DEPTH, which also ends a cycle (no set of objects seen: it
// cost as much as the walk). A shared object is walked each time it is reached, as it is written.
function canonicalOrdered(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'string':
      return value.isWellFormed();
    case 'object':
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (depth > FAST_PATH_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) if (!(i in value) || !canonicalOrdered(value[i], depth + 1)) return false;
    return true;
  }
  if (!isPlainObject(value)) return false;
  const record = value as Record<string, unknown>;
  let previous: string | null = null;
  for (const key in record) {
    // `<` on strings compares UTF-16 code units, the order JCS sorts by; equal keys cannot occur.
    if (!Object.hasOwn(record, key) || (previous !== null && !(previous < key)) || !key.isWellFormed()) return false;
    if (!canonicalOrdered(record[key], depth + 1)) return false;
    previous = key;
  }
  return true;
}

/** RFC 8785 (JCS) canonical JSON of plain JSON data; throws CanonicalJsonError for anything else. */
export function canonicalJson(value: unknown): string {
  if (alreadyCanonicalData(value)) return JSON.stringify(value);
  assertJsonData(value);
  const text = canonicalize(value);
  if (text === undefined) throw new CanonicalJsonError('无法生成规范 JSON：值不是 JSON 数据');
  return text;
}

/** The UTF-8 bytes of the canonical JSON of a value: what is hashed and signed. */
export function canonicalBytes(value: unknown): Uint8Array {
  return utf8(canonicalJson(value));
}

/** The canonical text of an object, and where one top-level member sits in it (`removed` follows `before`). */
export interface CanonicalWithout {
  readonly full: string;
  readonly without: string;
  /** The text up to the member's part, and the part itself with its comma: `without` is `full` with it cut out. */
  readonly cut: { readonly before: string; readonly removed: string };
}

/**
 * The canonical JSON of a plain object and of the same object without one top-level member (a
 * signed object and its signing input), in one pass: JCS writes an object as its members sorted by
 * UTF-16 code units and joined by commas, so each member is written once and both texts are
 * assembled from the same parts. Equal to canonicalJson of each (tested).
 */
export function canonicalJsonWithout(value: object, member: string): CanonicalWithout {
  const fast = !Array.isArray(value) && alreadyCanonicalData(value);
  if (!fast) assertJsonData(value);
  if (Array.isArray(value)) throw new CanonicalJsonError('无法生成规范 JSON：需要对象，不是数组');
  const record = value as Record<string, unknown>;
  const keys = fast ? Object.keys(record) : Object.keys(record).sort();
  const write = fast ? JSON.stringify : (item: unknown) => canonicalize(item) as string;
  const parts = keys.map((key) => `${write(key)}:${write(record[key])}`);
  const full = `{${parts.join(',')}}`;
  const at = keys.indexOf(member);
  if (at === -1) return { full, without: full, cut: { before: full, removed: '' } };
  // The member's part and one comma beside it: the one before it, or (first member) the one after.
  const before = at === 0 ? '{' : `{${parts.slice(0, at).join(',')}`;
  const removed = at === 0 ? `${parts[0]!}${parts.length > 1 ? ',' : ''}` : `,${parts[at]!}`;
  return { full, without: before + full.slice(before.length + removed.length), cut: { before, removed } };
}
