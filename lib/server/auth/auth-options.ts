import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { CLIENT_ADDRESS_HEADER } from "@/lib/domain/access/client-header";
import { safeCallbackPath } from "@/lib/domain/access/callback-url";
import { checkCredentials, revokeSessions, SignInError } from "./sign-in";

/**
 * The rate-limit key of a sign-in: the address scripts/serve.ts wrote from the socket (and the
 * trusted proxy hops). Client-sent X-Forwarded-For is never read here. Without serve.ts (a bare
 * `next start`) there is no address and every client shares one key.
 */
function clientKey(headers: Record<string, unknown> | undefined): string {
  if (process.env.PARALLAX_SERVED !== "1") return "unknown";
  return String(headers?.[CLIENT_ADDRESS_HEADER] ?? "") || "unknown";
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
  // Served over https: cookies get Secure and the __Secure-/__Host- prefixes (next-auth's own
  // default, stated here so nobody turns it off by accident).
  useSecureCookies: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const email = String(credentials?.email ?? "");
        const password = String(credentials?.password ?? "");
        if (!email || !password) throw new Error("Enter your email and password.");
        try {
          const user = await checkCredentials(email, password, clientKey(req?.headers));
          return { id: user.id, email: user.email, name: user.name, sv: user.sessionVersion };
        } catch (e) {
          if (e instanceof SignInError) throw new Error(e.message, { cause: e });
          throw new Error("Sign-in failed. Try again.", { cause: e });
        }
      },
    }),
  ],
  callbacks: {
    // Same-origin paths only (next-auth's default would keep "//host" as a path of this origin).
    async redirect({ url, baseUrl }) {
      const relative = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeCallbackPath(relative, "/projects")}`;
    },
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sv?: number }).sv ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv } as typeof session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.uid) await revokeSessions(String(token.uid));
    },
  },
};
