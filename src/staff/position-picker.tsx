import { useEffect, useRef, useState } from 'preact/hooks';
import type { Commune } from '../data/place';
import { loadBuiltInInventory } from '../data/places-source';
import { useT } from '../i18n/use-t';
import type { CommuneMap as CommuneMapType } from '../map/commune-map';
import type { LatLon } from '../map/sketch';
import { BigButton } from '../ui/big-button';
import './position-picker.css';

interface PositionPickerProps {
  /** The kiosk's commune (French name): the map shows it and its neighbours. */
  communeName: string;
  /** The exact point, when set. */
  location: LatLon | undefined;
  onChange: (location: LatLon | undefined) => void;
}

/**
 * The kiosk's exact point, set by a tap on the sketch of its commune: never two numbers to type.
 * The sketch has no streets (the kiosk has no map tiles offline), so the point is as exact as a
 * finger on a drawing of the commune: enough for walking times, said as "about".
 */
export function PositionPicker({ communeName, location, onChange }: PositionPickerProps) {
  const { t } = useT();
  // The map and the communes' points load when the picker is first shown (most set-ups never open it).
  const [map, setMap] = useState<{ CommuneMap: typeof CommuneMapType; communes: Commune[] } | undefined | null>(null);

  const rootRef = useRef<HTMLDivElement>(null);

  // Once the map has arrived, it is brought into sight: opened below a long list, it would start under the fold.
  useEffect(() => {
    if (map) rootRef.current?.scrollIntoView({ block: 'nearest' });
  }, [map]);

  useEffect(() => {
    let live = true;
    Promise.all([import('../map/commune-map'), loadBuiltInInventory()]).then(
      ([{ CommuneMap }, inv]) => live && setMap({ CommuneMap, communes: inv.communes }),
      () => live && setMap(undefined),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <div class="position-picker" ref={rootRef}>
      <p id="position-picker-lead">{t('staff:moreSettings.position.lead')}</p>
      {map === undefined && <p class="staff-field__hint">{t('staff:moreSettings.position.unavailable')}</p>}
      {map && (
        <div class="position-picker__map">
          <map.CommuneMap communes={map.communes} size="card" pick={{ commune: communeName, mark: location, onPick: onChange }} />
        </div>
      )}
      <p role="status" class="position-picker__status">
        {location ? t('staff:moreSettings.position.set') : t('staff:moreSettings.position.notSet')}
      </p>
      {location && (
        <BigButton variant="secondary" onPress={() => onChange(undefined)}>
          {t('staff:moreSettings.position.remove')}
        </BigButton>
      )}
    </div>
  );
}
