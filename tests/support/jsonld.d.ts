// The part of the jsonld package (no bundled types) the W3C consumer test uses.
declare module "jsonld" {
  interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  interface ExpandOptions {
    documentLoader?: (url: string) => Promise<RemoteDocument>;
    /** Throw on anything expansion would drop (undefined terms, relative IRIs) instead of dropping it. */
    safe?: boolean;
  }
  const jsonld: { expand(input: unknown, options?: ExpandOptions): Promise<unknown[]> };
  export default jsonld;
}
