/**
 * The day an ICE sheet is from. ICE has renamed its files several times; every form seen so far:
 *   participatingAgencies05182026am.xlsx   ParticipatingAgencies09252026pm.xlsx   (MMDDYYYY + am/pm)
 *   participatingAgencies09282026.xlsx                                            (MMDDYYYY)
 *   287gParticipatingAgencies091526pm.xlsx  ParticipatingAgency091826am.xlsx      (MMDDYY + am/pm)
 * When the name has no date, the server's Last-Modified header gives the day in Washington, DC (ICE's
 * time zone), and the caller says which of the two it used.
 */
export interface SheetDate { date: string; pm: boolean }

/** YYYY-MM-DD that names a real day (2026-02-30 does not). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

export function dateFromIceName(name: string): SheetDate | null {
  // The digits right before am/pm and .xlsx, not run on from other digits (the "287g" prefix stays out).
  const m = /(?<!\d)(\d{2})(\d{2})(\d{4}|\d{2})(am|pm)?\.xlsx$/i.exec(name);
  if (!m) return null;
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
  const date = `${year}-${m[1]}-${m[2]}`;
  return isCalendarDate(date) ? { date, pm: m[4]?.toLowerCase() === 'pm' } : null;
}

/** "Tue, 09 Jun 2026 21:14:03 GMT" → the calendar day in America/New_York, or null. */
export function dateFromLastModified(header: string | null): SheetDate | null {
  if (!header) return null;
  const t = Date.parse(header);
  if (Number.isNaN(t)) return null;
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(t));
  return isCalendarDate(date) ? { date, pm: false } : null;
}

/** The file name a server gives in Content-Disposition (filename* or filename), if any. */
export function nameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      /* a malformed encoding: fall back to the plain parameter */
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  return plain ? (plain[2] ?? plain[1]!).trim() : null;
}
