import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { checkCredentials, revokeSessions, SignInError } from "./sign-in";

function clientKey(headers: Record<string, unknown> | undefined): string {
  const forwarded = String(headers?.["x-forwarded-for"] ?? "").split(",")[0].trim();
  return forwarded || String(headers?.["x-real-ip"] ?? "") || "local";
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
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
          if (e instanceof SignInError) throw new Error(e.message);
          throw new Error("Sign-in failed. Try again.");
        }
      },
    }),
  ],
  callbacks: {
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
