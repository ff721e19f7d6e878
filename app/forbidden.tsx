import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "No access" };

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-rose-200 bg-white p-6 text-center">
      <h1 className="text-lg font-semibold text-rose-800">You do not have access to this</h1>
      <p className="mt-2 text-sm text-slate-600">
        Your account does not have the role this page needs. Project pages are for the project&apos;s members (its manager can add you, or
        give you the role: reviewers adjudicate, managers change settings); the Users pages are for administrators only (ask one).
      </p>
      <Link href="/projects" className="mt-4 inline-block text-sm text-indigo-700 hover:underline">
        Back to your projects
      </Link>
    </div>
  );
}
