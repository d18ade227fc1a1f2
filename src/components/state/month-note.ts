/** Reveals the state page's month note when the URL has a known ?date=YYYY-MM (see MonthNote.astro). */
const box = document.querySelector<HTMLElement>('[data-role=month-note]');
const date = new URLSearchParams(location.search).get('date') ?? '';
if (box && /^\d{4}-\d{2}$/.test(date)) {
  const notes = JSON.parse(box.dataset.notes ?? '{}') as Record<string, [string, string]>;
  const note = Object.hasOwn(notes, date) ? notes[date] : undefined;
  if (note) {
    box.querySelector('[data-role=month-text]')!.textContent = note[0];
    const back = box.querySelector<HTMLAnchorElement>('[data-role=month-back]')!;
    back.textContent = note[1];
    back.href = `${box.dataset.home}&date=${date}`;
    box.hidden = false;
  }
}
