/** Adds cell hyperlinks to a test workbook (write-excel-file writes none): a <hyperlinks> block and the sheet's rels. */
import { readZip, writeZip } from './zip.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function withHyperlinks(xlsx: Buffer, links: Record<string, string>): Buffer {
  const parts = readZip(xlsx);
  const name = [...parts.keys()].find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))!;
  const refs = Object.entries(links);
  const block = `<hyperlinks>${refs.map(([ref], i) => `<hyperlink ref="${ref}" r:id="rIdLink${i}"/>`).join('')}</hyperlinks>`;
  let xml = parts.get(name)!.toString('utf8');
  if (!xml.includes('xmlns:r=')) xml = xml.replace('<worksheet ', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ');
  parts.set(name, Buffer.from(xml.replace('</sheetData>', `</sheetData>${block}`)));
  const rels = refs.map(([, url], i) =>
    `<Relationship Id="rIdLink${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${esc(url)}" TargetMode="External"/>`);
  parts.set(name.replace('worksheets/', 'worksheets/_rels/') + '.rels',
    Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`));
  return writeZip(parts);
}
