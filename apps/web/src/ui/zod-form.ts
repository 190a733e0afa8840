import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useForm, type FieldValues, type Resolver } from "react-hook-form";
import type { FormEvent } from "react";
import type { z } from "zod";
import { asFailure } from "../api/client.ts";

export type FieldErrors<K extends string> = Partial<Record<K, string>>;
type FocusableField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type Values = Record<string, string>;

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
  /** A field's value, change handler, error and focus ref, to spread on a Field: `{...form.bind("email")}`. */
  bind(field: K): BoundField;
}

export interface BoundField {
  value: string;
  onValue(value: string): void;
  error: string | undefined;
  inputRef(element: FocusableField | null): void;
}

/**
 * The app's one way to write a form: React Hook Form validating with the shared zod
 * schema (through @hookform/resolvers), the send as a TanStack mutation. Nothing the
 * person typed is lost: errors (from the schema or the server's `{error:{field}}`) show
 * next to the field they name, the first invalid field takes focus, and typing in a
 * field clears its own error (the person is fixing it). Our fields are controlled
 * (`value`/`onValue`), hence `set` rather than RHF's `register` spread.
 */
export function useZodForm<K extends string, S extends z.ZodType>(
  initial: Record<K, string>,
  schema: S,
  action: (body: z.infer<S>) => Promise<void>,
): FormState<K> {
  const fields = Object.keys(initial) as K[];
  const isField = (name: string | undefined): name is K => name !== undefined && (fields as string[]).includes(name);
  const form = useForm<Values>({
    defaultValues: initial,
    // The schemas' input is these strings; the resolver hands on the parsed body.
    resolver: zodResolver(schema as unknown as z.ZodType<FieldValues, FieldValues>) as unknown as Resolver<Values>,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    shouldFocusError: true,
  });
  const send = useMutation({
    mutationFn: action,
    onError: (error) => {
      const failure = asFailure(error);
      if (isField(failure.field)) form.setError(failure.field, { message: failure.message }, { shouldFocus: true });
    },
  });

  const values = form.watch() as Record<K, string>;
  const found = form.formState.errors;
  const errors: FieldErrors<K> = {};
  for (const f of fields) {
    const message = found[f]?.message;
    if (typeof message === "string") errors[f] = message;
  }
  const failure = send.error ? asFailure(send.error) : null;

  const set = (field: K) => (value: string) => {
    form.setValue(field as string, value);
    if (form.getFieldState(field).error) form.clearErrors(field);
  };
  const register = (field: K) => form.register(field).ref;

  return {
    values,
    set,
    errors,
    formError: failure && !isField(failure.field) ? failure.message : null,
    busy: send.isPending,
    register,
    onSubmit: (event) => {
      event.preventDefault();
      if (send.isPending) return;
      send.reset();
      void form.handleSubmit((body) =>
        send.mutateAsync(body as z.infer<S>).then(
          () => undefined,
          () => undefined,
        ),
      )(event);
    },
    reset: (next = {}) => {
      form.reset({ ...initial, ...next });
      send.reset();
    },
    bind: (field) => ({ value: values[field], onValue: set(field), error: errors[field], inputRef: register(field) }),
  };
}
