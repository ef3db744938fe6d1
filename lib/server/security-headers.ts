// Headers on every response (issue: hostile input). The app loads nothing from elsewhere, so the policy can
// be strict: own scripts, styles and workers only, no framing by any site, no referrer, no sensors.
// Next.js's App Router bootstraps with inline scripts on static pages, hence 'unsafe-inline' for scripts;
// 'unsafe-eval' only in development (React Refresh); 'wasm-unsafe-eval' for PDF decoders in a worker.
export function contentSecurityPolicy(dev: boolean, inPage = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // A policy in a <meta http-equiv> may not hold frame-ancestors (the browser ignores it there): the static
    // site's web server sends it (docs/deploy.md).
    ...(inPage ? [] : ["frame-ancestors 'none'"]),
  ].join("; ");
}

export function securityHeaders(dev: boolean): { key: string; value: string }[] {
  const csp = contentSecurityPolicy(dev);
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "no-referrer" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
    // IE and dual-core browsers: the newest engine they have, never a compatibility mode (issue #22).
    { key: "X-UA-Compatible", value: "IE=edge" },
  ];
}
