// @vitest-environment happy-dom
import { reserveSidebarSpace } from '../../lib/sites/layout';

describe('reserveSidebarSpace', () => {
  it('pads the main view past the sidebar edge, updates in place, and removes itself', () => {
    document.body.innerHTML = '<div role="main">thread</div>';
    const main = document.querySelector('[role="main"]')!;
    main.getBoundingClientRect = () => ({ right: 1344, left: 0, top: 0, bottom: 0, width: 1344, height: 0, x: 0, y: 0, toJSON: () => ({}) });
    reserveSidebarSpace(document, 'gmail', 1004);
    expect(document.querySelectorAll('#afterfollow-layout')).toHaveLength(1);
    expect(document.getElementById('afterfollow-layout')!.textContent).toContain('padding-right: 348px');
    reserveSidebarSpace(document, 'gmail', 1300);
    expect(document.querySelectorAll('#afterfollow-layout')).toHaveLength(1);
    expect(document.getElementById('afterfollow-layout')!.textContent).toContain('padding-right: 52px');
    // Never more than half the main view, whatever the sidebar claims.
    reserveSidebarSpace(document, 'gmail', 100);
    expect(document.getElementById('afterfollow-layout')!.textContent).toContain('padding-right: 672px');
    reserveSidebarSpace(document, 'gmail', null);
    expect(document.getElementById('afterfollow-layout')).toBeNull();
  });

  it('leaves its style untouched when the room stays the same (a rewrite restyles the whole page)', async () => {
    document.body.innerHTML = '<div role="main">thread</div>';
    const main = document.querySelector('[role="main"]')!;
    main.getBoundingClientRect = () => ({ right: 1344, left: 0, top: 0, bottom: 0, width: 1344, height: 0, x: 0, y: 0, toJSON: () => ({}) });
    reserveSidebarSpace(document, 'gmail', 1004);
    const style = document.getElementById('afterfollow-layout')!;
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(style, { childList: true, characterData: true, subtree: true });
    reserveSidebarSpace(document, 'gmail', 1004);
    await Promise.resolve();
    expect(observer.takeRecords().length + changes.length).toBe(0);
    reserveSidebarSpace(document, 'gmail', 1300);
    await Promise.resolve();
    expect(observer.takeRecords().length + changes.length).toBeGreaterThan(0);
    observer.disconnect();
    reserveSidebarSpace(document, 'gmail', null);
  });

  it('does nothing on a page without a main view', () => {
    document.body.innerHTML = '<p>no app here</p>';
    reserveSidebarSpace(document, 'outlook', 900);
    expect(document.getElementById('afterfollow-layout')).toBeNull();
  });
});
