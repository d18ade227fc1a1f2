/** The default comparison of the Spanish "What changed" page as a static CSV (Spanish header row). */
import type { APIRoute } from 'astro';
import { latestChangesCsv } from '@lib/latest-changes.ts';

export const GET: APIRoute = () => latestChangesCsv('es');
