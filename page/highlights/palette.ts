// Highlight colours. Each style sets both the text colour and the background, so its contrast does not depend on
// the page: the pairs below pass WCAG AA (4.5:1) and the high-contrast ones AAA (7:1), checked by a unit test.
// A light page gets pale backgrounds with dark text; a dark page (light body text) gets the reverse.
import { SPEAKER_PALETTE_SIZE, highlightName, type HighlightStyle } from './plan';
import { emphasisAttribute } from './painters';

export interface Swatch {
  background: string;
  color: string;
  /** Styles that must not rely on colour alone get an underline too. */
  underline?: 'dotted' | 'dashed' | 'solid';
}

export type PaletteName = 'light' | 'dark' | 'high-contrast';

// Tailwind-like 100/900 pairs of eight hues, used for the speaker palettes.
const HUES: Array<[light: string, dark: string]> = [
  ['#dbeafe', '#1e3a8a'], // blue
  ['#ffedd5', '#7c2d12'], // orange
  ['#dcfce7', '#14532d'], // green
  ['#fae8ff', '#701a75'], // fuchsia
  ['#fef9c3', '#713f12'], // yellow
  ['#cffafe', '#164e63'], // cyan
  ['#ffe4e6', '#881337'], // rose
  ['#ede9fe', '#4c1d95'], // violet
];

const onLight = ([pale, deep]: [string, string]): Swatch => ({ background: pale, color: deep });
const onDark = ([pale, deep]: [string, string]): Swatch => ({ background: deep, color: pale });

type Palette = Record<'quote-side-a' | 'quote-side-b' | 'quote-none' | 'reported' | 'statistic' | 'current' | 'flash', Swatch> & {
  speakers: Swatch[];
};

export const PALETTES: Record<PaletteName, Palette> = {
  light: {
    'quote-side-a': onLight(HUES[0]),
    'quote-side-b': onLight(HUES[1]),
    'quote-none': { background: '#e5e7eb', color: '#111827' },
    reported: { background: '#f1f5f9', color: '#334155', underline: 'dashed' },
    statistic: { background: '#dcfce7', color: '#14532d', underline: 'dotted' },
    current: { background: '#fde047', color: '#000000', underline: 'solid' },
    flash: { background: '#facc15', color: '#000000' },
    speakers: HUES.map(onLight),
  },
  dark: {
    'quote-side-a': onDark(HUES[0]),
    'quote-side-b': onDark(HUES[1]),
    'quote-none': { background: '#374151', color: '#f9fafb' },
    reported: { background: '#1e293b', color: '#e2e8f0', underline: 'dashed' },
    statistic: { background: '#14532d', color: '#dcfce7', underline: 'dotted' },
    current: { background: '#fde047', color: '#000000', underline: 'solid' },
    flash: { background: '#facc15', color: '#000000' },
    speakers: HUES.map(onDark),
  },
  'high-contrast': {
    'quote-side-a': { background: '#000080', color: '#ffffff' },
    'quote-side-b': { background: '#8b0000', color: '#ffffff' },
    'quote-none': { background: '#000000', color: '#ffffff' },
    reported: { background: '#ffffff', color: '#000000', underline: 'dashed' },
    statistic: { background: '#ffff00', color: '#000000', underline: 'solid' },
    current: { background: '#00ffff', color: '#000000', underline: 'solid' },
    flash: { background: '#00ffff', color: '#000000' },
    speakers: ['#000080', '#8b0000', '#005a00', '#4b0082', '#000000', '#004d4d', '#6b0036', '#3d2b00'].map(
      (background) => ({ background, color: '#ffffff' }),
    ),
  },
};

export function swatchOf(palette: Palette, style: HighlightStyle | 'current' | 'flash'): Swatch {
  if (style.startsWith('speaker-')) return palette.speakers[Number(style.slice(8)) % SPEAKER_PALETTE_SIZE];
  return palette[style as keyof Omit<Palette, 'speakers'>];
}

export const ALL_STYLES: Array<HighlightStyle | 'current' | 'flash'> = [
  'quote-side-a',
  'quote-side-b',
  'quote-none',
  'reported',
  'statistic',
  ...Array.from({ length: SPEAKER_PALETTE_SIZE }, (_, i) => `speaker-${i}` as const),
  'current',
  'flash',
];

const declarations = (s: Swatch) =>
  `background-color: ${s.background}; color: ${s.color};` +
  (s.underline ? ` text-decoration: underline ${s.underline} ${s.color}; text-decoration-thickness: 2px;` : '');

/** The fallback's selector for a style: marks carry their own style, and an emphasis as an attribute on top. */
const markSelector = (style: HighlightStyle | 'current' | 'flash') =>
  style === 'current' || style === 'flash' ? `counterpoint-mark[${emphasisAttribute(style)}]` : `counterpoint-mark[data-style="${style}"]`;

/**
 * The stylesheet for every style: `::highlight(counterpoint-…)` for the Custom Highlight API and
 * `counterpoint-mark[…]` for the wrapping fallback. The marks are inline and add no box of their own; the
 * emphasis rules come last, so at equal specificity they win over the style a mark carries.
 */
export function highlightCss(paletteName: PaletteName): string {
  const palette = PALETTES[paletteName];
  const rules = ALL_STYLES.map((style) => {
    const d = declarations(swatchOf(palette, style));
    return `::highlight(${highlightName(style)}) { ${d} }\n${markSelector(style)} { ${d} }`;
  });
  return [
    'counterpoint-mark { display: inline; margin: 0; padding: 0; border: 0; font: inherit; }',
    ...rules,
  ].join('\n');
}

/** WCAG relative luminance of "#rrggbb". */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Light body text ("rgb(230, 230, 230)") means a dark page. */
export function isDarkPage(textColour: string): boolean {
  const m = textColour.match(/rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/);
  if (!m) return false;
  const hex = '#' + [m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('');
  return luminance(hex) > 0.4;
}
