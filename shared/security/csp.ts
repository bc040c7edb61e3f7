/**
 * The Content-Security-Policy of the application's page, shared by the Electron shell and the
 * web preview so that both serve the renderer under the same rules.
 */

/**
 * Scripts only from our own origin (no inline code, no eval). Styles allow inline because antd
 * and docx-preview inject `<style>` elements at run time.
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

/** The sources a CSP directive allows, e.g. `directiveSources(csp, 'script-src')`. */
export function directiveSources(policy: string, directive: string): string[] | null {
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/u);
    if (name === directive) return sources;
  }
  return null;
}
