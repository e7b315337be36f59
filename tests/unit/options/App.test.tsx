// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/options/App';
import { DigestDatabase } from '@/utils/store/db/database';
import { saveDigest } from '@/utils/store/db/history';
import { addTags } from '@/utils/store/db/tags';
import { englishArticle } from '../fixtures/articles';
import { makeDigest } from '../fixtures/digests';

// happy-dom runs no workers: the import runs in the test's own thread, the same code the worker runs.
vi.mock('@/entrypoints/options/import-in-worker', async () => {
  const { importHistoryFile } = await import('@/utils/store/export/transfer');
  return { importInWorker: importHistoryFile };
});

afterEach(cleanup);

let db: DigestDatabase;
beforeEach(() => {
  db = new DigestDatabase(`options-test-${crypto.randomUUID()}`);
});

const titles = () =>
  screen.getAllByTestId('history-item').map((item) => item.querySelector('.history-item__title')!.textContent);

it('says how to start when the history is empty', async () => {
  render(<App db={db} />);
  expect((await screen.findByTestId('history-empty')).textContent).toContain('No digests yet');
});

it('lists digests newest first with site, date and first key sentence, and shows the newest in full', async () => {
  await saveDigest(
    db,
    makeDigest('https://news.example.com/a', 'Older story'),
    englishArticle,
    Date.now() - 86_400_000 * 3,
  );
  await saveDigest(db, makeDigest('https://news.example.com/b', 'Newer story'), englishArticle);
  render(<App db={db} />);

  await screen.findAllByTestId('history-item');
  expect(titles()).toEqual(['Newer story', 'Older story']);
  const [newest] = screen.getAllByTestId('history-item');
  expect(newest!.textContent).toContain('Example News · Today,');
  expect(newest!.textContent).toContain('The city council voted 7 to 2 on Tuesday to build a riverside park.');
  expect(screen.getByTestId('digest-title').textContent).toBe('Newer story');
  // The count follows the first page: a big history's list doesn't wait for it.
  await screen.findByText('2 digests', { selector: '[data-testid="history-count"]' });
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

it('deletes the open digest, and Undo brings it back', async () => {
  await saveDigest(db, makeDigest('https://news.example.com/a', 'Keep me'), englishArticle, 1000);
  await saveDigest(db, makeDigest('https://news.example.com/b', 'Delete me'), englishArticle, 2000);
  render(<App db={db} />);
  await screen.findAllByTestId('history-item');
  fireEvent.click(screen.getByRole('button', { name: 'Delete' }));

  await screen.findByText('1 digest');
  expect(titles()).toEqual(['Keep me']);
  const toast = screen.getByTestId('toast');
  expect(toast.textContent).toContain('Deleted 1 digest.');
  fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
  await screen.findByText('2 digests');
  expect(titles()).toEqual(['Delete me', 'Keep me']);
});

it('deletes several digests picked in selection mode', async () => {
  for (const [i, title] of ['One', 'Two', 'Three'].entries()) {
    await saveDigest(db, makeDigest(`https://news.example.com/${i}`, title), englishArticle, 1000 + i);
  }
  render(<App db={db} />);
  await screen.findAllByTestId('history-item');
  fireEvent.click(screen.getByRole('button', { name: 'Select' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Select Three' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Select One' }));
  expect(screen.getByTestId('selected-count').textContent).toBe('2 selected');
  fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));

  await screen.findByText('1 digest');
  expect(titles()).toEqual(['Two']);
  expect(screen.getByTestId('toast').textContent).toContain('Deleted 2 digests.');
});

it('deletes everything only after the reader confirms', async () => {
  await saveDigest(db, makeDigest('https://news.example.com/a', 'A'), englishArticle, 1000);
  await saveDigest(db, makeDigest('https://news.example.com/b', 'B'), englishArticle, 2000);
  render(<App db={db} />);
  await screen.findByText('2 digests', { selector: '[data-testid="history-count"]' });

  fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
  const dialog = screen.getByRole('alertdialog');
  expect(dialog.textContent).toContain('Delete all 2 digests?');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(await db.digests.count()).toBe(2);

  fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
  fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete everything' }));
  await screen.findByTestId('history-empty');
  expect(await db.digests.count()).toBe(0);
});

it('searches as the reader types and marks the matches as text, never as HTML', async () => {
  const hostile = makeDigest('https://news.example.com/x', '<img src=x onerror="alert(1)"> Harbour plans');
  await saveDigest(db, hostile, englishArticle, 2000);
  await saveDigest(
    db,
    makeDigest('https://news.example.com/y', 'Budget news'),
    { ...englishArticle, blocks: [] },
    1000,
  );
  const { container } = render(<App db={db} />);
  await screen.findAllByTestId('history-item');

  fireEvent.change(screen.getByTestId('search'), { target: { value: 'plan' } });
  await screen.findByText('1 of 2 digests');
  expect(titles()).toEqual(['<img src=x onerror="alert(1)"> Harbour plans']);
  const marks = [...container.querySelectorAll('.history-item__title mark')].map((m) => m.textContent);
  expect(marks).toEqual(['plans']);
  expect(container.querySelector('img')).toBeNull();

  fireEvent.change(screen.getByTestId('search'), { target: { value: 'submarine' } });
  expect((await screen.findByTestId('no-results')).textContent).toBe('No digests match “submarine”.');
});

it('tags the open digest, suggesting tags already in use, and filters by tag', async () => {
  const a = await saveDigest(db, makeDigest('https://news.example.com/a', 'Older story'), englishArticle, 1000);
  await saveDigest(db, makeDigest('https://news.example.com/b', 'Newer story'), englishArticle, 2000);
  await addTags(db, a.id, ['climate']);
  render(<App db={db} />);
  await screen.findAllByTestId('history-item');

  const input = screen.getByRole('textbox', { name: 'Add a tag' });
  fireEvent.change(input, { target: { value: 'cli' } });
  // The tags in use load after the list: a big history's first page doesn't wait for them.
  fireEvent.click(await screen.findByRole('button', { name: 'climate' }));
  await screen.findAllByText('climate', { selector: '.tag--small' });
  fireEvent.change(input, { target: { value: 'Urban  planning' } });
  fireEvent.keyDown(input, { key: 'Enter' });
  await screen.findByRole('button', { name: 'Remove tag Urban planning' });

  // The tag filter lists the new tag once the history's live query has seen it.
  const tagFilter = screen.getByRole('combobox', { name: 'Tag' });
  await within(tagFilter).findByRole('option', { name: '#Urban planning' });
  fireEvent.change(tagFilter, { target: { value: 'Urban planning' } });
  await screen.findByText('1 of 2 digests');
  expect(titles()).toEqual(['Newer story']);
});

it('says why an import file was refused', async () => {
  await saveDigest(db, makeDigest('https://news.example.com/a', 'A'), englishArticle, 1000);
  render(<App db={db} />);
  await screen.findAllByTestId('history-item');
  const file = new File(['{"format":"digest-history","version":1,"digests":[{'], 'cut.json', {
    type: 'application/json',
  });
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
  const toast = await screen.findByRole('alert');
  expect(toast.textContent).toContain('This file can’t be imported. It isn’t complete JSON');
  expect(toast.textContent?.match(/can’t be imported/g)).toHaveLength(1);
});
