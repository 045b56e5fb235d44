// The extension pages' colours (components/shared/theme.css) meet WCAG AA in all four palettes: text 4.5:1 on
// the background and on card surfaces, side swatches and focus rings 3:1 (non-text contrast).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const css = readFileSync(resolve(import.meta.dirname, '../../../components/shared/theme.css'), 'utf8');

/** The colour variables of each palette, later declarations overriding earlier ones as the cascade does. */
function palettes(): Record<string, Record<string, string>> {
  const blocks: Array<[string, RegExp]> = [
    ['light', /^:root \{([^}]*)\}/m],
    ['dark', /@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}/],
    ['high-contrast light', /^:root\.cp-high-contrast \{([^}]*)\}/m],
    ['high-contrast dark', /@media \(prefers-color-scheme: dark\) \{\s*:root\.cp-high-contrast \{([^}]*)\}/],
  ];
  const vars = (body: string) => Object.fromEntries([...body.matchAll(/(--cp-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
  const out: Record<string, Record<string, string>> = {};
  for (const [name, pattern] of blocks) {
    const body = pattern.exec(css)?.[1];
    if (!body) throw new Error(`no ${name} block in theme.css`);
    out[name] = vars(body);
  }
  // Error colours are declared in their own small blocks after the palettes.
  const errors = [...css.matchAll(/--cp-error:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]);
  out.light = { ...out.light, '--cp-error': errors[0] };
  out.dark = { ...out.light, ...out.dark, '--cp-error': errors[1] };
  out['high-contrast light'] = { ...out.light, ...out['high-contrast light'], '--cp-error': errors[2] };
  out['high-contrast dark'] = { ...out.dark, ...out['high-contrast light'], ...out['high-contrast dark'], '--cp-error': errors[3] };
  return out;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe.each(Object.entries(palettes()))('%s palette', (_name, p) => {
  it.each(['--cp-text', '--cp-muted', '--cp-accent', '--cp-error'])('%s reads at 4.5:1 on the background and on surfaces', (name) => {
    expect(contrast(p[name], p['--cp-bg'])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p[name], p['--cp-surface'])).toBeGreaterThanOrEqual(4.5);
  });

  it('primary buttons read at 4.5:1', () => {
    expect(contrast(p['--cp-accent-text'], p['--cp-accent'])).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['--cp-side-0', '--cp-side-1', '--cp-side-2', '--cp-side-3', '--cp-side-none', '--cp-focus'])('%s stands out at 3:1', (name) => {
    expect(contrast(p[name], p['--cp-bg'])).toBeGreaterThanOrEqual(3);
    expect(contrast(p[name], p['--cp-surface'])).toBeGreaterThanOrEqual(3);
  });
});
