import { useOwnLang } from '../i18n/use-own-lang';
import { useT } from '../i18n/use-t';
import { NextButton } from './next-button';
import type { ScreenProps } from './screen-props';
import { StepLayout } from './step-layout';
import './compare-screen.css';

/**
 * Two lists with equal weight (e.g. benefits and risks), then Next. Their points are
 * interleaved, one of each side per row, so that whatever part is in view (larger text, a small
 * screen) is balanced: a person never sees one side alone. Read aloud and by screen readers,
 * each row is one point of each side, named by its column.
 */
export function CompareScreen(props: ScreenProps) {
  const { meta, send } = props;
  const { t } = useT();
  // A partial language's point shown in French says so (lang, dir), for voices and layout.
  const own = useOwnLang();
  if (!meta.columns) return null;
  const { left, right } = meta.columns;
  const rows = Array.from({ length: Math.max(left.items.length, right.items.length) }, (_, i) => [left.items[i], right.items[i]] as const);
  return (
    <StepLayout {...props} actions={<NextButton send={send} />}>
      <table class="compare">
        <thead>
          <tr>
            <th scope="col" class="compare__title compare__title--left" {...own(left.title)}>
              {t(left.title)}
            </th>
            <th scope="col" class="compare__title compare__title--right" {...own(right.title)}>
              {t(right.title)}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([a, b], i) => (
            <tr key={i} class="compare__row">
              <td class="compare__cell compare__cell--left">
                {/* When the two sides stack (narrow screen, larger text), each point says its side. */}
                <span class="compare__side" aria-hidden="true">
                  {t(left.title)}
                </span>
                {a ? <span {...own(a)}>{t(a)}</span> : ''}
              </td>
              <td class="compare__cell compare__cell--right">
                <span class="compare__side" aria-hidden="true">
                  {t(right.title)}
                </span>
                {b ? <span {...own(b)}>{t(b)}</span> : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </StepLayout>
  );
}
