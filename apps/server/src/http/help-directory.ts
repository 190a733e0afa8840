import { readFileSync } from "node:fs";
import { HELP_DIRECTORY, helpDirectorySchema, mergeDirectories, type HelpDirectory } from "@attune/shared";

/**
 * The help services this server shows: ours, extended or replaced by an operator's JSON
 * file (HELP_RESOURCES_FILE) for a local service or another language. Read once at start;
 * a file that cannot be read or does not validate stops the start with a message that
 * says where the problem is, so nobody in danger is ever shown a broken list.
 */
export function loadHelpDirectory(file: string | undefined): HelpDirectory {
  if (file === undefined || file === "") return HELP_DIRECTORY;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`HELP_RESOURCES_FILE ${file} could not be read as JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = helpDirectorySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "(top level)";
    throw new Error(`HELP_RESOURCES_FILE ${file} is not a valid help list at ${where}: ${issue?.message ?? "invalid"}. See docs/safety.md for the format.`);
  }
  return mergeDirectories(HELP_DIRECTORY, parsed.data);
}
