// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { KeyFigures } from '@/components/KeyFigures';
import { makeDigest } from '../fixtures/digests';

afterEach(cleanup);

const { figures } = makeDigest('https://news.example.com/park');

it('shows each figure as written, with its label under it and its sentence on hover', () => {
  render(<KeyFigures figures={figures} />);
  const [money, area] = screen.getAllByTestId('key-figure');
  expect(money!.querySelector('.key-figure__value')!.textContent).toBe('$48 million');
  expect(money!.querySelector('.key-figure__label')!.textContent).toBe('cost of the park');
  expect(money!.title).toBe('The park will cost $48 million and cover 12 hectares.');
  expect(area!.querySelector('.key-figure__label')).toBeNull();
});

it('opens the sentence of a clicked figure under the strip, and closes it on a second click', () => {
  render(<KeyFigures figures={figures} />);
  const [money] = screen.getAllByTestId('key-figure');
  expect(screen.queryByTestId('key-figure-context')).toBeNull();

  fireEvent.click(money!);
  expect(money!.getAttribute('aria-expanded')).toBe('true');
  expect(screen.getByTestId('key-figure-context').textContent).toBe(figures[0]!.sentence);

  fireEvent.click(money!);
  expect(screen.queryByTestId('key-figure-context')).toBeNull();
});

it('shows nothing when the article has no figures', () => {
  const { container } = render(<KeyFigures figures={[]} />);
  expect(container.innerHTML).toBe('');
});

const many = Array.from({ length: 7 }, (_, i) => ({
  ...figures[0]!,
  text: `${i + 1}0%`,
  value: (i + 1) * 10,
  sentenceIndex: i,
}));

it('shows one row, and the rest on request', () => {
  render(<KeyFigures figures={many} />);
  expect(screen.getAllByTestId('key-figure')).toHaveLength(3);
  fireEvent.click(screen.getByTestId('key-figures-more'));
  expect(screen.getAllByTestId('key-figure')).toHaveLength(7);
  fireEvent.click(screen.getByTestId('key-figures-more'));
  expect(screen.getAllByTestId('key-figure')).toHaveLength(3);
});

it('a click scrolls the page to the figure’s sentence where there is a page beside it', () => {
  const shown: string[] = [];
  render(<KeyFigures figures={figures} onShow={(sentence) => shown.push(sentence)} />);
  fireEvent.click(screen.getAllByTestId('key-figure')[0]!);
  expect(shown).toEqual([figures[0]!.sentence]);
});
