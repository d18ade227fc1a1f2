/**
 * Paint the first screen whole. Chromium paints whenever the parser yields, so a slow phone could show
 * half a list or half a legend button that then reflows: a layout shift. A page that opts in
 * (Base's `firstScreen`) holds its first paint, with <link rel="expect" blocking="render">, until
 * the parser has inserted the marker that <FirstScreenEnd /> puts right after its first screen.
 * Rendering unblocks when the marker is in the DOM (not when an element's children are parsed), so
 * the marker must follow the first screen, not wrap it. Browsers without rel=expect ignore the link.
 */
export const FIRST_SCREEN_END = 'first-screen-end';
