/** Two overlapping circles: two people, a shared middle. Decorative (the name is text). */
export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 40 28" width="40" height="28" aria-hidden="true" focusable="false">
      <circle cx="14" cy="14" r="11" fill="none" stroke="currentColor" strokeWidth="3" />
      <circle cx="26" cy="14" r="11" fill="none" stroke="currentColor" strokeWidth="3" opacity="0.6" />
    </svg>
  );
}
