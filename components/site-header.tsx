import Link from "next/link";
import { SignOutButton } from "./sign-out-button";

/** Who is signed in, as the header shows it; null when nobody is. */
export interface HeaderUser {
  name: string;
  email: string;
  isAdmin: boolean;
}

/** The layout reads the session and passes the user down: components do not read it themselves. */
export function SiteHeader({ user: actor }: { user: HeaderUser | null }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/projects" className="text-lg font-semibold tracking-tight text-indigo-700">
          Parallax
        </Link>
        {actor && (
          <nav className="flex gap-4 text-sm text-slate-600">
            <Link href="/projects" className="hover:text-slate-900">
              Projects
            </Link>
            <Link href="/settings" className="hover:text-slate-900">
              API tokens
            </Link>
            {actor.isAdmin && (
              <Link href="/admin/users" className="hover:text-slate-900">
                Users
              </Link>
            )}
          </nav>
        )}
        <div className="ml-auto flex items-center gap-3 text-sm">
          {actor ? (
            <>
              <span data-testid="signed-in-as" className="min-w-0 truncate text-slate-600">
                Signed in as <strong className="text-slate-900">{actor.name}</strong>{" "}
                <span className="hidden text-slate-500 sm:inline">({actor.email})</span>
              </span>
              <SignOutButton />
            </>
          ) : (
            <Link href="/signin" className="text-indigo-700 hover:underline">
              Sign in
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
