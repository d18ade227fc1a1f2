/**
 * Static paths shared by the English and Spanish route files (src/pages and src/pages/es), so both
 * languages always build the same set of pages.
 */
import { loadSummary } from './data.ts';
import { nameSlug } from './state-page.ts';

export const statePaths = () =>
  loadSummary().states.map((s) => ({ params: { code: s.usps.toLowerCase() }, props: { code: s.usps.toLowerCase() } }));

export const stateAliasPaths = () =>
  loadSummary().states.map((s) => ({ params: { slug: nameSlug(s.name) }, props: { usps: s.usps, name: s.name } }));
