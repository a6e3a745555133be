// One entry of a fault menu (a server's, a link's): what it does and, beneath, how it shows.

export function MenuItemButton({ action, label, hint, disabled = false, onChoose }: { action: string; label: string; hint: string; disabled?: boolean; onChoose: () => void }) {
  return (
    <button type="button" role="menuitem" data-action={action} disabled={disabled} onClick={onChoose}>
      <span className="item-label">{label}</span>
      <span className="item-hint">{hint}</span>
    </button>
  );
}
