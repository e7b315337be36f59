import { i18n } from '#i18n';
/** Shorter / longer: how many key sentences the digest keeps, between 1 and all the article has. */
export function LengthControl({
  count,
  max,
  busy,
  onChange,
}: {
  count: number;
  max: number;
  busy: boolean;
  onChange: (count: number) => void;
}) {
  return (
    <div className="length-control" role="group" aria-label={i18n.t('length.group')}>
      <button type="button" disabled={busy || count <= 1} onClick={() => onChange(count - 1)}>
        {i18n.t('length.shorter')}
      </button>
      <span className="length-control__count" aria-live="polite" data-testid="sentence-count">
        {i18n.t('length.count', [count, max])}
      </span>
      <button type="button" disabled={busy || count >= max} onClick={() => onChange(count + 1)}>
        {i18n.t('length.longer')}
      </button>
    </div>
  );
}
