import { Subscribers, type EventBus } from "./bus.ts";

/** For the embedded SQLite set-up: one server process, so events stay in memory. */
export function memoryBus(): EventBus {
  const subscribers = new Subscribers();
  return {
    async publish(event) {
      queueMicrotask(() => subscribers.dispatch(event));
    },
    subscribe: (coupleId, listener) => subscribers.add(coupleId, listener),
    subscribeAll: (listener) => subscribers.addAll(listener),
    async close() {},
  };
}
