// Arrow-key movement through a list whose items are focusable (tabindex="-1"): one Tab stop for the
// whole list, then ↑ ↓ Home End between its items, as in a listbox. Returns whether it moved.

const KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

export function moveInList(key: string, list: HTMLElement, itemSelector: string): boolean {
  if (!KEYS.has(key)) return false;
  const items = [...list.querySelectorAll<HTMLElement>(itemSelector)];
  if (items.length === 0) return false;
  const active = document.activeElement;
  const index = items.findIndex((item) => item === active || item.contains(active));
  let next: number;
  if (key === 'Home') next = 0;
  else if (key === 'End') next = items.length - 1;
  else if (index < 0) next = key === 'ArrowDown' ? 0 : items.length - 1;
  else next = Math.min(items.length - 1, Math.max(0, index + (key === 'ArrowDown' ? 1 : -1)));
  items[next]!.focus();
  return true;
}
