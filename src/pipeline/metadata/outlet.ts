// Outlet: who published the page, with the evidence for it. Rules are tried in order, each
// returning a name and its basis (as metascraper does per field); the first that answers wins.
// A registered outlet the page names but whose address is another site's is the original the
// page reprints (Yahoo carrying Reuters): it is reported as `carried`, to be credited as an agency.
import { copyrightName } from './copyright.ts';
import { outletForUrl, type Registry } from '../registry.ts';
import type { CleanedPage, MetadataHints } from '../types.ts';
import { escapeRegExp } from '../words.ts';
import { hostOf, hostParts, nameSpeltByHost } from './host-name.ts';

/** An outlet with the evidence it rests on; `carried` names originals a republisher reprints. */
export interface OutletEvidence {
  outlet: string | null;
  basis: string;
  carried: string[];
}

interface OutletInput {
  cleaned: CleanedPage;
  hints: MetadataHints;
  registry: Registry;
  url: string | null;
  override: string | null | undefined;
}

/** Outlet stage: sidecar, page metadata, the registry by host, the page naming itself, else the host. */
export function outletOf(input: OutletInput): OutletEvidence {
  const { cleaned, hints, registry, url, override } = input;
  if (override !== undefined) return { outlet: override, basis: 'set in the sidecar', carried: [] };
  const lines = [...(cleaned.title ? [cleaned.title] : []), ...cleaned.kept.map((k) => k.text), ...cleaned.removed.map((r) => r.text)];
  const parts = hostParts(url);
  const self = selfReference(lines, registry);
  const credited = creditedOutlet(cleaned, registry);
  const named = self ?? credited;
  // A registered outlet that speaks on, or is credited by, a page at another outlet's address is
  // what that page reprints; one a source merely "told" is quoted, not reprinted.
  const reprinted = self?.voice ? self : credited;
  const hostOutlet = outletForUrl(registry, url);
  const carried =
    reprinted && parts && hostOutlet !== reprinted.name && !outletHosts(registry, reprinted.name).some((h) => parts.host === h || parts.host.endsWith(`.${h}`)) ? [reprinted.name] : [];

  if (hints.outlet) return { outlet: hints.outlet, basis: "the page's metadata (og:site_name or JSON-LD publisher)", carried };
  if (hostOutlet) return { outlet: hostOutlet, basis: `content/outlets.yaml lists the address's host (${parts?.host ?? url})`, carried };
  const spelt = parts && nameSpeltByHost(lines, parts);
  if (spelt) return { outlet: spelt.name, basis: `the page prints the name "${spelt.name}", which its address (${parts.host}) spells`, carried };
  const copyright = copyrightHolder(cleaned, parts?.host ?? null);
  if (copyright) return { outlet: copyright, basis: `the page's copyright line names "${copyright}"`, carried };
  // A source "told" an outlet: that names the page only when nothing else, not even its address, does.
  if (named && !carried.length && (named === reprinted || !parts)) return { outlet: named.name, basis: named.basis, carried };
  // (A host with no registrable name, an IP address, is still where the page was found.)
  const host = parts?.host ?? hostOf(url);
  if (host) return { outlet: host, basis: "only the address's host is known", carried };
  return { outlet: null, basis: 'not stated', carried };
}

function outletHosts(registry: Registry, name: string): string[] {
  return registry.outlets.find((o) => o.name === name)?.hosts ?? [];
}

/**
 * "© 2024 Example News. All rights reserved." names the publisher (only on lines the cleaner set
 * aside). A credit printed again and again is the photos' ("© example.kp" under each picture), as
 * is another site's address: a site prints its own notice once (or twice, in two wordings).
 */
function copyrightHolder(cleaned: CleanedPage, host: string | null): string | null {
  const holders = cleaned.removed.map((line) => {
    const text = line.text.trim();
    const name = copyrightName(text);
    if (!name || /^(?:all|the author|photo)/i.test(name)) return null;
    const address = COPYRIGHT_ADDRESS.exec(text)?.[1]?.toLowerCase();
    return address && host && address !== host && !host.endsWith(`.${address}`) ? null : name;
  });
  const texts = cleaned.removed.map((line) => line.text.trim());
  return holders.find((name, k) => name !== null && texts.filter((t) => t === texts[k]).length === 1) ?? null;
}

