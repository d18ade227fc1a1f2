/**
 * Which county is under a point of the whole-country map, found by position: its counties are drawn
 * as a few compound paths (svg-country-map.ts), so the browser cannot say which one was clicked.
 * Each county's box is read from its path data once, on the first question; only the few counties
 * whose box holds the point are then tested exactly, as Path2D shapes on a 2D canvas context.
 */

/** A county's path as built at build time starts with a relative move from 0,0: absolute in a compound path. */
export const absolute = (d: string): string => (d.startsWith('m') ? `M${d.slice(1)}` : d);

const TOKEN = /[mlz]|-?(?:\d+(?:\.\d*)?|\.\d+)/g;

/** [minX, minY, maxX, maxY] of path data written by compact-path.ts (relative m, l and z only). */
export function pathBox(d: string): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  let move = false;
  let dx: number | null = null;
  for (const t of d.match(TOKEN) ?? []) {
    if (t === 'm' || t === 'l') move = t === 'm';
    else if (t === 'z') [x, y] = [sx, sy];
    else if (dx === null) dx = Number(t);
    else {
      [x, y, dx] = [x + dx, y + Number(t), null];
      // A move's first pair starts a ring (z returns there); further pairs are line-tos.
      if (move) [sx, sy, move] = [x, y, false];
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
  }
  return [x0, y0, x1, y1];
}

export class CountyHitTest {
  private boxes: Float64Array | null = null;
  private readonly shapes: Array<Path2D | undefined> = [];
  private ctx: CanvasRenderingContext2D | null = null;

  constructor(private readonly paths: readonly string[]) {}

  /**
   * Index of the county whose shape holds (x, y) in map units, or -1. A point just off a coast (on
   * the anti-aliased edge the reader sees as the county) takes the county within half a unit.
   */
  at(x: number, y: number): number {
    for (const [dx, dy] of [[0, 0], [0.5, 0], [-0.5, 0], [0, 0.5], [0, -0.5]] as const) {
      const i = this.exactlyAt(x + dx, y + dy);
      if (i >= 0) return i;
    }
    return -1;
  }

  private exactlyAt(x: number, y: number): number {
    if (!this.boxes) {
      this.boxes = new Float64Array(this.paths.length * 4);
      this.paths.forEach((d, i) => this.boxes!.set(pathBox(d), i * 4));
    }
    this.ctx ??= document.createElement('canvas').getContext('2d');
    const b = this.boxes;
    for (let i = 0; i < this.paths.length; i++) {
      if (x < b[i * 4]! || y < b[i * 4 + 1]! || x > b[i * 4 + 2]! || y > b[i * 4 + 3]!) continue;
      const shape = (this.shapes[i] ??= new Path2D(absolute(this.paths[i]!)));
      if (this.ctx?.isPointInPath(shape, x, y)) return i;
    }
    return -1;
  }
}
