/** One checkbox with its label beside it. */
export function CheckOption({ id, label, checked, onChecked }: { id: string; label: string; checked: boolean; onChecked(on: boolean): void }) {
  return (
    <div className="push-prefs__check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChecked(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
