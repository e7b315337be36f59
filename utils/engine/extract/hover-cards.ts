/**
 * A hover card — a name's pop-up with its photo and latest headlines, kept hidden inside the sentence — is page
 * furniture glued into the text (`Rep. Ilhan OmarIlhan OmarHillicon Valley: Progressives oppose… MORE (D-Minn.)`).
 * Readability keeps it and drops the class that says what it is, so it is taken out of the copy Readability reads.
 */

const HOVER_CARD =
  '[role="tooltip"], [class*="rollover"], [class*="hovercard"], [class*="hover-card"], [class*="tooltip"], [class*="popover"]';

/**
 * Removes the hover cards inside paragraphs and list items of `copy` (a copy: the page itself is never changed). The
 * card is the innermost such element with a picture or several links; the name it pops up from stays in the text.
 */
export function removeHoverCards(copy: Document): void {
  const marked = Array.from(copy.querySelectorAll(`p :is(${HOVER_CARD}), li :is(${HOVER_CARD})`));
  const cards = marked.filter((el) => el.querySelector('img') !== null || el.querySelectorAll('a').length > 1);
  for (const card of cards) if (!cards.some((inner) => inner !== card && card.contains(inner))) card.remove();
}
