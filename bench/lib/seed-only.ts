/** Loads bench data into DATA_DIR (or DATABASE_URL) and exits: for profiling a server by hand. */
import { argon2Hasher } from "../../apps/server/src/domain/passwords.ts";
import { openDatabase } from "../../apps/server/src/storage/open-store.ts";
import { loadDays, loadPeople } from "./loop-data.ts";

const couples = Number(process.env.COUPLES ?? 1000);
const days = Number(process.env.DAYS ?? 30);
const { db } = await openDatabase({ dataDir: process.env.DATA_DIR ?? "./data-bench", databaseUrl: process.env.DATABASE_URL });
await loadPeople(db, couples, await argon2Hasher.hash("bench password phrase"));
await loadDays(db, couples, 0, days, () => {});
await db.destroy();
console.log(`loaded ${couples} couples × ${days} days`);
