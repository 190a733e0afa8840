import { useMutation, useQuery } from "@tanstack/react-query";
import { acceptInvite, previewInvite } from "../../api/couple.ts";
import { keys } from "../../data/keys.ts";
import { navigate } from "../../router.tsx";
import { useSession } from "../../session/session.tsx";

/** Who sent this invite, and accepting it: on success home, with a welcome. */
export function useInvite(code: string) {
  const { setMe, setFlash } = useSession();
  const preview = useQuery({ queryKey: keys.invite(code), queryFn: () => previewInvite(code) });
  const accept = useMutation({
    mutationFn: () => acceptInvite(code),
    onSuccess: (me) => {
      const partner = me.couple?.partner.displayName ?? preview.data?.inviterName ?? "your partner";
      setFlash({ path: "/", message: `You're linked with ${partner}. Welcome to your shared space.` });
      setMe(me);
      navigate("/", { replace: true });
    },
  });
  return { preview, accept };
}
