import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { defaultSettings, type KioskSettings } from './settings';

/** The kiosk's settings, provided once by the app. */
export const SettingsContext = createContext<KioskSettings>(defaultSettings);

/** The kiosk's settings. */
export function useKioskSettings(): KioskSettings {
  return useContext(SettingsContext);
}
