import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRef, type FormEvent } from "react";
import { useForm, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { asFailure } from "../api/client.ts";
import { firstInPage } from "./first-in-page.ts";

export type FieldErrors<K extends string> = Partial<Record<K, string>>;
/** Whatever takes focus for a field: an input, or the group around radios or sliders. */
type FocusTarget = HTMLElement;
type Values = Record<string, unknown>;

export interface FormState<K extends string, V extends Record<K, unknown> = Record<K, string>> {
  values: V;
  set<F extends K>(field: F): (value: V[F]) => void;
  errors: FieldErrors<K>;
  /** An error that names no field of this form. */
  formError: string | null;
  busy: boolean;
  /** The last send succeeded (until the next send or a reset). */
  sent: boolean;
  /** Registers what takes focus for a field when it is the first one in error. */
  register(field: K): (element: FocusTarget | null) => void;
  /** Runs on submit: validates with `schema`, then calls `action` with the parsed body. */
  onSubmit(event: FormEvent): void;
  reset(next?: Partial<V>): void;
  /** A field's value, change handler, error and focus ref, to spread on a Field: `{...form.bind("email")}`. */
  bind<F extends K>(field: F): BoundField<V[F]>;
}

export interface BoundField<T = string> {
  value: T;
  onValue(value: T): void;
  error: string | undefined;
  inputRef(element: FocusTarget | null): void;
}

/**
 * The app's one way to write a form: React Hook Form validating with the shared zod
 * schema (through @hookform/resolvers), the send as a TanStack mutation. Nothing the
 * person typed is lost: errors (from the schema or the server's `{error:{field}}`) show
 * next to the field they name, the first invalid field in the page takes focus, and
 * changing a field clears its own error (the person is fixing it). Our fields are
 * controlled (`value`/`onValue`), hence `set` rather than RHF's `register` spread; values
 * need not be strings (a radio choice, four sliders, a list of checkboxes).
 */
export function useZodForm<V extends Values, S extends z.ZodType>(
  initial: V,
  schema: S,
  action: (body: z.infer<S>) => Promise<void>,
): FormState<keyof V & string, V> {
  type K = keyof V & string;
  const fields = Object.keys(initial) as K[];
  const isField = (name: string | undefined): name is K => name !== undefined && (fields as string[]).includes(name);
  // What takes focus, per field. RHF is not given the elements: it would write values into
  // them (and into the radios inside a group), while ours are controlled by React.
  const targets = useRef(new Map<string, FocusTarget>());
  const focusFirst = (names: readonly string[]) => firstInPage(names.flatMap((name) => targets.current.get(name) ?? []))?.focus();
  const form = useForm<Values>({
    defaultValues: initial,
    // The schemas' input is these values; the resolver hands on the parsed body.
    resolver: zodResolver(schema as unknown as z.ZodType<FieldValues, FieldValues>) as unknown as Resolver<Values>,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });
  const send = useMutation({
    mutationFn: action,
    onError: (error) => {
      const failure = asFailure(error);
      if (!isField(failure.field)) return;
      form.setError(failure.field, { message: failure.message });
      focusFirst([failure.field]);
    },
  });

  const values = form.watch() as V;
  const found = form.formState.errors;
  const errors: FieldErrors<K> = {};
  for (const f of fields) {
    const message = found[f]?.message;
    if (typeof message === "string") errors[f] = message;
  }
  const failure = send.error ? asFailure(send.error) : null;

  const set =
    <F extends K>(field: F) =>
    (value: V[F]) => {
      form.setValue(field as string, value as never);
      if (form.getFieldState(field).error) form.clearErrors(field);
    };
  const register = (field: K) => (element: FocusTarget | null) => {
    if (element) targets.current.set(field, element);
    else targets.current.delete(field);
  };

  return {
    values,
    set,
    errors,
    formError: failure && !isField(failure.field) ? failure.message : null,
    busy: send.isPending,
    sent: send.isSuccess,
    register,
    onSubmit: (event) => {
      event.preventDefault();
      if (send.isPending) return;
      send.reset();
      void form.handleSubmit(
        (body) =>
          send.mutateAsync(body as z.infer<S>).then(
            () => undefined,
            () => undefined,
          ),
        (invalid) => focusFirst(Object.keys(invalid)),
      )(event);
    },
    reset: (next = {}) => {
      form.reset({ ...initial, ...next });
      send.reset();
    },
    bind: (field) => ({ value: values[field], onValue: set(field), error: errors[field], inputRef: register(field) }),
  };
}
