import type { KeyboardEvent } from 'react';

/**
 * Keyboard handling shared by the pop-up menus (WAI-ARIA menu pattern): Escape or Tab closes and
 * returns focus, arrows move between enabled items and wrap, Home and End jump to the ends.
 */
export function handleMenuKeys(e: KeyboardEvent, menu: HTMLElement | null, close: (refocus: boolean) => void): void {
  const buttons = [...(menu?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (e.key === 'Escape' || e.key === 'Tab') {
    e.preventDefault();
    close(true);
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    const step = e.key === 'ArrowDown' ? 1 : -1;
    buttons[(at + step + buttons.length) % buttons.length]?.focus();
  } else if (e.key === 'Home' || e.key === 'End') {
    e.preventDefault();
    buttons[e.key === 'Home' ? 0 : buttons.length - 1]?.focus();
  }
}
