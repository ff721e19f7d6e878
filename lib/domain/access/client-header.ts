/** Request header scripts/serve.ts sets from the socket address (never trusted from a client). */
export const CLIENT_ADDRESS_HEADER = "x-parallax-client-address";
