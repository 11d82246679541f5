import { useT } from '../i18n/use-t';
import { NextButton } from './next-button';
import type { ScreenProps } from './screen-props';
import { StepLayout } from './step-layout';

/** Two lists side by side with equal weight (e.g. benefits and risks), then Next. */
export function CompareScreen({ meta, send, progress, notice }: ScreenProps) {
  const { t } = useT();
  const columns = meta.columns ? [meta.columns.left, meta.columns.right] : [];
  return (
    <StepLayout
      title={t(meta.title)}
      pictogram={meta.pictogram}
      progress={progress}
      notice={notice}
      actions={<NextButton send={send} />}
    >
      <div class="compare">
        {columns.map((column) => (
          <section key={column.title} class="compare__column" aria-label={t(column.title)}>
            <h2 class="compare__title">{t(column.title)}</h2>
            <ul>
              {column.items.map((item) => (
                <li key={item}>{t(item)}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </StepLayout>
  );
}
