import { CopyButton } from "./copy-button.tsx";

export interface InviteCodeAndLinkProps {
  code: string;
  link: string;
  /** "Or share this link", "Or send this link" */
  linkLabel: string;
  /** the browser tests find the code and link by `${testId}-code` and `${testId}-link` */
  testId: string;
}

/** An invite's code and link, each with a copy button, to pass on by whatever means the person likes. */
export function InviteCodeAndLink({ code, link, linkLabel, testId }: InviteCodeAndLinkProps) {
  return (
    <>
      <div className="invite">
        <p className="invite__label">Invite code</p>
        <p className="invite__code" data-testid={`${testId}-code`}>
          {code}
        </p>
        <CopyButton text={code} label="Copy code" />
      </div>
      <div className="invite">
        <p className="invite__label">{linkLabel}</p>
        <p className="invite__link">
          <a href={link} data-testid={`${testId}-link`}>
            {link}
          </a>
        </p>
        <CopyButton text={link} label="Copy link" />
      </div>
    </>
  );
}
