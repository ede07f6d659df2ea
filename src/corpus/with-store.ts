import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";

/** Opens the store named by --db, runs `fn`, and closes the store whatever happens. */
export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
