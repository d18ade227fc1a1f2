/** Where the CSV downloads live, shared by the pipeline (writes them) and the site (links to them). */
export type DownloadLang = 'en' | 'es';
/** "agreements.csv" → "agreements.csv" (English) or "es/agreements.csv" (Spanish header row). */
export const csvPath = (rel: string, lang: DownloadLang) => (lang === 'es' ? `es/${rel}` : rel);
