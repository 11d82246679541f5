import type { i18n as I18n } from 'i18next';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { KioskDatabase } from '../data/db';
import { openKioskDatabase } from '../help/places-source';
import { loadStaffTexts } from '../i18n/i18n';
import { I18nContext, useT } from '../i18n/use-t';
import DirectoryScreen from './directory-screen';

/** The staff area: for now the directory of helpers (staff mode with a code comes next). */
function StaffApp() {
  const { t } = useT();
  const [db, setDb] = useState<KioskDatabase | Error | null>(null);
  useEffect(() => {
    openKioskDatabase().then(setDb, (e: unknown) => setDb(e instanceof Error ? e : new Error(String(e))));
  }, []);
  return (
    <div class="staff">
      <header class="staff__bar">
        <a class="btn btn--secondary" href="/">
          {t('staff:app.backToKiosk')}
        </a>
      </header>
      <main id="main" class="staff__main">
        {db === null && <p>{t('help.loading')}</p>}
        {db instanceof Error && <p role="alert">{t('staff:app.storageError')}</p>}
        {db && !(db instanceof Error) && <DirectoryScreen db={db} />}
      </main>
    </div>
  );
}

/** Mounts the staff area in place of the kiosk (reached at /staff). */
export async function mountStaff(i18n: I18n, root: HTMLElement): Promise<void> {
  await loadStaffTexts(i18n, i18n.language);
  render(
    <I18nContext.Provider value={i18n}>
      <StaffApp />
    </I18nContext.Provider>,
    root,
  );
}
