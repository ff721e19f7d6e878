"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "./result";
import { formObject, requireForm } from "./form-data";
import { requireId } from "@/lib/server/access/guards";
import { invalid } from "@/lib/server/http/errors";
import { parseInput } from "@/lib/server/http/validate";
import { createApiToken, revokeApiToken } from "@/lib/server/auth/api-tokens";
import { changeOwnPassword, createUser, resetUserPassword, setUserAdmin, setUserDisabled } from "@/lib/server/auth/users";
import { apiTokenInputSchema, newUserSchema, passwordSchema } from "@/lib/schemas/user";

type State = ActionResult<unknown> | null;

export async function createApiTokenAction(_: State, form: FormData): Promise<State> {
  return runAction(async (actor) => {
    const { name } = parseInput(apiTokenInputSchema, formObject(form));
    const { secret } = await createApiToken(actor, name);
    revalidatePath("/settings");
    return { secret };
  }, "Token created. Copy it now: it will not be shown again.");
}

export async function revokeApiTokenAction(tokenId: string): Promise<ActionResult<null>> {
  return runAction(async (actor) => {
    await revokeApiToken(actor, requireId(tokenId, "tokenId"));
    revalidatePath("/settings");
    return null;
  });
}

export async function createUserAction(_: State, form: FormData): Promise<State> {
  return runAction(async (actor) => {
    const input = parseInput(newUserSchema, formObject(form, ["isAdmin"]));
    await createUser(actor, input);
    revalidatePath("/admin/users");
    return null;
  }, "Account created.");
}

export async function setUserFlagAction(userId: string, flag: "disabled" | "isAdmin", value: boolean): Promise<ActionResult<null>> {
  return runAction(async (actor) => {
    const id = requireId(userId, "userId");
    if (typeof value !== "boolean") throw invalid("value must be true or false.", "value");
    if (flag === "disabled") await setUserDisabled(actor, id, value);
    else if (flag === "isAdmin") await setUserAdmin(actor, id, value);
    else throw invalid('flag must be "disabled" or "isAdmin".', "flag");
    revalidatePath("/admin/users");
    return null;
  });
}

export async function resetPasswordAction(userId: string, _: State, form: FormData): Promise<State> {
  return runAction(async (actor) => {
    await resetUserPassword(
      actor,
      requireId(userId, "userId"),
      parseInput(passwordSchema, requireForm(form).get("password") ?? "", "password"),
    );
    return null;
  }, "Password reset; the user's sessions were signed out and their API tokens revoked.");
}

/** Settings → Password: change one's own password (signs every session out, this one too). */
export async function changeOwnPasswordAction(_: State, form: FormData): Promise<State> {
  return runAction(async (actor) => {
    const fields = requireForm(form);
    const current = String(fields.get("current") ?? "");
    const next = parseInput(passwordSchema, fields.get("password") ?? "", "new password");
    if (next !== String(fields.get("confirm") ?? "")) throw invalid("The two new passwords differ; type the same one twice.", "confirm");
    await changeOwnPassword(actor, current, next);
    return null;
  }, "Password changed. Every session was signed out: sign in again with the new password.");
}
