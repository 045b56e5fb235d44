// Timeline: the events the article mentions, in date order, one heading per day (or month, or year, when that is
// all the article says), in the reader's locale. Each event takes the reader to the sentence that dates it.
import type { Analysis, TimelineEvent } from '../../analysis/types';
import { formatIsoDate, formatIsoTime } from './format-date';
import { eventDate, groupTimeline } from './timeline-groups';
import { t } from '../../i18n/t';

interface TimelineViewProps {
  analysis: Analysis;
  onReveal: (itemId: string) => void;
  locale?: string;
}

export function TimelineView({ analysis, onReveal, locale }: TimelineViewProps) {
  const groups = groupTimeline(analysis.timeline);
  if (groups.length === 0) return <p class="cp-empty">{t('timelineNone')}</p>;
  return (
    <ol class="cp-timeline">
      {groups.map((group) => (
        <li key={group.key ?? 'undated'} class="cp-timeline-group">
          <h2 class="cp-timeline-date">
            {group.key === null ? (
              t('timelineUndated')
            ) : (
              <time dateTime={group.key}>{formatIsoDate(group.key, locale, group.events[0].precision)}</time>
            )}
          </h2>
          <ul class="cp-timeline-events">
            {group.events.map((event) => (
              <li key={event.id}>
                <EventButton event={event} onReveal={onReveal} locale={locale} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function EventButton({ event, onReveal, locale }: { event: TimelineEvent; onReveal: (id: string) => void; locale?: string }) {
  const date = eventDate(event);
  const time = date ? formatIsoTime(date, locale) : null;
  const until = event.kind === 'duration' && event.spanEnd ? formatIsoDate(event.spanEnd, locale) : null;
  return (
    <button type="button" class="cp-event" onClick={() => onReveal(event.id)}>
      {time && <span class="cp-event-time">{time} </span>}
      <span class="cp-event-text">{event.event || event.text}</span>
      <span class="cp-event-phrase">
        {t('quoteInMarks', event.text)}
        {until && t('timelineUntil', until)}
      </span>
      <span class="cp-visually-hidden">{t('showInPage')}</span>
    </button>
  );
}
