import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../shared/security/content-security-policy.ts';
import { appResponseHeaders } from '../../../../electron/main/app-request-handler.ts';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

describe('content security policy', () => {
  const policy = directives(contentSecurityPolicy);

  it('has exactly the agreed directives', () => {
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      'worker-src': ["'self'", 'blob:'],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('never allows eval or inline scripts, nor any remote origin', () => {
    const all = [...policy.values()].flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(all.filter((source) => /^(https?:|\*|ws)/.test(source))).toEqual([]);
  });

  it('is sent with every app:// response', () => {
    expect(appResponseHeaders('text/html')['Content-Security-Policy']).toBe(contentSecurityPolicy);
  });
});