// A copyright held by a site's address alone: "© example.kp".
const COPYRIGHT_ADDRESS = /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?((?:[\p{L}\d-]+\.)+\p{L}{2,})$/iu;

/** The outlet a credit line puts first: "Le Monde avec AFP". */
function creditedOutlet(cleaned: CleanedPage, registry: Registry): { name: string; basis: string } | null {
  for (const line of cleaned.removed) {
    if (line.reason !== 'byline') continue;
    const outlet = registry.outlets.find((o) => [o.name, ...o.aliases].some((n) => line.text.startsWith(`${n} `)));
    if (outlet) return { name: outlet.name, basis: `the credit line "${line.text}"` };
  }
  return null;
}

/**
 * The registered outlet a page names as itself: in its own voice ("the Kyiv Independent could not
 * verify…"), else as the one a source spoke to ("…told the Kyiv Independent"). Only the voice says
 * the page is that outlet's text: "told the BBC" on another outlet's page quotes the BBC.
 */
function selfReference(lines: string[], registry: Registry): { name: string; basis: string; voice: boolean } | null {
  const text = lines.join('\n').replace(/[’‘]/g, "'");
  // Most pages name few of the registered outlets: one scan for all their names picks the patterns worth trying.
  const { anyName, patterns } = selfReferencePatterns(registry);
  const named = new Set((text.match(anyName) ?? []).map((n) => n.toLowerCase()));
  const candidates = patterns.filter((p) => p.spellings.some((n) => named.has(n)));
  for (const voice of [true, false]) {
    let best: { name: string; count: number; example: string } | null = null;
    for (const { name, voicePattern, toldPattern } of candidates) {
      const found = text.match(voice ? voicePattern : toldPattern);
      if (found && found.length > (best?.count ?? 0)) best = { name, count: found.length, example: found[0]! };
    }
    if (best) return { name: best.name, basis: `the page names itself ("${best.example}")`, voice };
  }
  return null;
}

interface SelfReferences {
  anyName: RegExp;
  patterns: { name: string; spellings: string[]; voicePattern: RegExp; toldPattern: RegExp }[];
}
const selfReferences = new WeakMap<Registry, SelfReferences>();

/** Per outlet, the ways a page names itself, and one pattern for all their names: compiled once per registry, not once per article. */
function selfReferencePatterns(registry: Registry): SelfReferences {
  let compiled = selfReferences.get(registry);
  if (!compiled) {
    const patterns = registry.outlets.map((outlet) => {
      const names = [outlet.name, ...outlet.aliases].map((n) => escapeRegExp(n.replace(/^The /, ''))).join('|');
      const voicePattern = new RegExp(
        `(?:\\b(?:the )?(?:${names}) (?:could not|couldn't|cannot|can't|was unable to|has not been able to|did not) (?:independently )?(?:verify|confirm)` +
          `|\\b(?:the )?(?:${names})'s (?:research unit|reporters?|correspondents?|journalists?|editors?|newsroom|team|newsletter|investigation)` +
          `|\\b(?:the )?(?:${names}) has (?:the latest|learned|reached out))`,
        'gi',
      );
      const toldPattern = new RegExp(`\\b(?:told|confirmed to|said to) (?:the )?(?:${names})\\b`, 'gi');
      return { name: outlet.name, spellings: [outlet.name, ...outlet.aliases].map((n) => n.replace(/^The /, '').toLowerCase()), voicePattern, toldPattern };
    });
    const all = [...new Set(patterns.flatMap((p) => p.spellings))].sort((a, b) => b.length - a.length);
    compiled = { anyName: new RegExp(all.map(escapeRegExp).join('|'), 'gi'), patterns };
    selfReferences.set(registry, compiled);
  }
  return compiled;
}
