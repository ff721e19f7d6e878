import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form";
import { currentActor } from "@/lib/server/auth/session";
import { safeCallbackPath } from "@/lib/domain/access/callback-url";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDemoMode } from "@/lib/server/demo/demo-seed";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; signedOut?: string; error?: string }>;
}) {
  const params = await searchParams;
  if (await currentActor()) redirect("/projects");
  const demo = await isDemoMode();
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  return (
    <div className="mx-auto mt-8 grid max-w-3xl gap-6 md:grid-cols-2">
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">Sign in to Parallax</h1>
        {params.signedOut && <p className="mt-2 text-sm text-emerald-700">You have signed out.</p>}
        <SignInForm callbackUrl={callbackUrl} />
      </div>
      {demo && (
        <div className="rounded-lg border border-indigo-200 bg-indigo-50 p-6 text-sm" data-testid="demo-accounts">
          <h2 className="font-semibold text-indigo-900">Demo mode</h2>
          <p className="mt-1 text-indigo-900">
            Every demo account uses the password <code className="rounded bg-white px-1">{DEMO_PASSWORD}</code>.
          </p>
          <ul className="mt-3 space-y-1.5">
            {DEMO_ACCOUNTS.map((a) => (
              <li key={a.email}>
                <code className="rounded bg-white px-1">{a.email}</code>{" "}
                <span className="text-indigo-800">{[a.isAdmin ? "admin" : null, ...a.roles].filter(Boolean).join(", ")}</span>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-xs text-indigo-700">Set PARALLAX_DEMO=0 on an empty database to start without demo data.</p>
        </div>
      )}
    </div>
  );
}
