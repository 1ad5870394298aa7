import { ipcMain, type WebContents } from 'electron';
import { apiNames, type ApiHandlers } from '../../shared/api/contract.ts';
import type { InternalErrorSink } from '../../shared/api/dispatch.ts';
import { gateCall } from './gate-call.ts';
import { describeSender, type SenderFacts } from './trusted-sender.ts';

/** What the IPC registration needs. */
export interface RegisterApiOptions {
  readonly handlers: ApiHandlers;
  /** The main window's webContents, or null while no window is open. */
  readonly ourWebContents: () => WebContents | null;
  readonly devOrigin: string | null;
  readonly onInternalError: InternalErrorSink;
  readonly onRefused: (name: string, sender: SenderFacts) => void;
}

/**
 * Registers one `ipcMain.handle` per call of the contract; the only file that touches ipcMain. Each
 * handler checks the sender, then dispatches through the contract (see gate-call.ts).
 */
export function registerApi(options: RegisterApiOptions): void {
  for (const name of apiNames) {
    ipcMain.handle(name, (event, input: unknown) =>
      gateCall(options.handlers, name, input, describeSender(event, options.ourWebContents()), options),
    );
  }
}
