import { redirect } from "next/navigation";
import { currentActor } from "@/lib/server/auth/session";

export default async function Home() {
  redirect((await currentActor()) ? "/projects" : "/signin");
}
