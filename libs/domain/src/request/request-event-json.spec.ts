import { LocalDate } from '../calendar/local-date.js';
import { eventFromJson, eventToJson } from './request-event-json.js';
import type { RequestEvent } from './request-event.js';

const d = (iso: string) => LocalDate.parse(iso);

describe(eventToJson.name, () => {
  it('should store dates as YYYY-MM-DD and read them back as LocalDate', () => {
    const event: RequestEvent = {
      type: 'objection_lodged',
      occurredOn: d('2020-07-14'),
      byPost: true,
      postedOn: d('2020-07-07'),
    };
    const json = eventToJson(event);
    expect(json).toEqual({
      type: 'objection_lodged',
      occurredOn: '2020-07-14',
      byPost: true,
      postedOn: '2020-07-07',
    });
    expect(eventFromJson(JSON.parse(JSON.stringify(json)))).toEqual(event);
  });

  it('should leave free text that looks like a date alone', () => {
    const event: RequestEvent = {
      type: 'forwarded',
      occurredOn: d('2024-01-02'),
      to: '2024-01-01',
    };
    expect(eventFromJson(eventToJson(event))).toEqual(event);
  });

  it('should throw on corrupt stored events (not a business refusal)', () => {
    expect(() => eventFromJson({ type: 'made_up', occurredOn: '2024-01-01' })).toThrow(TypeError);
    expect(() => eventFromJson({ type: 'withdrawn', occurredOn: '2024-13-01' })).toThrow(
      RangeError,
    );
    expect(() => eventFromJson({ type: 'withdrawn' })).toThrow(TypeError);
  });
});
