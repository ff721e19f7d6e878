import type { Metadata } from "next";
import localFont from "next/font/local";
import "./globals.css";
import { SiteHeader } from "@/components/site-header";
import { SkipLink } from "@/components/skip-link";
import { currentActor } from "@/lib/server/auth/session";

const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

export const metadata: Metadata = {
  title: { default: "Parallax", template: "%s · Parallax" },
  description: "Annotate news, adjudicate annotators, and reconcile what different sources claim.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-screen font-sans">
        <SkipLink />
        <SiteHeader user={actor && { name: actor.name, email: actor.email, isAdmin: actor.isAdmin }} />
        <main id="content" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 focus:outline-none">
          {children}
        </main>
      </body>
    </html>
  );
}
