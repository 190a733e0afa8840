import { useCallback, useRef, useState, type FormEvent } from "react";
import type { z } from "zod";
import { asFailure } from "../api/client.ts";

export type FieldErrors<K extends string> = Partial<Record<K, string>>;
type FocusableField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export interface FormState<K extends string> {
  values: Record<K, string>;
  set(field: K): (value: string) => void;
  errors: FieldErrors<K>;
  /** An error that names no field of this form. */
  formError: string | null;
  busy: boolean;
  /** Registers an input so the first invalid field can take focus. */
  register(field: K): (element: FocusableField | null) => void;
  /** Runs on submit: validates with `schema`, then calls `action` with the parsed body. */
  onSubmit(event: FormEvent): void;
  reset(next?: Partial<Record<K, string>>): void;
}

/**
 * Form state that never loses what the person typed: errors (from the zod schema or
 * from the server's `{error:{field}}`) are shown next to the field they name, and the
 * first invalid field takes focus.
 */
export function useForm<K extends string, S extends z.ZodType>(
  initial: Record<K, string>,
  schema: S,
  action: (body: z.infer<S>) => Promise<void>,
): FormState<K> {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<K>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputs = useRef(new Map<K, FocusableField>());
  const fields = Object.keys(initial) as K[];
  const isField = (name: string | undefined): name is K => name !== undefined && (fields as string[]).includes(name);

  const focusFirst = (found: FieldErrors<K>) => {
    const first = fields.find((f) => found[f]);
    if (first) inputs.current.get(first)?.focus();
  };

  const set = (field: K) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    // Typing in a field clears its own error: the person is fixing it.
    setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
  };

  const register = useCallback(
    (field: K) => (element: FocusableField | null) => {
      if (element) inputs.current.set(field, element);
      else inputs.current.delete(field);
    },
    [],
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const found: FieldErrors<K> = {};
      for (const issue of parsed.error.issues) {
        const name = String(issue.path[0] ?? "");
        if (isField(name) && !found[name]) found[name] = issue.message;
      }
      setErrors(found);
      focusFirst(found);
      return;
    }
    setErrors({});
    setBusy(true);
    action(parsed.data)
      .catch((error: unknown) => {
        const failure = asFailure(error);
        if (isField(failure.field)) {
          const found = { [failure.field]: failure.message } as FieldErrors<K>;
          setErrors(found);
          focusFirst(found);
        } else {
          setFormError(failure.message);
        }
      })
      .finally(() => setBusy(false));
  };

  const reset = (next: Partial<Record<K, string>> = {}) => {
    setValues({ ...initial, ...next });
    setErrors({});
    setFormError(null);
  };

  return { values, set, errors, formError, busy, register, onSubmit, reset };
}
