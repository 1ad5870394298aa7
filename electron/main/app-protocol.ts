import type { Protocol } from 'electron';
import { appScheme, appSchemePrivileges } from './app-origin.ts';
import type { ServableDocument } from '../services/app-services.ts';
import { createAppRequestHandler } from './app-request-handler.ts';

/** Registers app:// as a privileged standard scheme; Electron requires this before `ready`. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
}

/** Serves the built renderer (dist/renderer) and stored documents at app://pingshen/ on the default session. */
export function serveAppProtocol(protocol: Protocol, rendererDir: string, findDocument: (id: string) => ServableDocument | null): void {
  protocol.handle(appScheme, createAppRequestHandler(rendererDir, undefined, findDocument));
}
