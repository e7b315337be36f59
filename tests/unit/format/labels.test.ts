import { expect, it } from 'vitest';
import { languageName, readingTime, savedDate, siteLabel } from '@/utils/engine/labels';

it('names languages in English', () => {
  expect(languageName('zh')).toBe('Chinese');
  expect(languageName('zh-CN')).toBe('Chinese (China)');
  expect(languageName('en')).toBe('English');
  expect(languageName('und')).toBe('Unknown language');
});

it('never says zero minutes', () => {
  expect(readingTime(0.2)).toBe('1 min read');
  expect(readingTime(7.6)).toBe('8 min read');
});

it('dates today’s entries by time, older ones by day', () => {
  const now = new Date(2026, 2, 12, 18, 0).getTime();
  expect(savedDate(new Date(2026, 2, 12, 9, 5).getTime(), now)).toBe('Today, 09:05');
  expect(savedDate(new Date(2026, 0, 3, 9, 5).getTime(), now)).toBe('3 Jan 2026');
});

it('falls back to the host name when the page names no site', () => {
  expect(siteLabel(undefined, 'https://www.example.com/a')).toBe('example.com');
  expect(siteLabel('Example News', 'https://www.example.com/a')).toBe('Example News');
});
