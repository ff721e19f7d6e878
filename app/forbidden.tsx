import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-rose-200 bg-white p-6 text-center">
      <h1 className="text-lg font-semibold text-rose-800">You do not have access to this</h1>
      <p className="mt-2 text-sm text-slate-600">
        It belongs to a project you are not a member of, or needs a role you do not hold. Ask a project manager.
      </p>
      <Link href="/projects" className="mt-4 inline-block text-sm text-indigo-700 hover:underline">Back to your projects</Link>
    </div>
  );
}
