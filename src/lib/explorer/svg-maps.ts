/**
 * The explorer's SVG first view picks its drawing by what it shows: a state's few hundred counties
 * as an element each (svg-county-map.ts), the whole country's 3,100 as a few compound paths
 * (svg-country-map.ts). Each is made when first needed; drawing one stops a draw of the other.
 */
import type { SvgStateMap } from './svg-map-data.ts';
import { SvgCountyMap, type SvgMapOptions } from './svg-county-map.ts';
import { SvgCountryMap } from './svg-country-map.ts';

export class SvgMaps {
  private state: SvgCountyMap | null = null;
  private country: SvgCountryMap | null = null;
  private current: SvgCountyMap | SvgCountryMap | null = null;

  constructor(private readonly host: HTMLElement, private readonly o: SvgMapOptions) {}

  /** The map on screen (null before the first draw). */
  get svg(): SVGSVGElement | null {
    return this.current?.svg ?? null;
  }

  draw(map: SvgStateMap, wholeCountry: boolean): Promise<boolean> {
    (wholeCountry ? this.state : this.country)?.stop();
    this.current = wholeCountry ? (this.country ??= new SvgCountryMap(this.host, this.o)) : (this.state ??= new SvgCountyMap(this.host, this.o));
    return this.current.draw(map);
  }

  focusAgency(id: string, countyFips: string | null): void {
    this.current?.focusAgency(id, countyFips);
  }
}
