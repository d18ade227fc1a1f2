/**
 * QR codes for printed handouts, drawn at build time (uqr, no network, no DOM): one SVG path of the
 * dark modules, so the page embeds a plain <path> rather than library-made markup.
 */
import { encode } from 'uqr';

export interface QrPath { size: number; d: string }

/** The modules of a QR code for `text` (error correction M: survives a smudged printout), as a path. */
export function qrPath(text: string, border = 2): QrPath {
  const { data, size } = encode(text, { ecc: 'M', border });
  let d = '';
  data.forEach((row, y) => {
    // Runs of dark modules become one rectangle each: a shorter path than one square per module.
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < size && row[end + 1]) end++;
      d += `M${x} ${y}h${end - x + 1}v1h${-(end - x + 1)}z`;
      x = end;
    }
  });
  return { size, d };
}
