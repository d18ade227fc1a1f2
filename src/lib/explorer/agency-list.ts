/**
 * The explorer's agency list: a state's agencies (already in reading order in its map file), built a
 * time slice of rows at a time so a slow phone never waits on all 200 at once. Names are set with
 * textContent; a click on a row is the caller's, through one listener on the list (data-agency).
 */
import type { SvgStateMap } from './svg-map-data.ts';
import { inSlices } from './time-slices.ts';

/** Rows shown at most; the search box finds the rest. */
export const LIST_LIMIT = 200;
/** About two boxfuls of rows (the box is 22rem high, a row 3.2rem): built before the list counts as shown. */
const FIRST_ROWS = 16;

export interface ListParts {
  title: HTMLElement;
  list: HTMLElement;
  more: HTMLElement;
  titleText: (count: number) => string;
  moreText: (statePicked: boolean) => string;
  typeText: (type: string) => string;
}

export class AgencyList {
  private run = 0;
  constructor(private readonly p: ListParts) {}

  /**
   * Resolves once the rows that fill the list's box are in (a newer list may have replaced this
   * one); the rest follow in time slices after, so the map is usable without waiting on 200 rows.
   */
  async render(agencies: SvgStateMap['agencies'], statePicked: boolean): Promise<void> {
    const run = ++this.run;
    const { title, list, more } = this.p;
    title.textContent = this.p.titleText(agencies.length);
    list.replaceChildren();
    more.hidden = agencies.length <= LIST_LIMIT;
    more.textContent = this.p.moreText(statePicked);
    const row = ([id, name, usps, type]: SvgStateMap['agencies'][number]) => {
      const li = document.createElement('li');
      const b = Object.assign(document.createElement('button'), { type: 'button', textContent: name });
      b.dataset.agency = id;
      const small = document.createElement('small');
      small.textContent = `${this.p.typeText(type)} · ${usps}`;
      b.append(small);
      li.append(b);
      list.append(li);
    };
    const current = () => run === this.run;
    const shown = agencies.slice(0, LIST_LIMIT);
    if (await inSlices(shown.slice(0, FIRST_ROWS), row, current)) void inSlices(shown.slice(FIRST_ROWS), row, current);
  }
}
