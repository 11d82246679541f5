import { flows } from '../../../flows/registry';
import { useT } from '../../i18n/use-t';
import { SettingsGroup } from './settings-group';
import type { GroupProps } from './settings-draft';

/** The topics on the home screen: which are shown, in which order. */
export function TopicsGroup({ draft, update, error, announce }: GroupProps & { announce: (text: string) => void }) {
  const { t } = useT();
  const topicName = (id: string) => {
    const flow = flows.find((f) => f.id === id);
    return flow ? t(flow.tile.label) : id;
  };
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= draft.topics.length) return;
    const topics = [...draft.topics];
    const [moved] = topics.splice(index, 1);
    if (!moved) return;
    topics.splice(target, 0, moved);
    update((d) => ({ ...d, topics }));
    announce(t('staff:settings.topics.moved', { name: topicName(moved.id), position: target + 1 }));
  };
  const problem = error('topics');
  return (
    <SettingsGroup id="settings-topics" title={t('staff:moreSettings.topics.title')} lead={t('staff:settings.topics.hint')}>
      {problem && (
        <p id="settings-topics-error" class="staff-field__error">
          {problem}
        </p>
      )}
      <ol class="staff-topics" aria-describedby={problem ? 'settings-topics-error' : undefined}>
        {draft.topics.map((topic, i) => (
          <li key={topic.id}>
            <label class="staff-check">
              <input
                type="checkbox"
                checked={topic.shown}
                aria-invalid={problem && i === 0 ? 'true' : undefined}
                onChange={(e) => {
                  const shown = e.currentTarget.checked;
                  update((d) => ({ ...d, topics: d.topics.map((x) => (x.id === topic.id ? { ...x, shown } : x)) }));
                }}
              />
              {topicName(topic.id)}
            </label>
            <button
              type="button"
              class="btn btn--secondary"
              disabled={i === 0}
              aria-label={t('staff:settings.topics.up', { name: topicName(topic.id) })}
              onClick={() => move(i, -1)}
            >
              {t('staff:settings.topics.upShort')}
            </button>
            <button
              type="button"
              class="btn btn--secondary"
              disabled={i === draft.topics.length - 1}
              aria-label={t('staff:settings.topics.down', { name: topicName(topic.id) })}
              onClick={() => move(i, 1)}
            >
              {t('staff:settings.topics.downShort')}
            </button>
          </li>
        ))}
      </ol>
    </SettingsGroup>
  );
}
