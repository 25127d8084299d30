/**
 * An organisation's primary colour on the requester's pages. It colours buttons, links and the
 * page header, all with white around or on it, so it must reach the contrast WCAG 2.1 asks of
 * normal text at level AA (success criterion 1.4.3): 4.5 to 1 against white.
 */
export const BRAND_MIN_CONTRAST = 4.5;

const HEX = /^#[0-9a-fA-F]{6}$/;

/** Why a colour cannot be the brand colour; undefined when it can. */
export type BrandColourProblem = 'format' | 'contrast';

export function brandColourProblem(hex: string): BrandColourProblem | undefined {
  if (!HEX.test(hex)) return 'format';
  return contrastWithWhite(hex) < BRAND_MIN_CONTRAST ? 'contrast' : undefined;
}

/** The WCAG 2.1 contrast ratio of a '#rrggbb' colour against white, from 1 to 21. */
export function contrastWithWhite(hex: string): number {
  return (1 + 0.05) / (relativeLuminance(hex) + 0.05);
}

/**
 * The colour mixed with black: the darker shade for hover and active states. Darker on white only
 * raises the contrast, so a valid brand colour stays valid.
 */
export function darkerShade(hex: string, share = 0.2): string {
  const channels = [1, 3, 5].map((i) =>
    Math.round(parseInt(hex.slice(i, i + 2), 16) * (1 - share)),
  );
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2.1's relative luminance of an sRGB colour. */
function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
