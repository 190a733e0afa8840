import type { Finding } from "@attune/coach";
import { useLayoutEffect, useRef, type Ref, type TextareaHTMLAttributes } from "react";
import { segmentsOf } from "./segments.ts";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange"> & {
  value: string;
  onValue(value: string): void;
  /** findings whose spans index into `value`; empty when the reading is stale */
  findings: readonly Finding[];
  textareaRef?: Ref<HTMLTextAreaElement>;
};

/**
 * A textarea with the coach's marks drawn behind the text: a mirror with the same
 * font, padding and wrapping holds <mark>s at the finding spans, and the textarea on
 * top is transparent. Pitfalls get a wavy underline, moves a solid one, so colour is
 * never the only signal; the mirror is hidden from assistive tech because the coach
 * panel lists the same findings in words.
 */
export function HighlightField({ value, onValue, findings, textareaRef, className, ...rest }: Props) {
  const mirror = useRef<HTMLDivElement>(null);
  const own = useRef<HTMLTextAreaElement | null>(null);

  // Grow with the text so the mirror and the textarea never scroll apart.
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again whenever the text changes, which the effect reads from the DOM.
  useLayoutEffect(() => {
    const el = own.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [value]);

  const setRef = (el: HTMLTextAreaElement | null) => {
    own.current = el;
    if (typeof textareaRef === "function") textareaRef(el);
    else if (textareaRef) (textareaRef as { current: HTMLTextAreaElement | null }).current = el;
  };

  return (
    <div className={`hl-field${className ? ` ${className}` : ""}`}>
      <div ref={mirror} className="hl-field__mirror" aria-hidden="true">
        {segmentsOf(value, findings).map((s) =>
          s.mark ? (
            <mark key={s.start} className={`hl hl--${s.mark.kind}`} data-finding={s.mark.index}>
              {s.text}
            </mark>
          ) : (
            <span key={s.start}>{s.text}</span>
          ),
        )}
        {/* a trailing newline needs a character after it to take up a line */}
        {"\u200b"}
      </div>
      <textarea
        ref={setRef}
        className="hl-field__input"
        value={value}
        onChange={(event) => onValue(event.target.value)}
        onScroll={(event) => {
          if (mirror.current) mirror.current.scrollTop = event.currentTarget.scrollTop;
        }}
        {...rest}
      />
    </div>
  );
}
