// Local configuration: .env is created on first run with a random session secret, so a
// newcomer needs no setup step. Real environment variables always win over .env.
import fs from "node:fs";
import { randomBytes } from "node:crypto";

export function loadEnv(): void {
  if (!fs.existsSync(".env")) {
    fs.writeFileSync(
      ".env",
      [
        "# Created by npm start on first run. Edit freely; real environment variables win.",
        `NEXTAUTH_SECRET=${randomBytes(32).toString("base64url")}`,
        "DATABASE_URL=file:./prisma/dev.db",
        "# PARALLAX_DEMO=0 skips the demo project and accounts on an empty database.",
        "",
      ].join("\n"),
    );
  }
  process.loadEnvFile(".env");
  process.env.NEXT_TELEMETRY_DISABLED = "1";
}
