// The holder a copyright line names, in the orders sites print it (hand-made lines, one per shape).
import { describe, expect, it } from 'vitest';
import { copyrightName } from '../../src/pipeline/metadata/copyright.ts';
import { article, ingest } from '../helpers/ingest.ts';

const body = 'A fuel depot in the border region caught fire overnight after an attack by drones, the regional governor said on Monday.\n\nFirefighters worked for several hours to contain the blaze, and nobody was hurt.';

describe('copyright holder', () => {
  it.each([
    ['© 2024 Harbour Depot Weekly. All rights reserved.', 'Harbour Depot Weekly'],
    // The year after the name, glued to it, or a range of them.
    ['© Harbour Wire 2008 All rights reserved', 'Harbour Wire'],
    ['© Harbour Wire2008All rights reserved.', 'Harbour Wire'],
    ['© Lakeside Review 1913 - 2012', 'Lakeside Review'],
    ['Copyright Lakeside Sport 2007, All Rights Reserved', 'Lakeside Sport'],
    // "Copyright" after "©", the year before a comma, "by" or "Courtesy of" before the name.
    ['© Copyright 2008 Lakeside Media, Inc. | Terms & Conditions', 'Lakeside Media'],
    ['Copyright © 2007, The Lakeside Times. Republication is prohibited.', 'The Lakeside Times'],
    ['Copyright 2007 by Lakeside Wire', 'Lakeside Wire'],
    ['Copyright 2008 Courtesy of The Lakeside Network.', 'The Lakeside Network'],
    // A Roman year, an open range, a dash after the name or the years.
    ['© MMVIII, Lakeside Interactive Inc. All Rights Reserved.', 'Lakeside Interactive Inc'],
    ['© 1996- The Lakeside Post', 'The Lakeside Post'],
    ['Copyright © 1995-2008 Lakeside Media Group - All Rights Reserved', 'Lakeside Media Group'],
    ['© 2010 - LakesideSpy.example. All rights reserved.', 'LakesideSpy.example'],
    // Initials keep their full stops; the footer's links after the name are no part of it.
    ['© 2008 The E.W. Lakeside Co.', 'The E.W. Lakeside Co'],
    ['© 2007 LBC Privacy Policy', 'LBC'],
    ['(c) Copyright Lakeside.example 2006 Contact Us', 'Lakeside.example'],
    ['© Copyright of Lakeside Media Group Limited 2008', 'Lakeside Media Group Limited'],
    ['Copyright © Lakeside.example 2007 Pictures from Example Images', 'Lakeside.example'],
    // The notice's next part after a middle dot or a colon, an address to write to.
    ['© Lakeside Newspapers Ltd · Terms', 'Lakeside Newspapers Ltd'],
    ['© 2008 Lakeside.example: Markets', 'Lakeside.example'],
    ['© 2008 The Daily Lakeside info@lakeside.example', 'The Daily Lakeside'],
    // A brand or a name in lower case.
    ['© lakesider 2000-2008 All rights reserved.', 'lakesider'],
    ['Copyright © 2012 jane roe | notes - All Rights Reserved', 'jane roe'],
    ['版权所有 © 2024 示例新闻网', '示例新闻网'],
    ['© 2025 Приклад. Усі права захищені', 'Приклад'],
    // No holder: the year alone, the rights alone, links to the site's terms, a phrase.
    ['Copyright 2008', null],
    ['© 2008 Advertise | Privacy | Terms of Use', null],
    ['© 2007 - 2012 - All Rights Reserved : Lakeside', null],
    ['Copyright and Trade Mark Notice', null],
    ['Copyright & Permission Rules', null],
    ['Copyright/IP Policy', null],
    ['© 2008 owned by or licensed to Lakeside Newspapers Limited.', null],
    ['Lakeside Wire 2008', null],
  ])('%s → %s', (line, holder) => {
    expect(copyrightName(line)).toBe(holder);
  });

  it('names the outlet of a page with no other evidence', () => {
    const source = ingest([article('page.txt', `Depot burns after drone strike\n\n${body}\n\n© Copyright 2008 by Harbour Depot Weekly. All rights reserved.\n`)]).report.sources[0]!;
    expect(source.outlet).toBe('Harbour Depot Weekly');
  });

  it('names the outlet from its notice printed twice in two wordings, never from a credit printed under each photo', () => {
    const page = `Depot burns after drone strike\n\n${body}\n\n© 2008 The Harbour Post Company\n\nAbout us | Contact\n\n© Copyright 1996- The Harbour Post Company | User Agreement\n`;
    expect(ingest([article('page.txt', page)]).report.sources[0]!.outlet).toBe('The Harbour Post Company');
  });
});
