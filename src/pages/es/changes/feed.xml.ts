/** The Atom feed of what changed, in Spanish (src/lib/changes-feed.ts). */
import type { APIRoute } from 'astro';
import { changesFeedResponse } from '@lib/changes-feed.ts';

export const GET: APIRoute = ({ site }) => changesFeedResponse('es', site);
