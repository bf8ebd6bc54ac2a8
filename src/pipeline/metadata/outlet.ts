// Outlet: who published the page, with the evidence for it. Rules are tried in order, each
// returning a name and its basis (as metascraper does per field); the first that answers wins.
// A registered outlet the page names but whose address is another site's is the original the
// page reprints (Yahoo carrying Reuters): it is reported as `carried`, to be credited as an agency.
import { outletForUrl, type Registry } from '../registry.ts';
import type { CleanedPage, MetadataHints } from '../types.ts';
import { escapeRegExp } from '../words.ts';
import { hostParts, nameSpeltByHost } from './host-name.ts';

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
  const named = selfReference(lines, registry) ?? creditedOutlet(cleaned, registry);
  // A registered outlet named on a page at another outlet's address is what that page reprints.
  const hostOutlet = outletForUrl(registry, url);
  const carried = named && parts && hostOutlet !== named.name && !outletHosts(registry, named.name).some((h) => parts.host === h || parts.host.endsWith(`.${h}`)) ? [named.name] : [];

  if (hints.outlet) return { outlet: hints.outlet, basis: "the page's metadata (og:site_name or JSON-LD publisher)", carried };
  if (hostOutlet) return { outlet: hostOutlet, basis: `content/outlets.yaml lists the address's host (${parts?.host ?? url})`, carried };
  const spelt = parts && nameSpeltByHost(lines, parts);
  if (spelt) return { outlet: spelt.name, basis: `the page prints the name "${spelt.name}", which its address (${parts.host}) spells`, carried };
  const copyright = copyrightHolder(cleaned);
  if (copyright) return { outlet: copyright, basis: `the page's copyright line names "${copyright}"`, carried };
  if (named && !carried.length) return { outlet: named.name, basis: named.basis, carried };
  if (parts) return { outlet: parts.host, basis: "only the address's host is known", carried };
  return { outlet: null, basis: 'not stated', carried };
}

function outletHosts(registry: Registry, name: string): string[] {
  return registry.outlets.find((o) => o.name === name)?.hosts ?? [];
}

const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([\p{Lu}\p{N}][\p{L}\p{N}.&'’ -]{1,40}?)\s*(?:[.,|•]|all rights reserved|tous droits|alle rechte|все права|$)/iu;

/** "© 2024 Example News. All rights reserved." names the publisher (only on lines the cleaner set aside). */
function copyrightHolder(cleaned: CleanedPage): string | null {
  for (const line of cleaned.removed) {
    const name = COPYRIGHT.exec(line.text.trim())?.[1]?.trim();
    if (name && !/^(?:all|the author|photo)/i.test(name)) return name;
  }
  return null;
}

/** The outlet a credit line puts first: "Le Monde avec AFP". */
function creditedOutlet(cleaned: CleanedPage, registry: Registry): { name: string; basis: string } | null {
  for (const line of cleaned.removed) {
    if (line.reason !== 'byline') continue;
    const outlet = registry.outlets.find((o) => [o.name, ...o.aliases].some((n) => line.text.startsWith(`${n} `)));
    if (outlet) return { name: outlet.name, basis: `the credit line "${line.text}"` };
  }
  return null;
}

/** The registered outlet a page names as itself: "the Kyiv Independent could not verify…", "…told the Kyiv Independent". */
function selfReference(lines: string[], registry: Registry): { name: string; basis: string } | null {
  const text = lines.join('\n').replace(/[’‘]/g, "'");
  // Most pages name few of the registered outlets: one scan for all their names picks the patterns worth trying.
  const { anyName, patterns } = selfReferencePatterns(registry);
  const named = new Set((text.match(anyName) ?? []).map((n) => n.toLowerCase()));
  let best: { name: string; count: number; example: string } | null = null;
  for (const { name, spellings, pattern } of patterns) {
    if (!spellings.some((n) => named.has(n))) continue;
    const found = text.match(pattern);
    if (found && found.length > (best?.count ?? 0)) best = { name, count: found.length, example: found[0]! };
  }
  return best && { name: best.name, basis: `the page names itself ("${best.example}")` };
}

interface SelfReferences {
  anyName: RegExp;
  patterns: { name: string; spellings: string[]; pattern: RegExp }[];
}
const selfReferences = new WeakMap<Registry, SelfReferences>();

/** Per outlet, the ways a page names itself, and one pattern for all their names: compiled once per registry, not once per article. */
function selfReferencePatterns(registry: Registry): SelfReferences {
  let compiled = selfReferences.get(registry);
  if (!compiled) {
    const patterns = registry.outlets.map((outlet) => {
      const names = [outlet.name, ...outlet.aliases].map((n) => escapeRegExp(n.replace(/^The /, ''))).join('|');
      const pattern = new RegExp(
        `(?:\\b(?:the )?(?:${names}) (?:could not|couldn't|cannot|can't|was unable to|has not been able to|did not) (?:independently )?(?:verify|confirm)` +
          `|\\b(?:told|confirmed to|said to) (?:the )?(?:${names})\\b` +
          `|\\b(?:the )?(?:${names})'s (?:research unit|reporters?|correspondents?|journalists?|editors?|newsroom|team|newsletter|investigation)` +
          `|\\b(?:the )?(?:${names}) has (?:the latest|learned|reached out))`,
        'gi',
      );
      return { name: outlet.name, spellings: [outlet.name, ...outlet.aliases].map((n) => n.replace(/^The /, '').toLowerCase()), pattern };
    });
    const all = [...new Set(patterns.flatMap((p) => p.spellings))].sort((a, b) => b.length - a.length);
    compiled = { anyName: new RegExp(all.map(escapeRegExp).join('|'), 'gi'), patterns };
    selfReferences.set(registry, compiled);
  }
  return compiled;
}
