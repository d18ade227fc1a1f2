/**
 * Paint a page's opening block whole. Chromium paints whenever the parser yields, so on a slow
 * network a phone could show the home page's line of key numbers with an item that had only its
 * separator (the rest of it in the next packet); the item then wrapped to the next line, a layout
 * shift (seen in CI: CLS 0.0037). The block stays `visibility: hidden` until <PaintAfter />, put right
 * after it as its sibling, is in the DOM: `.intro:not(:has(~ #paint-after))` in the page's styles.
 * A hidden element's moves are not layout shifts, and nothing after it has been parsed yet.
 *
 * Not `<link rel="expect" blocking="render">`, which did the same by holding the whole page's first
 * frame: Chromium then presented that frame a second late in about half of our Lighthouse runs
 * (observed FCP 1.2 s instead of 0.2 s; never without the link). Not the whole first screen either:
 * holding the map too delayed the first paint by 300-500 ms on a slow phone (commit e2d5b58).
 * Browsers without `:has()` drop the rule and paint the block as it arrives.
 */
export const PAINT_AFTER = 'paint-after';
