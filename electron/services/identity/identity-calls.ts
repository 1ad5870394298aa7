import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { ApiFailure } from '../../../shared/api/result.ts';
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
      if (!printPage) throw new ApiFailure('forbidden', '浏览器模式下请使用浏览器的「打印」功能');
      return { base64: Buffer.from(await printPage()).toString('base64') };
    },
  };
}
