// Text saved after a wrong decoding (UTF-8 read as Windows-1252) is restored, and only that.
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/pipeline/read/mojibake.ts';
import { article, ingest } from '../helpers/ingest.ts';

describe('mis-decoded UTF-8', () => {
  it.each([
    ['Kosovoâ€™s future', 'Kosovo’s future', 1],
    ['Joachim RÃ¼cker told â€œfairâ€\u009d', 'Joachim Rücker told “fair”', 3],
    ['Ð¡ÑƒÐ´Ð¶Ð°', 'Суджа', 5],
    ['costs Â£5', 'costs £5', 1],
  ])('restores %j', (broken, fixed, count) => {
    expect(repairMojibake(broken)).toEqual({ text: fixed, repaired: count });
  });

  it.each(['café in Київ — “quoted”', 'AÇÃO, SÃO PAULO', 'Ã alone', 'naïve, Å, ÿ', '»GROß« und »SÜß«', 'Straße\u00a012'])('leaves correct text alone: %j', (text) => {
    expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
  });

  it('says in the encoding that characters were restored', () => {
    const page = 'Depot fire â€“ governor\n\nThe governorâ€™s office said the depot near the river burned overnight after a drone attack.\n\nNobody was hurt, officials said on Monday.';
    const s = ingest([article('page.txt', page)]).report.sources[0]!;
    expect(s.title).toBe('Depot fire – governor');
    expect(s.blocks[0]!.text).toContain('governor’s office');
    expect(s.encoding).toBe('utf-8, 2 mis-decoded characters restored');
  });
});
