import type { Protocol } from 'electron';
import { appScheme, appSchemePrivileges } from './app-origin.ts';
import type { ServableDocument } from '../services/app-services.ts';
import type { ServableOutput } from '../services/transfer/output-store.ts';
import { createAppRequestHandler } from './app-request-handler.ts';

/** Registers app:// as a privileged standard scheme; Electron requires this before `ready`. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
}

/** Serves the built renderer (dist/renderer), stored documents and download outputs at app://pingshen/ on the default session. */
export function serveAppProtocol(
  protocol: Protocol,
  rendererDir: string,
  findDocument: (id: string) => ServableDocument | null,
  findOutput: (id: string) => ServableOutput | null,
): void {
  protocol.handle(appScheme, createAppRequestHandler(rendererDir, undefined, findDocument, findOutput));
}
