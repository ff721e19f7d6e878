import type { Metadata } from "next";
import { SignOutButton } from "@/components/sign-out-button";

export const metadata: Metadata = { title: "Sign out" };

export default function SignOutPage() {
  return (
    <div className="mx-auto mt-8 max-w-sm rounded-lg border border-slate-200 bg-white p-6 text-center shadow-sm">
      <h1 className="text-lg font-semibold">Sign out</h1>
      <p className="mt-2 text-sm text-slate-600">Signing out ends this session everywhere your current cookie is used.</p>
      <div className="mt-4">
        <SignOutButton />
      </div>
    </div>
  );
}
