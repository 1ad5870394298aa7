import { Menu, app, dialog, type BrowserWindow } from 'electron';
import { aboutDetail, buildMenuTemplate } from './app-menu-template.ts';

/** Installs the application menu; About shows the versions in a dialog attached to the main window. */
export function installAppMenu(getWindow: () => BrowserWindow | null): void {
  const showAbout = (): void => {
    const options = {
      type: 'info' as const,
      title: '关于评审台',
      message: '评审台 Pingshen',
      detail: aboutDetail(app.getVersion(), process.versions),
      buttons: ['确定'],
    };
    const window = getWindow();
    void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  };
  const template = buildMenuTemplate({ isMac: process.platform === 'darwin', isPackaged: app.isPackaged, onAbout: showAbout });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
