import { describe, expect, it, vi } from 'vitest';
import { aboutDetail, buildMenuTemplate } from '../../../../electron/main/app-menu-template.ts';

type Item = ReturnType<typeof buildMenuTemplate>[number];

function roles(items: Item[]): string[] {
  return items.flatMap((item) => [item.role ?? '', ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]).filter(Boolean);
}

describe('buildMenuTemplate', () => {
  it('has 文件 / 编辑 / 视图 / 帮助', () => {
    const template = buildMenuTemplate({ isMac: false, isPackaged: true, onAbout: () => {} });
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('offers DevTools and reload only in development', () => {
    expect(roles(buildMenuTemplate({ isMac: false, isPackaged: true, onAbout: () => {} }))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate({ isMac: false, isPackaged: false, onAbout: () => {} }))).toContain('toggleDevTools');
  });

  it('leaves Ctrl+= / Ctrl+- / Ctrl+0 to the reader: the interface zooms with Ctrl+Alt', () => {
    const view = buildMenuTemplate({ isMac: false, isPackaged: true, onAbout: () => {} }).find((item) => item.label === '视图');
    const items = Array.isArray(view?.submenu) ? view.submenu : [];
    const zooms = items.filter((item) => ['zoomIn', 'zoomOut', 'resetZoom'].includes(item.role ?? ''));
    expect(zooms).toHaveLength(3);
    for (const item of zooms) expect(item.accelerator).toMatch(/^CommandOrControl\+Alt\+[=0-]$/);
    // Electron's roles would otherwise take these accelerators before the page sees the keys.
    expect(zooms.map((item) => item.accelerator)).not.toContain(undefined);
  });

  it('opens About from 帮助', () => {
    const onAbout = vi.fn();
    const help = buildMenuTemplate({ isMac: true, isPackaged: true, onAbout }).find((item) => item.label === '帮助');
    const about = Array.isArray(help?.submenu) ? help.submenu[0] : undefined;
    (about?.click as (() => void) | undefined)?.();
    expect(onAbout).toHaveBeenCalledTimes(1);
  });
});

describe('aboutDetail', () => {
  it('lists the app and runtime versions', () => {
    expect(aboutDetail('0.1.0', { electron: '45.4.1', chrome: '142.0.1', node: '22.20.0' })).toBe(
      '版本 Version 0.1.0\nElectron 45.4.1\nChromium 142.0.1\nNode.js 22.20.0',
    );
  });
});
