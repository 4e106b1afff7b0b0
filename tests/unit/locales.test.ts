import en from '../../public/_locales/en/messages.json';
import ja from '../../public/_locales/ja/messages.json';
import { allMessages } from '../../scripts/locales-all';

const messages = allMessages();
import { setMessageSourceForTests, t } from '../../lib/platform/i18n';

const placeholders = (s: string) => (s.match(/\$[1-9]/g) ?? []).sort().join(',');

describe('locales', () => {
  it('en and ja are both complete and generated from the source table', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(messages).sort());
    for (const [key, row] of Object.entries(messages) as [keyof typeof en, readonly string[]][]) {
      expect(en[key].message, key).toBe(row[0]);
      expect(ja[key].message, key).toBe(row[1]);
      expect(ja[key].message.trim(), key).not.toBe('');
      expect(placeholders(ja[key].message), key).toBe(placeholders(en[key].message));
    }
  });

  it('keeps the landmark name identical in every locale', () => {
    expect(en.sidebarLabel.message).toBe('Afterfollow');
    expect(ja.sidebarLabel.message).toBe('Afterfollow');
  });

  it('substitutes positional values', () => {
    setMessageSourceForTests((k) => (ja as Record<string, { message: string }>)[k]?.message ?? '');
    expect(t('pageOf', 1, 50, 120)).toBe('120 件中 1–50 件');
    setMessageSourceForTests(null);
    expect(t('pageOf', 1, 50, 120)).toBe('Rows 1–50 of 120');
  });
});
