import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { domainError } from '../../../shared/errors/domain-error.ts';
import type { IdentityService } from './identity-service.ts';

type IdentityCalls = Pick<ApiHandlers, 'identity:get' | 'identity:create' | 'identity:unlock' | 'identity:key-card' | 'print:pdf'>;

/** Identity calls (the private key never leaves the service) and printing, which only the desktop shell can do. */
export function createIdentityCalls(identity: IdentityService, printPage: (() => Promise<Uint8Array>) | null): IdentityCalls {
  return {
    'identity:get': () => identity.status(),
    'identity:create': (input) => identity.create(input),
    'identity:unlock': ({ passphrase }) => identity.unlock(passphrase),
    'identity:key-card': () => identity.keyCard(),
    'print:pdf': async () => {
      if (!printPage) throw domainError('identity.no-print', {});
      return { base64: Buffer.from(await printPage()).toString('base64') };
    },
  };
}
