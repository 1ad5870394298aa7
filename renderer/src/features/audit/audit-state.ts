import type { AuditChain, AuditPage, AuditQuery } from '../../../../shared/domain/audit-view.ts';
import { failLoading, finishLoading, idleLoadable, startLoading, type Loadable } from '../../api/loadable.ts';

/** What the audit-log screen filters by; null or '' is "all". */
export interface AuditFilters {
  readonly reviewId: string | null;
  readonly kind: string | null;
  readonly text: string;
  /** Days, YYYY-MM-DD, China Standard Time, both ends included. */
  readonly from: string | null;
  readonly to: string | null;
}

/** The audit-log screen's state: filters, the page shown, and the chain's last check. */
export interface AuditState {
  readonly filters: AuditFilters;
  /** 1-based. */
  readonly page: number;
  readonly pageSize: number;
  readonly load: Loadable<AuditPage>;
  readonly chain: { readonly phase: 'idle' | 'checking' | 'done' | 'failed'; readonly value: AuditChain | null; readonly error: unknown };
}

const noFilters: AuditFilters = { reviewId: null, kind: null, text: '', from: null, to: null };

/** Nothing shown yet. */
export const initialAuditState: AuditState = { filters: noFilters, page: 1, pageSize: 50, load: idleLoadable(), chain: { phase: 'idle', value: null, error: null } };

/** The screen opened, for one review (its rows only) or for the whole log (null); the chain's check is not carried over. */
export function applyAuditOpening(state: AuditState, reviewId: string | null): AuditState {
  return { ...state, filters: { ...noFilters, reviewId }, page: 1, chain: initialAuditState.chain };
}

/** A filter changed: back to the first page. */
export function applyAuditFilters(state: AuditState, patch: Partial<AuditFilters>): AuditState {
  return { ...state, filters: { ...state.filters, ...patch }, page: 1 };
}

/** Another page (or page size) asked for. */
export function applyAuditPage(state: AuditState, page: number, pageSize = state.pageSize): AuditState {
  return { ...state, page: pageSize === state.pageSize ? Math.max(1, page) : 1, pageSize };
}

/** The query the state asks the services for. */
export function auditQueryOf(state: AuditState): AuditQuery {
  const { reviewId, kind, text, from, to } = state.filters;
  return {
    ...(reviewId ? { reviewId } : {}),
    ...(kind ? { kind } : {}),
    ...(text.trim() ? { text: text.trim() } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    offset: (state.page - 1) * state.pageSize,
    limit: state.pageSize,
  };
}

/** The key of a query, so an answer to an older one (a filter changed meanwhile) is dropped. */
export function auditQueryKey(state: AuditState): string {
  return JSON.stringify(auditQueryOf(state));
}

/** The page for the current query is being read; the rows shown stay until it comes (no flash of a spinner). */
export function applyAuditLoading(state: AuditState): AuditState {
  const loading = startLoading<AuditPage>(auditQueryKey(state));
  return { ...state, load: { ...loading, value: state.load.value } };
}

/** A page came for `key`. */
export function applyAuditLoaded(state: AuditState, key: string, page: AuditPage): AuditState {
  return { ...state, load: finishLoading(state.load, key, page) };
}

/** Reading the page for `key` failed. */
export function applyAuditFailed(state: AuditState, key: string, error: unknown): AuditState {
  return { ...state, load: failLoading(state.load, key, error) };
}

/** The chain is being checked. */
export function applyChainChecking(state: AuditState): AuditState {
  return { ...state, chain: { phase: 'checking', value: null, error: null } };
}

/** The chain was checked: whole, or where it breaks. */
export function applyChainChecked(state: AuditState, chain: AuditChain): AuditState {
  return { ...state, chain: { phase: 'done', value: chain, error: null } };
}

/** The chain could not be checked. */
export function applyChainFailed(state: AuditState, error: unknown): AuditState {
  return { ...state, chain: { phase: 'failed', value: null, error } };
}
