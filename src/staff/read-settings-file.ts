import type { KioskSettings } from '../shell/settings';
import { parseSettingsFile, SETTINGS_FILE_MAX_BYTES, type SettingsProblem } from '../shell/settings-store';

/** A settings problem in the staff's words. */
export function describeSettingsProblem(t: (key: string, options: Record<string, unknown>) => string, problem: SettingsProblem): string {
  const field =
    problem.code === 'unknownField' || problem.field === ''
      ? problem.field
      : t(`staff:settings.field.${problem.field}`, { defaultValue: problem.field });
  return t(`staff:settings.problem.${problem.code}`, { replace: { ...problem.params, field } });
}

/**
 * A settings file chosen by staff, read and checked: the settings, or what is wrong in staff
 * words (at most 20 lines). Shared by the first set-up and the settings screen.
 */
export async function readSettingsFile(
  file: File,
  t: (key: string, options: Record<string, unknown>) => string,
): Promise<{ ok: true; settings: KioskSettings } | { ok: false; lines: string[] }> {
  if (file.size > SETTINGS_FILE_MAX_BYTES) {
    return {
      ok: false,
      lines: [describeSettingsProblem(t, { field: '', code: 'tooLarge', params: { maxKb: SETTINGS_FILE_MAX_BYTES / 1024 } })],
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, lines: [describeSettingsProblem(t, { field: '', code: 'notJson' })] };
  }
  const parsed = parseSettingsFile(text);
  if (!parsed.ok) return { ok: false, lines: parsed.problems.slice(0, 20).map((p) => describeSettingsProblem(t, p)) };
  return { ok: true, settings: parsed.settings };
}
