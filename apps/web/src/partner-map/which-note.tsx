/**
 * The first words of a note, heard (not seen) after a button's visible label, so
 * each "Edit" says which note it acts on while the visible text stays in its name.
 */
export function WhichNote({ text, prefix = "" }: { text: string; prefix?: string }) {
  const words = text.split(/\s+/).slice(0, 6).join(" ");
  return <span className="loop-sr-only">{`${prefix}: ${words.length < text.length ? `${words}…` : words}`}</span>;
}
