// Password policy, shared by sign-up, admin creation and resets.
import { at } from "../at";
export const MIN_PASSWORD_LENGTH = 10;

/** Returns a message a person can act on, or null when the password is acceptable. */
export function checkPasswordStrength(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Password must be at least ${MIN_PASSWORD_LENGTH} characters long.`;
  }
  if (password.length > 200) return "Password must be at most 200 characters long.";
  if (/^(.)\1*$/.test(password)) return "Password must not be one repeated character.";
  if (new Set(password).size < 5) return "Password is too simple: use at least 5 different characters.";
  const emailName = email ? at(email.split("@"), 0) : ""; // split always yields a first part
  if (email && password.toLowerCase().includes(emailName.toLowerCase()) && emailName.length >= 4) {
    return "Password must not contain your email name.";
  }
  return null;
}
