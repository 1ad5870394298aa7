import type { MenuItemConstructorOptions } from 'electron';

/** What the menu needs from the app. */
export interface MenuOptions {
  readonly isMac: boolean;
  /** DevTools and reload are offered in development only. */
  readonly isPackaged: boolean;
  readonly onAbout: () => void;
}

/** Shortcuts that zoom the whole interface, kept clear of the reader's own Ctrl+= / Ctrl+- / Ctrl+0. */
export const interfaceZoomAccelerators = {
  reset: 'CommandOrControl+Alt+0',
  in: 'CommandOrControl+Alt+=',
  out: 'CommandOrControl+Alt+-',
} as const;

/** The application menu: 文件 / 编辑 / 视图 / 帮助, built from Electron roles so shortcuts are native. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload', label: '重新载入' }, { role: 'toggleDevTools', label: '开发者工具' }];
  return [
    ...(options.isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: '文件', submenu: [options.isMac ? { role: 'close', label: '关闭窗口' } : { role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        // Ctrl+= / Ctrl+- / Ctrl+0 zoom the document in the reader; the whole interface zooms with Alt added.
        { role: 'resetZoom', label: '界面实际大小', accelerator: interfaceZoomAccelerators.reset },
        { role: 'zoomIn', label: '界面放大', accelerator: interfaceZoomAccelerators.in },
        { role: 'zoomOut', label: '界面缩小', accelerator: interfaceZoomAccelerators.out },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
        ...developer,
      ],
    },
    { label: '帮助', submenu: [{ label: '关于评审台', click: () => options.onAbout() }] },
  ];
}

const runtimeLabels = [
  ['electron', 'Electron'],
  ['chrome', 'Chromium'],
  ['node', 'Node.js'],
  ['v8', 'V8'],
] as const;

/** The About box's detail text: the app's version and the runtime versions, one per line. */
export function aboutDetail(appVersion: string, versions: Readonly<Record<string, string | undefined>>): string {
  const lines = [`版本 Version ${appVersion}`];
  for (const [key, label] of runtimeLabels) {
    const version = versions[key];
    if (version) lines.push(`${label} ${version}`);
  }
  return lines.join('\n');
}
