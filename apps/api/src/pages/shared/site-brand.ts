import { brandColourProblem, darkerShade } from '@wobdesk/domain';
import type { OrganisationBranding } from '@wobdesk/persistence';
import { PRIVACY_URL } from '../../organisation/branding.dto.js';
import type { SiteBrand } from './page-kit.js';

/** The public files of the site organisation's branding (fixed routes, branding.pages.ts). */
export const LOGO_PATH = '/huisstijl/logo.png';
export const STYLESHEET_PATH = '/huisstijl/kleuren.css';

/** The layout's view of the branding: versioned addresses, so a change shows at once. */
export function brandOf(branding: OrganisationBranding): SiteBrand {
  return {
    stylesheet: branding.primaryColour
      ? `${STYLESHEET_PATH}?v=${branding.primaryColour.slice(1)}`
      : null,
    logo: branding.logo && {
      src: `${LOGO_PATH}?v=${branding.logo.sha256.slice(0, 16)}`,
      width: branding.logo.width,
      height: branding.logo.height,
    },
  };
}

/**
 * The NL Design System tokens the colour sets. A checked colour only: it is the whole of the
 * sheet's variable content, so nothing else can reach the CSS.
 */
export function brandStylesheet(colour: string): string {
  if (brandColourProblem(colour) !== undefined) return '';
  const dark = darkerShade(colour);
  return `.utrecht-theme.wobdesk-body {
  --wobdesk-brand-color: ${colour};
  --utrecht-button-primary-action-background-color: ${colour};
  --utrecht-button-primary-action-border-color: ${colour};
  --utrecht-button-primary-action-hover-background-color: ${dark};
  --utrecht-button-primary-action-hover-border-color: ${dark};
  --utrecht-button-primary-action-active-background-color: ${dark};
  --utrecht-button-primary-action-active-border-color: ${dark};
  --utrecht-link-color: ${colour};
  --utrecht-link-hover-color: ${dark};
  --utrecht-page-footer-background-color: ${colour};
  --utrecht-page-footer-background-image: none;
}
`;
}

/**
 * The privacy statement as the form shows it: a link, paragraphs, or neither for the default
 * text (both fields always present: the templates are strict).
 */
export function privacyView(statement: string | null): {
  url: string | null;
  paragraphs: string[] | null;
} {
  if (!statement) return { url: null, paragraphs: null };
  if (PRIVACY_URL.test(statement)) return { url: statement, paragraphs: null };
  return {
    url: null,
    paragraphs: statement
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
  };
}
