// The outlet rules on hand-made pages: each answer comes with its basis, in the documented order.
import { describe, expect, it } from 'vitest';
import { hostParts, nameSpeltByHost } from '../../src/pipeline/metadata/host-name.ts';
import { article, ingest } from '../helpers/ingest.ts';

const body = 'A fuel depot in the border region caught fire overnight after an attack by drones, the regional governor said on Monday.\n\nFirefighters worked for several hours to contain the blaze, and nobody was hurt.';
const one = (text: string, sidecar?: string) => {
  const { report } = ingest([article('page.txt', text, sidecar)]);
  expect(report.errors).toEqual([]);
  return report.sources[0]!;
};

describe('outlet', () => {
  it('is the name the page prints that its address spells, in the form printed', () => {
    const s = one(`Depot burns after drone strike\n\nKyiv • EXNEWS\n\n${body}\n\nRead more on Example-Ukraine`, 'url: "https://www.exnews.example.ua/en/news/1"');
    expect(s.outlet).toBe('EXNEWS');
    expect(s.outletBasis).toMatch(/prints the name "EXNEWS", which its address \(exnews\.example\.ua\) spells/);
  });

  it('recognises names the address abbreviates, joins, suffixes or romanises', () => {
    const spelt = (url: string, line: string) => nameSpeltByHost([line], hostParts(url)!)?.name ?? null;
    expect(spelt('https://jpost.example/a', 'read in The Jerusalem Post today')).toBe('The Jerusalem Post');
    expect(spelt('https://censor.net/x', 'Source: Censor.NET')).toBe('Censor.NET');
    expect(spelt('https://www.sueddeutsche.de/x', 'Ein Bericht der Süddeutsche Zeitung')).toBe('Süddeutsche Zeitung');
    expect(spelt('https://timesnownews.com/x', 'Watch Times Now live')).toBe('Times Now');
    expect(spelt('https://hromadske.ua/x', 'Про це повідомляє Громадське')).toBe('Громадське');
    expect(spelt('https://example.com/x', 'Other Gazette reports, and so do examples')).toBeNull();
    // "A" + "news": a sentence's article is no name the address spells.
    expect(spelt('https://anews.example.tr/x', 'A fire broke out at the depot overnight.')).toBeNull();
  });

  it('falls back to the host, said to be only the host, and to null without an address', () => {
    const s = one(`Depot burns after drone strike\n\n${body}`, 'url: "https://www.unknown-site.example/story"');
    expect(s.outlet).toBe('unknown-site.example');
    expect(s.outletBasis).toBe("only the address's host is known");
    const t = one(`Depot burns after drone strike\n\n${body}`);
    expect(t.outlet).toBeNull();
    expect(t.outletBasis).toBe('not stated');
    // An address with no registrable name (an IP address) still gives its host.
    expect(one(`Depot burns after drone strike\n\n${body}`, 'url: "http://192.0.2.17/news/depot-fire"').outlet).toBe('192.0.2.17');
  });

  it('is the holder of the site\'s copyright line, not of the photos\' (printed under each, or naming another site\'s address)', () => {
    const photos = (credit: string) => `Depot burns after drone strike\n\n${body}\n\nThe depot after the fire\n${credit}\n\nFirefighters at the scene\n${credit}\n`;
    const url = 'url: "https://www.lakeside-wire.example/story"';
    expect(one(photos('© Example Photo Agency'), url).outlet).toBe('lakeside-wire.example');
    expect(one(`Depot burns after drone strike\n\n${body}\n\nThe depot after the fire\n© photos.example.kp\n`, url).outlet).toBe('lakeside-wire.example');
    const own = one(`Depot burns after drone strike\n\n${body}\n\n© 2024 Harbour Depot Weekly. All rights reserved.\n`, url);
    expect(own.outlet).toBe('Harbour Depot Weekly');
    expect(own.outletBasis).toMatch(/copyright line/);
  });

  it('names a republisher by its address and credits the registered original it reprints as an agency', () => {
    const s = one(`Depot burns after drone strike\n\nKYIV (Reuters) - ${body}`, 'url: "https://www.reprints.example/story"');
    expect(s.outlet).toBe('reprints.example');
    expect(s.agencies).toContain('Reuters');
  });

  it('reads an outlet a source "told" as quoted, not reprinted: it names only a page with no address', () => {
    const told = `${body}\n\nA spokesman told the BBC that the depot would reopen within a week.`;
    const elsewhere = one(`Depot burns after drone strike\n\n${told}`, 'url: "https://www.reprints.example/story"');
    expect(elsewhere).toMatchObject({ outlet: 'reprints.example', agencies: [] });
    expect(one(`Depot burns after drone strike\n\n${told}`)).toMatchObject({ outlet: 'BBC', agencies: [] });
    // In its own voice, the outlet's text on another address is that outlet's, reprinted.
    const voice = `${body}\n\nThe Kyiv Independent could not verify the claim.`;
    expect(one(`Depot burns after drone strike\n\n${voice}`, 'url: "https://www.reprints.example/story"')).toMatchObject({ outlet: 'reprints.example', agencies: ['The Kyiv Independent'] });
  });

  it('credits the agency of a dateline that opens the story under its standfirst, and not one in a later paragraph', () => {
    const standfirst = 'Fuel depots burned on both sides of the border as the drone war widened, officials said.';
    expect(one(`Depot burns after drone strike\n\n${standfirst}\n\nKYIV (Reuters) -${body}`).agencies).toEqual(['Reuters']);
    const later = ['A second paragraph of the story, told by the outlet itself, on what the governor said.', 'A third paragraph of it, with more of the same story and its many details.'];
    expect(one(`Depot burns after drone strike\n\n${standfirst}\n\n${later.join('\n\n')}\n\nKYIV (Reuters) - ${body}`).agencies).toEqual([]);
  });

  it('credits every agency a dateline names together, and none when one of the names is no agency', () => {
    expect(one(`Depot burns after drone strike\n\nMOSCOW (ANP/AFP) - ${body}`).agencies).toEqual(['ANP', 'AFP']);
    expect(one(`Depot burns after drone strike\n\nBERLIN (dpa, Reuters) - ${body}`).agencies).toEqual(['dpa', 'Reuters']);
    expect(one(`Depot burns after drone strike\n\nMOSCOW (AFP/Example Herald) - ${body}`).agencies).toEqual([]);
    // Reuters by its wire code in a Dutch dateline; the code alone in running text names a TV channel as often.
    expect(one(`Depot burns after drone strike\n\nMOSCOW (ANP/RTR/AFP) - ${body}`).agencies).toEqual(['ANP', 'Reuters', 'AFP']);
    expect(one(`Depot burns after drone strike\n\n${body} The channel RTR showed the fire.`).citedAgencies).toEqual([]);
  });

  it('credits the agency a wire\'s sign-off names among its editors\' initials, with no brackets ("dpa/okr")', () => {
    expect(one(`Depot burns after drone strike\n\n${body}\n\ndpa/okr`).agencies).toEqual(['dpa']);
    expect(one(`Depot burns after drone strike\n\n${body}\n\ndh/jcg`).agencies).toEqual([]);
    // An editor's initials in brackets alone name no agency; a name no registry lists, in capitals, is kept as printed.
    expect(one(`Depot burns after drone strike\n\n${body}\n\n(ita/ita)`).agencies).toEqual([]);
  });

  it('reads a registered agency\'s credit line with "The" before its name as a credit, not as a caption or the headline', () => {
    const s = one(`Share\nDigg it del.icio.us AIM\nDepot burns after drone strike\nThe Associated Press\nJane Roe, file\nFirefighters at the depot in this March 3, 2024, file photo.\n\n${body}`);
    expect(s).toMatchObject({ title: 'Depot burns after drone strike', agencies: ['AP'] });
    expect(s.removed.find((r) => r.text === 'The Associated Press')?.reason).toBe('byline');
    expect(one(`Depot burns\nThe Associated Press\n\n${body}`).title).not.toBe('The Associated Press');
  });

  it('takes the registry by host before the page, and the sidecar before everything', () => {
    const s = one(`Depot burns after drone strike\n\n${body}`, 'url: "https://www.kyivindependent.com/x"');
    expect(s.outlet).toBe('The Kyiv Independent');
    expect(s.outletBasis).toMatch(/content\/outlets\.yaml/);
    const t = one(`Depot burns after drone strike\n\n${body}`, 'url: "https://www.kyivindependent.com/x"\noutlet: Someone Else');
    expect(t).toMatchObject({ outlet: 'Someone Else', outletBasis: 'set in the sidecar' });
  });
});
