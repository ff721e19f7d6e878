import "server-only";
import { db } from "../db/db";
import { hashPassword } from "./passwords";
import { checkPasswordStrength } from "@/lib/domain/access/passwords";

/** Without the demo, an empty database gets its first admin from PARALLAX_ADMIN_EMAIL/PASSWORD. */
export async function bootstrapAdminIfEmpty(log: (s: string) => void): Promise<void> {
  if ((await db.user.count()) > 0) return;
  const email = process.env.PARALLAX_ADMIN_EMAIL?.trim().toLowerCase();
  const password = process.env.PARALLAX_ADMIN_PASSWORD ?? "";
  if (!email) {
    log("No users yet and PARALLAX_DEMO=0: set PARALLAX_ADMIN_EMAIL and PARALLAX_ADMIN_PASSWORD to create the first admin.");
    return;
  }
  const problem = checkPasswordStrength(password, email);
  if (problem) throw new Error(`PARALLAX_ADMIN_PASSWORD: ${problem}`);
  await db.user.create({ data: { email, name: "Administrator", isAdmin: true, passwordHash: await hashPassword(password) } });
  log(`Created administrator ${email}.`);
}
