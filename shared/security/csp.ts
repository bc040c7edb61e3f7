/**
 * The Content-Security-Policy of every page of the application (Electron and the web preview).
 * Scripts only from our own files; antd and docx-preview inject <style>, hence 'unsafe-inline'
 * for styles only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
