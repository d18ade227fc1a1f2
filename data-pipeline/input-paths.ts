/** Where the pipeline's inputs live, relative to the sources folder, and how ICE files are named. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_SOURCES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sources');

/** The policy inputs. */
export const POLICY = {
  table: 'policy/state-policies-v2.yaml',
  spanish: 'policy/state-policies-v2.es.yaml',
  denylist: 'policy/content-farms.txt',
  changelog: 'policy/CHANGELOG.yaml',
} as const;

/** The news claims checked on /checked/ and their Spanish texts. */
export const CLAIMS = { table: 'claims/news-claims.yaml', spanish: 'claims/news-claims.es.yaml' } as const;

/** Snapshot date and publication order from our file names (see sources/ice-287g/SOURCES.md). */
export function parseSourceName(file: string): { date: string; pm: boolean; wayback: boolean } | null {
  const m = /^(participating|pending|quirk)-(\d{4}-\d{2}-\d{2})(-pm)?(?:-[a-z-]+)?\.xlsx$/.exec(file);
  if (!m) return null;
  return { date: m[2]!, pm: Boolean(m[3]), wayback: file.includes('wayback-derived') };
}
