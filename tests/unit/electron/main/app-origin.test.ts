import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appEntryUrl, appSchemePrivileges, isAppUrl, parseDevServer } from '../../../../electron/main/app-origin.ts';
import { appPaths } from '../../../../electron/main/app-paths.ts';

describe('app origin', () => {
  it('loads the entry page from app://pingshen', () => {
    expect(appEntryUrl).toBe('app://pingshen/index.html');
    expect(isAppUrl(appEntryUrl)).toBe(true);
  });

  it('registers the scheme as standard and secure, without bypassing CSP', () => {
    expect(appSchemePrivileges).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    });
  });
});

describe('parseDevServer', () => {
  it('accepts plain http on loopback with a port', () => {
    expect(parseDevServer('http://127.0.0.1:5173/', false)).toEqual({ url: 'http://127.0.0.1:5173/', origin: 'http://127.0.0.1:5173' });
    expect(parseDevServer('http://localhost:5173', false)?.origin).toBe('http://localhost:5173');
  });

  it.each([
    'http://example.com:5173/',
    'https://127.0.0.1:5173/',
    'http://127.0.0.1/',
    'http://user:pw@127.0.0.1:5173/',
    'http://127.0.0.1.evil.example:5173/',
    'file:///tmp/index.html',
    'nonsense',
    '',
  ])('refuses %s', (raw) => {
    expect(parseDevServer(raw, false)).toBeNull();
  });

  it('is ignored in a packaged app', () => {
    expect(parseDevServer('http://127.0.0.1:5173/', true)).toBeNull();
    expect(parseDevServer(undefined, false)).toBeNull();
  });
});

describe('appPaths', () => {
  it('finds preload beside main.cjs, the renderer and resources above it in development', () => {
    const base = resolve('/repo/dist/electron');
    expect(appPaths(base, false, '/ignored')).toEqual({
      preload: join(base, 'preload.cjs'),
      renderer: resolve('/repo/dist/renderer'),
      resources: resolve('/repo/resources'),
    });
  });

  it('uses the resources path inside a packaged app', () => {
    const resourcesPath = resolve('/opt/Pingshen/resources');
    expect(appPaths('/somewhere/else', true, resourcesPath)).toEqual({
      preload: join(resourcesPath, 'app.asar', 'dist', 'electron', 'preload.cjs'),
      renderer: join(resourcesPath, 'app.asar', 'dist', 'renderer'),
      resources: join(resourcesPath, 'app.asar', 'resources'),
    });
  });
});
