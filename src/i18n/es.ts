import type { en } from './en.ts';

export const es: Record<keyof typeof en, string> = {
  'site.title': 'La división de la cooperación',
  'site.tagline': 'Cómo se dividen los estados ante la cooperación local con ICE',
};
