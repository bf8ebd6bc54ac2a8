// A republisher files an agency's copy under a section of the agency's name: the page's address says whose copy it is.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/pipeline/files.ts';
import { agenciesInAddress } from '../../src/pipeline/metadata/wire-section.ts';
import { article, ingest } from '../helpers/ingest.ts';
import { ROOT } from '../helpers/paths.ts';

const registry = loadRegistry(join(ROOT, 'content/outlets.yaml'));

describe('an agency named by the address', () => {
  it.each([
    ['https://news.example.com/news-services/reuters/20240807-123456/', ['Reuters']],
    ['https://www.example.org/world/afp/2024/08/07/depot-fire', ['AFP']],
    ['https://example.net/wires/associated-press/depot-fire-1234', ['AP']],
  ])('reads %s as %j', (url, want) => {
    expect(agenciesInAddress(url, registry)).toEqual(want);
  });

  it.each([
    // A word of the article's own name in the address is no section.
    'https://www.example.com/world/2024/08/07/reuters-says-depot-burned/',
    'https://www.example.com/world/reuters',
    'https://www.example.com/news/reutersfeed/123',
    'not an address',
  ])('finds none in %s', (url) => {
    expect(agenciesInAddress(url, registry)).toEqual([]);
  });

  it('credits the agency on a page whose text names none', () => {
    const page = 'Ships warned off the coast\n\nThe navy said on Wednesday that ships heading for the ports would be treated as possible targets from Thursday.\n\nShipping insurers raised their rates for the region.\n';
    const { report } = ingest([article('wire.txt', page, 'url: https://news.example.com/news-services/reuters/20240807-123456/\n')]);
    expect(report.sources[0]!.agencies).toEqual(['Reuters']);
  });
});
