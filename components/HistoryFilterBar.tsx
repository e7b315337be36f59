import type { HistoryFacets, HistoryFilters } from '@/utils/db/query';
import { dayEnd, dayStart, inputDate } from '@/utils/format/dates';
import { languageName } from '@/utils/format/labels';

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
    <div className="filters" role="group" aria-label="Filters">
      <Choice
        label="Language"
        value={filters.lang}
        all="All languages"
        options={facets.langs.map((lang) => [lang, languageName(lang)])}
        onChange={(lang) => set({ lang })}
      />
      <Choice
        label="Site"
        value={filters.siteName}
        all="All sites"
        options={facets.sites.map((site) => [site, site])}
        onChange={(siteName) => set({ siteName })}
      />
      <Choice
        label="Tag"
        value={filters.tag}
        all="All tags"
        options={facets.tags.map((tag) => [tag, `#${tag}`])}
        onChange={(tag) => set({ tag })}
      />
      <label className="filter filter--date">
        <span>From</span>
        <input
          type="date"
          aria-label="Saved from"
          value={inputDate(filters.from)}
          onChange={(e) => set({ from: e.target.value ? dayStart(e.target.value) : undefined })}
        />
      </label>
      <label className="filter filter--date">
        <span>to</span>
        <input
          type="date"
          aria-label="Saved until"
          value={inputDate(filters.to)}
          onChange={(e) => set({ to: e.target.value ? dayEnd(e.target.value) : undefined })}
        />
      </label>
      {narrowed && (
        <button type="button" className="button button--link filters__clear" onClick={() => set(NOT_NARROWED)}>
          Clear filters
        </button>
      )}
      <label className="filter filter--sort">
        <select
          aria-label="Sort"
          value={filters.sort}
          onChange={(e) => set({ sort: e.target.value as HistoryFilters['sort'] })}
        >
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
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
