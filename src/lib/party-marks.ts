/**
 * Shapes of the party-control marks (map overlay, legend, table): square = Republican trifecta, circle =
 * Democratic trifecta, diamond = divided. Ink only (text colour and background), never a law colour:
 * the shape carries the meaning, so it survives grey-scale print and colour-blind reading.
 */
export type MarkControl = 'republican' | 'democratic' | 'divided';

/** An SVG path centred on 0,0 with half-size r. */
export function markPath(control: MarkControl, r: number): string {
  const n = (x: number) => Number(x.toFixed(2));
  if (control === 'republican') return `M${n(-r)},${n(-r)}H${n(r)}V${n(r)}H${n(-r)}Z`;
  if (control === 'democratic') return `M${n(-r)},0A${n(r)},${n(r)} 0 1,0 ${n(r)},0A${n(r)},${n(r)} 0 1,0 ${n(-r)},0Z`;
  const d = r * 1.25;
  return `M0,${n(-d)}L${n(d)},0L0,${n(d)}L${n(-d)},0Z`;
}
