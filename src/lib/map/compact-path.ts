/**
 * A d3-geo path context that writes short SVG path data: relative moves and lines, coordinates on a
 * grid of `quantum` units, repeated points dropped, and rings that collapse to fewer than three points
 * (specks of islands after simplification) left out. The national map is most of the home page's
 * bytes; this keeps its shapes (0.5 units is about half a pixel on a 900 px map) at well under half
 * the size of d3's absolute one-decimal output.
 */
import { geoPath, type GeoPermissibleObjects, type GeoStreamWrapper } from 'd3-geo';

type Point = [number, number];

const num = (n: number): string => {
  const s = String(Math.round(n * 100) / 100);
  return s.replace(/^(-?)0\./, '$1.');
};

/** Writes `a b` with the separator SVG needs: none before a minus sign or after a letter. */
function append(out: string, value: string): string {
  if (out === '' || /[a-z]$/i.test(out) || value.startsWith('-')) return out + value;
  // ".5" may follow a number that already has a decimal point; otherwise it would join it.
  if (value.startsWith('.') && /\.\d*$/.test(out)) return out + value;
  return `${out} ${value}`;
}

export class CompactPathContext {
  private out = '';
  private ring: Point[] = [];
  private cursor: Point = [0, 0];

  constructor(private readonly quantum = 0.5) {}

  private snap(v: number): number {
    return Math.round(v / this.quantum) * this.quantum;
  }

  moveTo(x: number, y: number): void {
    this.flush(false);
    this.ring = [[this.snap(x), this.snap(y)]];
  }

  lineTo(x: number, y: number): void {
    const p: Point = [this.snap(x), this.snap(y)];
    const last = this.ring[this.ring.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) this.ring.push(p);
  }

  closePath(): void {
    this.flush(true);
  }

  // Only point geometries call arc(); the maps draw polygons and lines.
  arc(): void {}

  private flush(closed: boolean): void {
    const pts = this.ring;
    this.ring = [];
    if (closed && pts.length > 1 && pts[0]![0] === pts.at(-1)![0] && pts[0]![1] === pts.at(-1)![1]) pts.pop();
    if (pts.length < (closed ? 3 : 2)) return;
    let seg = 'm';
    pts.forEach(([x, y], i) => {
      seg = append(append(seg, num(x - this.cursor[0])), num(y - this.cursor[1]));
      this.cursor = [x, y];
      if (i === 0) seg += 'l';
    });
    this.out += closed ? `${seg}z` : seg;
    // After "z" the pen is back at the ring's first point, and the next relative move starts there.
    if (closed) this.cursor = pts[0]!;
  }

  result(): string {
    this.flush(false);
    const s = this.out;
    this.out = '';
    this.cursor = [0, 0];
    return s;
  }
}

/** Path data written compactly; without a projection the geometry is already projected. */
export function compactPath(object: GeoPermissibleObjects, quantum = 0.5, projection: GeoStreamWrapper | null = null): string {
  const ctx = new CompactPathContext(quantum);
  geoPath(projection, ctx as never)(object);
  return ctx.result();
}
