/**
 * The explorer's agency search: a combobox over the agency index (arrow keys, Enter, Escape), the
 * current state's matches first. Results are set with textContent; choosing one is the caller's job.
 */
import { searchAgencies, type AgencyEntry } from './county-data.ts';
import type { AgencyIndex } from '@schema/records.ts';

export interface SearchParts {
  input: HTMLInputElement;
  results: HTMLUListElement;
  status: HTMLElement;
  index: () => AgencyIndex;
  state: () => string | null;
  label: (a: AgencyEntry) => string;
  count: (n: number) => string;
  none: (query: string) => string;
  choose: (a: AgencyEntry) => void;
}

export function setUpAgencySearch(p: SearchParts): void {
  const { input, results } = p;
  let options: AgencyEntry[] = [];
  let active = -1;
  const close = () => {
    results.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i: number) => {
    active = i;
    [...results.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `agency-opt-${i}`);
  };
  const choose = (a: AgencyEntry) => {
    close();
    input.value = a[1];
    p.choose(a);
  };
  input.addEventListener('input', () => {
    options = searchAgencies(p.index(), input.value, 8, p.state()?.toUpperCase() ?? null);
    if (input.value.trim().length < 2) {
      close();
      p.status.textContent = '';
      return;
    }
    results.replaceChildren(
      ...options.map((a, i) => {
        const li = document.createElement('li');
        li.id = `agency-opt-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = p.label(a);
        li.addEventListener('mousedown', (e) => e.preventDefault());
        li.addEventListener('click', () => choose(a));
        return li;
      }),
    );
    results.hidden = options.length === 0;
    input.setAttribute('aria-expanded', String(options.length > 0));
    p.status.textContent = options.length ? p.count(options.length) : p.none(input.value.trim());
    highlight(-1);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && options.length) {
      e.preventDefault();
      highlight((active + 1) % options.length);
    } else if (e.key === 'ArrowUp' && options.length) {
      e.preventDefault();
      highlight((active - 1 + options.length) % options.length);
    } else if (e.key === 'Enter') {
      const pick = options[active >= 0 ? active : 0];
      if (pick && !results.hidden) {
        e.preventDefault();
        choose(pick);
      }
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
