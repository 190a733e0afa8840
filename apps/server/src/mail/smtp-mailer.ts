import { createTransport } from "nodemailer";
import type { Mailer } from "../domain/password-reset.ts";

export interface SmtpSettings {
  /** smtp://user:pass@host:587 or smtps://…:465 (nodemailer's connection URL). */
  url: string;
  /** The From address, e.g. "Attune <attune@example.org>". */
  from: string;
}

/**
 * Sends mail through the operator's SMTP server with nodemailer. One pooled-free
 * transport per process; nodemailer opens a connection per message, which is plenty
 * for password resets.
 */
export function smtpMailer(settings: SmtpSettings): Mailer & { close(): void } {
  const transport = createTransport(settings.url, { from: settings.from });
  return {
    async send(message) {
      await transport.sendMail({ to: message.to, subject: message.subject, text: message.text });
    },
    close: () => transport.close(),
  };
}
