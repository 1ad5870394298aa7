import { canonicalDigest } from '../../../shared/crypto/signing-input.ts';
import { nodeCrypto } from '../crypto/node-crypto.ts';
import { loadDemoReview } from './load-demo-review.ts';

/**
 * The built-in demo review has no package. Its sheets name, as a clearly marked stand-in, the SHA-256
 * of the JCS of the demo review record (resources/demo/demo-review.json's `review`): the same on every
 * computer, and never the digest of a real package.
 */
export function demoPackageDigest(resourcesDir?: string): string {
  return canonicalDigest(nodeCrypto, loadDemoReview(resourcesDir).review);
}
