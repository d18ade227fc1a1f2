/**
 * Per-state share cards (1200x630 PNG) rendered at build time: the same Albers map as the page,
 * the state highlighted in its stance colour, its key numbers, and a bundled font. No network.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { loadStatesTopology, loadSummary } from '@lib/data.ts';
import { shareCardSvg } from '@lib/share-card.ts';
import { STANCE_COLORS, UI } from '../../styles/tokens.ts';
import { t, intlLocale, type Lang } from '@i18n/index.ts';

const require = createRequire(import.meta.url);
const FONTS = [require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')];

export const getStaticPaths = (() => loadSummary().states.map((s) => ({ params: { code: s.usps.toLowerCase() } }))) satisfies GetStaticPaths;

export function renderCard(code: string, lang: Lang = 'en'): Uint8Array {
  const summary = loadSummary();
  const s = summary.states.find((x) => x.usps.toLowerCase() === code)!;
  const n = (x: number) => x.toLocaleString(intlLocale(lang));
  const date = new Date(`${summary.asOf}T12:00:00Z`).toLocaleDateString(intlLocale(lang), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const facts = [
    s.agreements > 0 ? t(lang, s.agreements === 1 ? 'card.agreements.one' : 'card.agreements.other', { count: n(s.agreements) }) : t(lang, 'card.none'),
    ...(s.agreements > 0 ? [t(lang, 'card.rank', { rank: s.rank, total: summary.states.length })] : []),
    s.possibleStance || s.confidence === 'low' ? t(lang, 'card.unsettled') : t(lang, 'card.coverage', { covered: n(s.countiesWithSheriffAgreement), counties: n(s.counties) }),
  ];
  const svg = shareCardSvg(
    loadStatesTopology(),
    s.fips,
    { site: t(lang, 'card.site'), title: s.name, stance: t(lang, `stance.sentence.${s.stance}`, { name: s.name }), facts, footer: t(lang, 'card.footer', { date }) },
    {
      background: UI.light.bg!, text: UI.light.text!, muted: UI.light.muted!, land: STANCE_COLORS.light.none, border: UI.light.bg!,
      highlight: STANCE_COLORS.light[s.stance], accent: STANCE_COLORS.light[s.stance],
    },
  );
  return new Resvg(svg, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
}

export const GET: APIRoute = ({ params }) =>
  new Response(renderCard(String(params.code)) as BodyInit, { headers: { 'content-type': 'image/png' } });
