/**
 * SQL texts whose rows come back as arrays in select-list order instead of objects: building
 * an object with a property per column was most of what a timeline page cost better-sqlite3
 * once its plan was index-bound (docs/performance.md, "Request cost, third pass"). Both engines
 * honour it: better-sqlite3's `raw` mode (sqlite.ts), node-postgres' `rowMode: "array"`
 * (pg-prepared.ts). Only queries whose select list is written out column by column may ask.
 */
const texts = new Set<string>();

export function rowsAsArrays(sqlText: string): void {
  texts.add(sqlText);
}

export function wantsArrays(sqlText: string): boolean {
  return texts.has(sqlText);
}
