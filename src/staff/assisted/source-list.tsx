import { useT } from '../../i18n/use-t';
import { sourceUrl } from './sources';

/**
 * Source numbers of the fact sheet with their addresses, as text (never links: the kiosk opens
 * no other origin). A number the fact sheet does not have is shown as such.
 */
export function SourceList({ numbers }: { numbers: readonly number[] }) {
  const { t } = useT();
  return (
    <ul class="source-list">
      {[...new Set(numbers)].map((n) => (
        <li key={n}>
          <span class="source-list__number">[{n}]</span>{' '}
          <span class="source-list__url">{sourceUrl(n) ?? t('staff:assisted.unknownSource')}</span>
        </li>
      ))}
    </ul>
  );
}
