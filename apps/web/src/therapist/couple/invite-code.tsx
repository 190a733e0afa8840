import type { TherapistGrantView } from "@attune/shared";
import { CopyButton } from "../../ui/copy-button.tsx";
import { dateTime } from "../../ui/format.ts";

/** The code and link to send to the therapist, while nobody has used them. */
export function InviteCode({ invite }: { invite: NonNullable<TherapistGrantView["invite"]> }) {
  return (
    <div className="stack">
      <p>Send this to your therapist. It works once, until {dateTime(invite.expiresAt)}.</p>
      <div className="invite">
        <p className="invite__label">Invite code</p>
        <p className="invite__code" data-testid="therapist-invite-code">
          {invite.code}
        </p>
        <CopyButton text={invite.code} label="Copy code" />
      </div>
      <div className="invite">
        <p className="invite__label">Or send this link</p>
        <p className="invite__link">
          <a href={invite.link} data-testid="therapist-invite-link">
            {invite.link}
          </a>
        </p>
        <CopyButton text={invite.link} label="Copy link" />
      </div>
    </div>
  );
}
