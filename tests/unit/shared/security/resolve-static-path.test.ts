import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../shared/security/content-security-policy.ts';
import { mimeTypeFor } from '../../../../shared/security/mime-type.ts';
import { resolveStaticPath } from '../../../../shared/security/resolve-static-path.ts';

describe('resolveStaticPath', () => {
  it('maps ordinary paths inside the folder', () => {
    expect(resolveStaticPath('/')).toBe('index.html');
    expect(resolveStaticPath('/assets/index-abc.js')).toBe('assets/index-abc.js');
    expect(resolveStaticPath('/assets//x.css')).toBe('assets/x.css');
    expect(resolveStaticPath('/%E4%B8%AD%E6%96%87.pdf')).toBe('中文.pdf');
  });

  it.each([
    '/../secret',
    '/assets/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/..%5c..%5cwindows',
    '/a\\..\\b',
    '/C:/Windows/win.ini',
    '/x%00.js',
    '/%E0%A4%A',
    '/./index.html',
  ])('refuses %s', (path) => {
    expect(resolveStaticPath(path)).toBeNull();
  });
});

describe('content security policy', () => {
  const directives = new Map(contentSecurityPolicy.split('; ').map((d) => [d.split(' ')[0], d]));
  it('denies by default and never allows eval or remote origins', () => {
    expect(directives.get('default-src')).toBe("default-src 'none'");
    expect(directives.get('object-src')).toBe("object-src 'none'");
    expect(directives.get('base-uri')).toBe("base-uri 'none'");
    expect(contentSecurityPolicy).not.toMatch(/'unsafe-eval'|https?:|\*/);
    expect(directives.get('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
  });
});

describe('mimeTypeFor', () => {
  it('types the files the renderer and pdf.js need', () => {
    expect(mimeTypeFor('index.html')).toMatch(/^text\/html/);
    expect(mimeTypeFor('a/b.MJS')).toMatch(/^text\/javascript/);
    expect(mimeTypeFor('pdf.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('noext')).toBe('application/octet-stream');
  });
});
