/**
 * The default comparison of the "What changed" page (the two newest sheets) as a static CSV, so the
 * download works without JavaScript; with JavaScript the page builds the CSV of any chosen pair.
 */
import type { APIRoute } from 'astro';
import { latestChangesCsv } from '@lib/latest-changes.ts';

export const GET: APIRoute = () => latestChangesCsv('en');
