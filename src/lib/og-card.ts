/**
 * Per-state share cards (1200x630 PNG) rendered at build time: the same Albers map as the page,
 * the state highlighted in its stance colour, its key numbers, and a bundled font. No network.
 * English cards are served at og/<code>.png, Spanish ones at es/og/<code>.png.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { loadStatesTopology, loadSummary } from '@lib/data.ts';
import { shareCardSvg, type CardText } from '@lib/share-card.ts';
import { STANCE_COLORS, UI } from '../styles/tokens.ts';
import { t, type Lang } from '@i18n/index.ts';
import { fmtDate, fmtInt } from './intl-format.ts';

const require = createRequire(import.meta.url);
const FONTS = [require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')];

/** The card's text for a state, translated (tests check that every line fits and is in the page's language). */
export function cardText(code: string, lang: Lang = 'en'): CardText {
  const summary = loadSummary(lang);
  const s = summary.states.find((x) => x.usps.toLowerCase() === code)!;
  const n = (x: number) => fmtInt(lang, x);
  const date = fmtDate(lang, summary.asOf);
  const facts = [
    s.agreements > 0 ? t(lang, s.agreements === 1 ? 'card.agreements.one' : 'card.agreements.other', { count: n(s.agreements) }) : t(lang, 'card.none'),
    ...(s.agreements > 0 ? [t(lang, 'card.rank', { rank: s.rank, total: summary.states.length })] : []),
    s.possibleStance || s.confidence === 'low' ? t(lang, 'card.unsettled') : t(lang, 'card.coverage', { covered: n(s.countiesWithSheriffAgreement), counties: n(s.counties) }),
  ];
  return { site: t(lang, 'card.site'), title: s.name, stance: t(lang, `stance.sentence.${s.stance}`, { name: s.name }), facts, footer: t(lang, 'card.footer', { date }) };
}

export function renderCard(code: string, lang: Lang = 'en'): Uint8Array {
  const s = loadSummary(lang).states.find((x) => x.usps.toLowerCase() === code)!;
  const svg = shareCardSvg(
    loadStatesTopology(),
    s.fips,
    cardText(code, lang),
    {
      background: UI.light.bg!, text: UI.light.text!, muted: UI.light.muted!, land: STANCE_COLORS.light.none, border: UI.light.bg!,
      highlight: STANCE_COLORS.light[s.stance], accent: STANCE_COLORS.light[s.stance],
    },
  );
  return new Resvg(svg, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
}
