import { i18n } from '#i18n';
import { languageLabel } from '@/utils/runtime/i18n/labels';
import { dayEnd, dayStart, inputDate } from '@/utils/store/dates';
import type { HistoryFacets, HistoryFilters } from '@/utils/store/db/query';

const NOT_NARROWED = { lang: undefined, siteName: undefined, tag: undefined, from: undefined, to: undefined };

/** Language, site, tag and date range, and the order; each choice narrows the list at once. */
export function HistoryFilterBar({
  filters,
  facets,
  onChange,
}: {
  filters: HistoryFilters;
  facets: HistoryFacets;
  onChange: (filters: HistoryFilters) => void;
}) {
  const set = (patch: Partial<HistoryFilters>) => onChange({ ...filters, ...patch });
  const narrowed = Object.keys(NOT_NARROWED).some((key) => filters[key as keyof typeof NOT_NARROWED] !== undefined);
  return (
    <div className="filters" role="group" aria-label={i18n.t('filters.group')}>
      <Choice
        label={i18n.t('filters.language')}
        value={filters.lang}
        all={i18n.t('filters.allLanguages')}
        options={facets.langs.map((lang) => [lang, languageLabel(lang)])}
        onChange={(lang) => set({ lang })}
      />
      <Choice
        label={i18n.t('filters.site')}
        value={filters.siteName}
        all={i18n.t('filters.allSites')}
        options={facets.sites.map((site) => [site, site])}
        onChange={(siteName) => set({ siteName })}
      />
      <Choice
        label={i18n.t('filters.tag')}
        value={filters.tag}
        all={i18n.t('filters.allTags')}
        options={facets.tags.map((tag) => [tag, `#${tag}`])}
        onChange={(tag) => set({ tag })}
      />
      <label className="filter filter--date">
        <span>{i18n.t('filters.from')}</span>
        <input
          type="date"
          aria-label={i18n.t('filters.savedFrom')}
          value={inputDate(filters.from)}
          onChange={(e) => set({ from: e.target.value ? dayStart(e.target.value) : undefined })}
        />
      </label>
      <label className="filter filter--date">
        <span>{i18n.t('filters.to')}</span>
        <input
          type="date"
          aria-label={i18n.t('filters.savedUntil')}
          value={inputDate(filters.to)}
          onChange={(e) => set({ to: e.target.value ? dayEnd(e.target.value) : undefined })}
        />
      </label>
      {narrowed && (
        <button type="button" className="button button--link filters__clear" onClick={() => set(NOT_NARROWED)}>
          {i18n.t('filters.clear')}
        </button>
      )}
      <label className="filter filter--sort">
        <select
          aria-label={i18n.t('filters.sort')}
          value={filters.sort}
          onChange={(e) => set({ sort: e.target.value as HistoryFilters['sort'] })}
        >
          <option value="newest">{i18n.t('filters.newest')}</option>
          <option value="oldest">{i18n.t('filters.oldest')}</option>
        </select>
      </label>
    </div>
  );
}

function Choice({
  label,
  value,
  all,
  options,
  onChange,
}: {
  label: string;
  value: string | undefined;
  all: string;
  options: [value: string, name: string][];
  onChange: (value: string | undefined) => void;
}) {
  return (
    <label className={value ? 'filter filter--on' : 'filter'}>
      <select aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{all}</option>
        {options.map(([key, name]) => (
          <option key={key} value={key}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
