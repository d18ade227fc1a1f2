/**
 * Cell hyperlinks of a workbook's first sheet. read-excel-file returns cell values only, so the links
 * are read from the package parts: the first <sheet> of xl/workbook.xml, its relationship target, the
 * sheet's <hyperlink ref r:id> elements and the sheet's relationships (where external targets live).
 * Each part is inflated with the workbook cap (limits.ts), so a hostile part cannot cost more than that.
 */
import path from 'node:path';
import { InputError, columnLetter } from '../errors.ts';
import { readZipPart } from '../zip-part.ts';

export interface SheetLink {
  /** 1-based row and column letters of the linked cell. */
  row: number;
  column: string;
  /** The relationship's Target as written (external URL), or `#location` for a link inside the workbook. */
  target: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e] ?? all);

/** Attributes of every `<tag …>` element in a part, entity-decoded; a namespace prefix on an attribute is dropped. */
function elements(xml: string, tag: string): Array<Record<string, string>> {
  return [...xml.matchAll(new RegExp(`<(?:\\w+:)?${tag}\\s([^>]*?)/?>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1]!.replace(/^\w+:/, ''), unescapeXml(a[2]!)])),
  );
}

async function part(file: string, bytes: Buffer, name: string, required: boolean): Promise<Buffer | null> {
  let found: Buffer | null;
  try {
    found = await readZipPart(bytes, name);
  } catch (err) {
    throw new InputError({ file }, 'a readable .xlsx workbook', `unreadable (${(err as Error).message})`);
  }
  if (!found && required) throw new InputError({ file }, `a workbook part ${name}`, 'none');
  return found;
}

/** Target of a relationship, resolved against the folder of the part that owns it. */
const resolveTarget = (from: string, target: string) => (target.startsWith('/') ? target.slice(1) : path.posix.join(path.posix.dirname(from), target));

export async function readSheetLinks(file: string, bytes: Buffer): Promise<SheetLink[]> {
  const workbook = (await part(file, bytes, 'xl/workbook.xml', true))!.toString('utf8');
  const firstSheet = elements(workbook, 'sheet')[0];
  const rels = elements((await part(file, bytes, 'xl/_rels/workbook.xml.rels', true))!.toString('utf8'), 'Relationship');
  const rel = rels.find((r) => r.Id === firstSheet?.id);
  if (!rel?.Target) throw new InputError({ file }, 'a first sheet with a part in xl/_rels/workbook.xml.rels', firstSheet ?? 'no <sheet>');
  const sheetPath = resolveTarget('xl/workbook.xml', rel.Target);
  const sheetXml = (await part(file, bytes, sheetPath, true))!;
  // <hyperlinks> follows <sheetData> (CT_Worksheet order): decode and scan only that block, not the cells.
  const start = sheetXml.lastIndexOf('</sheetData>');
  const tail = sheetXml.subarray(Math.max(0, start)).toString('utf8');
  const at = tail.search(/<(?:\w+:)?hyperlinks[\s>]/);
  const links = at < 0 ? [] : elements(tail.slice(at), 'hyperlink');
  if (links.length === 0) return [];
  const relsPath = path.posix.join(path.posix.dirname(sheetPath), '_rels', `${path.posix.basename(sheetPath)}.rels`);
  const targets = new Map(elements((await part(file, bytes, relsPath, false))?.toString('utf8') ?? '', 'Relationship').map((r) => [r.Id, r.Target ?? '']));
  const out: SheetLink[] = [];
  for (const l of links) {
    const target = l.id ? targets.get(l.id) : l.location !== undefined ? `#${l.location}` : undefined;
    if (target === undefined) throw new InputError({ file, column: l.ref }, 'a hyperlink whose relationship exists', l.id ?? '(no r:id or location)');
    // A link may cover a range ("G2:G5"): every cell in it carries the link.
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(l.ref ?? '');
    if (!m) throw new InputError({ file }, 'a hyperlink on a cell reference such as G12', l.ref);
    const [c1, r1, c2, r2] = [m[1]!, Number(m[2]), m[3] ?? m[1]!, Number(m[4] ?? m[2])];
    for (let row = r1; row <= r2; row++) {
      if (c1 === c2) out.push({ row, column: c1, target });
      else for (const column of columnSpan(c1, c2)) out.push({ row, column, target });
    }
  }
  return out;
}

function columnSpan(from: string, to: string): string[] {
  const n = (s: string) => [...s].reduce((x, ch) => x * 26 + ch.charCodeAt(0) - 64, 0);
  const out: string[] = [];
  for (let i = n(from); i <= n(to); i++) out.push(columnLetter(i - 1));
  return out;
}
