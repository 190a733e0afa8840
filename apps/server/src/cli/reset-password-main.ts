import { runResetPassword } from "./reset-password.ts";

// `npm run reset-password -- someone@example.org` (see docs/api.md, "Password reset").
runResetPassword(process.argv.slice(2), process.env, { out: (l) => console.log(l), err: (l) => console.error(l) }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Could not issue a reset code: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
