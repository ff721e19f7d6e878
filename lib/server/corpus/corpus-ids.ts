import { randomBytes } from "node:crypto";

// Ids for rows written with raw prepared statements (bulk import), in the shape of Prisma's
// cuid(): "c", then time, a per-process counter and a per-process random fingerprint, in
// base 36. Time first and counter next make ids minted by one import sort in creation order.
const FINGERPRINT = randomBytes(8).readBigUInt64BE().toString(36).padStart(13, "0").slice(0, 8);
const COUNTER_SPACE = 36 ** 4;
let counter = Math.floor(Math.random() * COUNTER_SPACE);

export function createId(): string {
  counter = (counter + 1) % COUNTER_SPACE;
  const time = Date.now().toString(36).padStart(8, "0");
  const random = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, "0");
  return `c${time}${counter.toString(36).padStart(4, "0")}${FINGERPRINT}${random}`;
}
