// Keys typed into the sidebar while a Japanese IME is composing belong to the IME: its Enter confirms
// the conversion and must never submit a form or run a shortcut.
import type { KeyboardEvent } from 'react';

/** True while an input method is composing (keyCode 229 covers engines that report it that way). */
export function composing(e: { isComposing?: boolean; keyCode?: number }): boolean {
  return e.isComposing === true || e.keyCode === 229;
}

/** onKeyDown for forms: an Enter that confirms an IME conversion does not submit. */
export function imeSafeEnter(e: KeyboardEvent<HTMLElement>): void {
  if (e.key === 'Enter' && composing(e.nativeEvent)) e.preventDefault();
}
