/**
 * The Content-Security-Policy, in one place: Base.astro puts it in a <meta> tag (works on any static
 * host) and integrations/headers.mjs writes it, plus frame-ancestors, into dist/_headers for hosts
 * that send headers. Scripts only from our origin as files: no inline script, no eval.
 * style-src keeps 'unsafe-inline' because Astro inlines each page's CSS as <style> blocks and d3/maplibre
 * set style attributes; hashing the blocks would still leave the attributes (see README "Security").
 */
export function cspPolicy(opts: { mapWorkers?: boolean } = {}): string {
  return (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; base-uri 'self'; form-action 'none'; " +
    (opts.mapWorkers ? "worker-src 'self' blob:; img-src 'self' data: blob:" : "img-src 'self' data:")
  );
}

/** The redirect pages (/states/new-york/) carry no styles or scripts at all. */
export const REDIRECT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; base-uri 'self'; form-action 'none'";

/**
 * Only for HTTP headers: browsers ignore frame-ancestors in a <meta> CSP. Every page refuses to be
 * framed except the embeds, which news sites iframe from any origin.
 */
export const FRAME_DENY = "frame-ancestors 'none'";
export const FRAME_ANY = 'frame-ancestors *';
