import { useMutation } from "@tanstack/react-query";
import { logOut } from "../api/account.ts";
import { asFailure } from "../api/client.ts";
import { navigate } from "../router.tsx";
import { useSession } from "../session/session.tsx";

/** Logging out from the header or from More: the same steps and the same message. */
export function useLogOut() {
  const { setMe, setFlash } = useSession();
  const send = useMutation({
    mutationFn: logOut,
    onSuccess: () => {
      setFlash({ path: "/login", message: "You've logged out. See you soon." });
      setMe(null);
      navigate("/login", { replace: true });
    },
  });
  const leave = () => {
    if (!send.isPending) send.mutate();
  };
  return { leave, leaving: send.isPending, error: send.error ? asFailure(send.error).message : null };
}
