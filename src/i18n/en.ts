export const en = {
  'site.title': 'Cooperation Divide',
  'site.tagline': 'How states split over local cooperation with ICE',
} as const;
