/**
 * Per-state share cards (1200x630 PNG) rendered at build time: the same Albers map as the page,
 * the state highlighted in its stance colour, its key numbers, and a bundled font. No network.
 * English cards are served at og/<code>.png, Spanish ones at es/og/<code>.png.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { loadStatesTopology, loadSummary } from '@lib/data.ts';
import { escapeXml, shareCardSvg, type CardText, type Measure } from '@lib/share-card.ts';
import { STANCE_COLORS, UI } from '../styles/tokens.ts';
import { t, type Lang } from '@i18n/index.ts';
import { fmtDate, fmtInt } from './intl-format.ts';

const require = createRequire(import.meta.url);
const FONTS = [require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')];

const OPTIONS = { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } };

/** Ink width of a string at 100 px, as resvg draws it with the card's font. */
function inkWidth(text: string, bold: boolean): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200"><text x="10" y="150" font-size="100"${bold ? ' font-weight="bold"' : ''}>${escapeXml(text)}</text></svg>`;
  return new Resvg(svg, OPTIONS).getBBox()?.width ?? 0;
}
const advances = new Map<string, number>();
/** A character's advance at 100 px: "HcH" minus "HH" (side bearings included, one render per character). */
function advance(c: string, bold: boolean): number {
  const k = `${bold ? 'b' : 'r'}${c}`;
  let w = advances.get(k);
  if (w === undefined) {
    const hh = advances.get(`${bold ? 'b' : 'r'}HH`) ?? inkWidth('HH', bold);
    advances.set(`${bold ? 'b' : 'r'}HH`, hh);
    w = inkWidth(`H${c}H`, bold) - hh;
    advances.set(k, w);
  }
  return w;
}
/** Text width from per-character advances (DejaVu's kerning changes a line by a few px at most). */
export const measureText: Measure = (text, size, bold) => ([...text].reduce((sum, c) => sum + advance(c, bold), 0) * size) / 100;

/** The card's text for a state, translated (tests check that every line fits and is in the page's language). */
export function cardText(code: string, lang: Lang = 'en'): CardText {
  const summary = loadSummary(lang);
  const s = summary.states.find((x) => x.usps.toLowerCase() === code)!;
  const n = (x: number) => fmtInt(lang, x);
  const date = fmtDate(lang, summary.asOf);
  const facts = [
    s.agreements > 0 ? t(lang, s.agreements === 1 ? 'card.agreements.one' : 'card.agreements.other', { count: n(s.agreements) }) : t(lang, 'card.none'),
    ...(s.agreements > 0 ? [t(lang, 'card.rank', { rank: s.rank, total: summary.states.length })] : []),
    s.possibleStance || s.confidence === 'low' ? t(lang, 'card.unsettled')
      // The District of Columbia is one county-equivalent with no counties: "0 of 1 counties" says nothing.
      : s.counties <= 1 ? t(lang, 'card.noCounties')
      : t(lang, 'card.coverage', { covered: n(s.countiesWithSheriffAgreement), counties: n(s.counties) }),
  ];
  return { site: t(lang, 'card.site'), title: s.name, stance: t(lang, `stance.sentence.${s.stance}`, { name: s.name }), facts, footer: t(lang, 'card.footer', { date }) };
}

export function renderCard(code: string, lang: Lang = 'en'): Uint8Array {
  return new Resvg(cardSvg(code, lang), OPTIONS).render().asPng();
}

/** The card as SVG text, its lines measured with the card's font (the share-card test reads them). */
export function cardSvg(code: string, lang: Lang = 'en'): string {
  const s = loadSummary(lang).states.find((x) => x.usps.toLowerCase() === code)!;
  return shareCardSvg(
    loadStatesTopology(),
    s.fips,
    cardText(code, lang),
    {
      background: UI.light.bg!, text: UI.light.text!, muted: UI.light.muted!, land: STANCE_COLORS.light.none, border: UI.light.bg!,
      highlight: STANCE_COLORS.light[s.stance], accent: STANCE_COLORS.light[s.stance],
    },
    'DejaVu Sans',
    measureText,
  );
}
