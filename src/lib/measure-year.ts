/**
 * A measure's year as reader text. The policy YAML stores a number (2025) or English words where the
 * sources give no year ("before 2007"); the words come from the page's dictionary via `words`.
 */
export type YearQualifier = 'before' | 'after' | 'circa';

export function measureYear(year: number | string, words: (q: YearQualifier, year: string) => string): string {
  const m = /^(before|after|circa) (\d{4})$/.exec(String(year));
  return m ? words(m[1] as YearQualifier, m[2]!) : String(year);
}
