// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { App } from '@/entrypoints/options/App';
import { saveDigest } from '@/utils/db/history';
import { DigestDatabase } from '@/utils/db/schema';
import { englishArticle } from '../fixtures/articles';
import { makeDigest } from '../fixtures/digests';

afterEach(cleanup);

let db: DigestDatabase;
beforeEach(() => {
  db = new DigestDatabase(`options-test-${crypto.randomUUID()}`);
});

const titles = () => screen.getAllByTestId('history-item').map((item) => item.querySelector('.history-item__title')!.textContent);

it('says how to start when the history is empty', async () => {
  render(<App db={db} />);
  expect((await screen.findByTestId('history-empty')).textContent).toContain('No digests yet');
});

it('lists digests newest first with site, date and first key sentence, and shows the newest in full', async () => {
  await saveDigest(db, makeDigest('https://news.example.com/a', 'Older story'), englishArticle, Date.now() - 86_400_000 * 3);
  await saveDigest(db, makeDigest('https://news.example.com/b', 'Newer story'), englishArticle);
  render(<App db={db} />);

  await screen.findAllByTestId('history-item');
  expect(titles()).toEqual(['Newer story', 'Older story']);
  const [newest] = screen.getAllByTestId('history-item');
  expect(newest!.textContent).toContain('Example News · Today,');
  expect(newest!.textContent).toContain('The city council voted 7 to 2 on Tuesday to build a riverside park.');
  expect(screen.getByTestId('digest-title').textContent).toBe('Newer story');
  expect(screen.getByTestId('history-count').textContent).toBe('2 digests');
});

it('opens the digest the reader picks', async () => {
  await saveDigest(db, makeDigest('https://news.example.com/a', 'Older story'), englishArticle, 1000);
  await saveDigest(db, makeDigest('https://news.example.com/b', 'Newer story'), englishArticle, 2000);
  render(<App db={db} />);
  fireEvent.click((await screen.findAllByTestId('history-item'))[1]!);
  expect(screen.getByTestId('digest-title').textContent).toBe('Older story');
  expect(screen.getAllByTestId('key-sentence')).toHaveLength(3);
});

it('updates live when a digest is saved elsewhere', async () => {
  await saveDigest(db, makeDigest('https://news.example.com/a', 'First story'), englishArticle, 1000);
  render(<App db={db} />);
  await screen.findAllByTestId('history-item');

  await act(() => saveDigest(db, makeDigest('https://news.example.com/b', 'Just saved'), englishArticle, 2000));
  await screen.findByText('Just saved', { selector: '.history-item__title' });
  expect(titles()).toEqual(['Just saved', 'First story']);
});

it('deletes the open digest', async () => {
  await saveDigest(db, makeDigest('https://news.example.com/a', 'Keep me'), englishArticle, 1000);
  await saveDigest(db, makeDigest('https://news.example.com/b', 'Delete me'), englishArticle, 2000);
  render(<App db={db} />);
  await screen.findAllByTestId('history-item');
  fireEvent.click(screen.getByRole('button', { name: 'Delete' }));

  await screen.findByText('1 digest');
  expect(titles()).toEqual(['Keep me']);
});
