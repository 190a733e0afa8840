import { useCallback, useSyncExternalStore } from "react";

/**
 * Light or dark: the system's setting unless the person chose one on this device. The
 * choice is kept in localStorage (a display preference of this device, not of the
 * person: a shared tablet and a phone may differ) and applied as `data-theme` on <html>,
 * which sets `color-scheme`; every colour in the CSS follows it through light-dark().
 */
export const THEME_CHOICES = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

const KEY = "attune.theme";
const listeners = new Set<() => void>();

const isChoice = (value: unknown): value is ThemeChoice => typeof value === "string" && (THEME_CHOICES as readonly string[]).includes(value);

export function storedTheme(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(KEY);
    return isChoice(value) ? value : "system";
  } catch {
    return "system"; // storage may be blocked; the system's setting still applies
  }
}

export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === "system") delete root.dataset.theme;
  else root.dataset.theme = choice;
}

export function setTheme(choice: ThemeChoice): void {
  try {
    if (choice === "system") window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, choice);
  } catch {
    // Not kept, but still applied for this visit.
  }
  applyTheme(choice);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changing the choice changes it here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== KEY) return;
    applyTheme(storedTheme());
    listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const choice = useSyncExternalStore(subscribe, storedTheme, () => "system" as const);
  return [choice, useCallback((c: ThemeChoice) => setTheme(c), [])];
}
