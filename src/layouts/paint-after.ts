/**
 * Paint a page's opening block whole. Chromium paints whenever the parser yields, so on a slow
 * network a phone could show the home page's line of key numbers with an item that had only its
 * separator (the rest of it in the next packet); the item then wrapped to the next line, a layout
 * shift (seen in CI: CLS 0.0037). A page that opts in (Base's `holdPaint`) holds its first paint,
 * with <link rel="expect" blocking="render">, until the parser has inserted the marker that
 * <PaintAfter /> puts right after that block. Only the opening block: holding for the whole first
 * screen (map included) delayed the first paint by 300-500 ms on a slow phone (commit e2d5b58).
 * Rendering unblocks when the marker is in the DOM, so it must follow the block, not wrap it.
 * Browsers without rel=expect ignore the link.
 */
export const PAINT_AFTER = 'paint-after';
