import { useState } from "react";
import { logOut } from "../api/account.ts";
import { asFailure } from "../api/client.ts";
import { navigate } from "../router.tsx";
import { useSession } from "../session/session.tsx";

/** Logging out from the header or from More: the same steps and the same message. */
export function useLogOut() {
  const { setMe, setFlash } = useSession();
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const leave = async () => {
    if (leaving) return;
    setLeaving(true);
    setError(null);
    try {
      await logOut();
      setFlash({ path: "/login", message: "You've logged out. See you soon." });
      setMe(null);
      navigate("/login", { replace: true });
    } catch (e) {
      setError(asFailure(e).message);
    } finally {
      setLeaving(false);
    }
  };
  return { leave, leaving, error };
}
