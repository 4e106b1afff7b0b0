// The mail page's theme, told by the content script to the sidebar frame with postMessage (the frame
// cannot look at the page). Only two words cross: a spoofed message can change the sidebar's colours
// and nothing else.
export const THEME_MESSAGE = 'afterfollow:theme';

export type Theme = 'dark' | 'light';

export interface ThemeMessage {
  type: typeof THEME_MESSAGE;
  /** The mail client's own theme, from its computed colours; null when the page does not tell. */
  page: Theme | null;
  /** The OS/browser setting as the top-level page sees it (a frame may not see it the same way). */
  os: Theme;
}

export function parseThemeMessage(data: unknown): ThemeMessage | null {
  const m = data as Partial<ThemeMessage> | null;
  if (!m || typeof m !== 'object' || m.type !== THEME_MESSAGE) return null;
  const theme = (v: unknown): Theme | null => (v === 'dark' || v === 'light' ? v : null);
  const os = theme(m.os);
  return os ? { type: THEME_MESSAGE, page: theme(m.page), os } : null;
}

/** Dark when the mail client is dark, or when the OS is (beside a light page too: the user asked for dark). */
export function sidebarTheme(m: Pick<ThemeMessage, 'page' | 'os'>): Theme {
  return m.page === 'dark' || m.os === 'dark' ? 'dark' : 'light';
}

/** Relative luminance (0 black … 1 white) of a CSS rgb()/rgba() colour, with its alpha; null if unparsable. */
export function luminanceOf(css: string): { luminance: number; alpha: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!m) return null;
  const channel = (v: string) => {
    const c = Math.min(255, Number(v)) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return { luminance: 0.2126 * channel(m[1]!) + 0.7152 * channel(m[2]!) + 0.0722 * channel(m[3]!), alpha: a };
}

/**
 * The page's theme from its body text colour (light text means a dark theme; the clearest sign, since a
 * client may paint its dark background on an inner element), else from the first opaque background.
 */
export function themeFromColours(backgrounds: string[], textColour: string): Theme | null {
  const text = luminanceOf(textColour);
  if (text && text.alpha >= 0.5 && text.luminance > 0.5) return 'dark';
  if (text && text.alpha >= 0.5 && text.luminance < 0.2) return 'light';
  for (const bg of backgrounds) {
    const c = luminanceOf(bg);
    if (c && c.alpha >= 0.5) return c.luminance < 0.2 ? 'dark' : 'light';
  }
  return null;
}
