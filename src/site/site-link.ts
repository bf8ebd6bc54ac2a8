// Links into the built site: under its base path, and absolute when its address is known.

/** Where the site lives: its base path ("/", "/dossier/") and, when known (DOSSIER_SITE), its absolute URL. */
export interface SiteAddress {
  base: string;
  site?: string;
}

/** A link to a path inside the site: under the base path, absolute when the site's URL is known. */
export function siteLink(address: SiteAddress, path: string): string {
  const root = address.base.endsWith('/') ? address.base : `${address.base}/`;
  return address.site ? new URL(`${root}${path}`, address.site).href : `${root}${path}`;
}
