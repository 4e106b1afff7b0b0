// @vitest-environment node
import { luminanceOf, parseThemeMessage, sidebarTheme, themeFromColours, THEME_MESSAGE } from '../../lib/messages/theme';

describe('the sidebar theme', () => {
  it('reads a page as dark from light text or a dark opaque background', () => {
    expect(themeFromColours(['rgb(32, 33, 36)', 'rgba(0, 0, 0, 0)'], 'rgb(232, 234, 237)')).toBe('dark');
    expect(themeFromColours(['rgba(0, 0, 0, 0)', 'rgb(17, 17, 17)'], 'rgb(128, 128, 128)')).toBe('dark');
    expect(themeFromColours(['rgb(255, 255, 255)'], 'rgb(32, 33, 36)')).toBe('light');
    expect(themeFromColours(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], 'rgb(128, 128, 128)')).toBeNull();
    expect(luminanceOf('rgb(255 255 255 / 50%)')).toEqual({ luminance: 1, alpha: 0.5 });
  });

  it('is dark when the mail client or the OS is', () => {
    expect(sidebarTheme({ page: 'dark', os: 'light' })).toBe('dark');
    expect(sidebarTheme({ page: 'light', os: 'dark' })).toBe('dark');
    expect(sidebarTheme({ page: null, os: 'light' })).toBe('light');
  });

  it('accepts only its own two words from the page', () => {
    expect(parseThemeMessage({ type: THEME_MESSAGE, page: 'dark', os: 'light' })).toEqual({ type: THEME_MESSAGE, page: 'dark', os: 'light' });
    expect(parseThemeMessage({ type: THEME_MESSAGE, page: '<img>', os: 'dark' })).toEqual({ type: THEME_MESSAGE, page: null, os: 'dark' });
    expect(parseThemeMessage({ type: THEME_MESSAGE, page: 'dark' })).toBeNull();
    expect(parseThemeMessage('dark')).toBeNull();
    expect(parseThemeMessage(null)).toBeNull();
  });
});
