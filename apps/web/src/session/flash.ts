/** A short confirmation shown on the screen at `path` ("You've logged out."). */
export interface Flash {
  path: string;
  message: string;
  /** "success" unless told: most flashes confirm what the person just did. */
  tone?: "info" | "success";
}
