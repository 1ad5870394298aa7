/**
 * The renderer's Content-Security-Policy, sent as a response header by both hosts (Electron's
 * app:// protocol and the browser host). antd injects styles at run time, hence 'unsafe-inline'
 * for styles only; pdf.js needs its worker (self or blob:) and WebAssembly ('wasm-unsafe-eval').
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
