import { lazy, Suspense, type ComponentType, type ReactNode } from "react";

/**
 * A screen loaded in its own chunk, with a calm line while it loads. Called once per
 * screen at module level (never inside a component), so each Lazy is made once.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>, opening = "Opening…"): (props: P) => ReactNode {
  const Lazy = lazy(async () => ({ default: await load() }));
  // biome-ignore lint/correctness/noComponentHookFactories: a module-level factory, called once per screen when its route table loads.
  return function LazyScreen(props: P) {
    return (
      <Suspense fallback={<p className="loading">{opening}</p>}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
