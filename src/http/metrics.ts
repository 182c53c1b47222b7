/**
 * Prometheus metrics, in memory. Labels are routes (patterns), methods, status codes and engine
 * kinds only: no ids, no identifiers, no content (P8: measure without keeping content).
 */
import type { AuthOutcome } from '../auth/index.js';
import type { ConsultationOutcome } from '../consultations/index.js';

export interface Metrics {
  /** Counts a use case's outcome (the counters below are fed from here, not by handlers). */
  countOutcome(outcome: ConsultationOutcome | AuthOutcome): void;
  observeRequest(labels: { method: string; route: string; status: number }, seconds: number): void;
  render(gauges: Readonly<Record<string, number>>): string;
}

type MetricName =
  | 'referent_consultations_created_total'
  | 'referent_drafts_total'
  | 'referent_sessions_erased_total'
  | 'referent_notes_approved_total'
  | 'referent_logins_failed_total';

const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

const labelText = (labels: Readonly<Record<string, string>>) => {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  return `{${entries.map(([key, value]) => `${key}="${value.replace(/["\\\n]/g, '_')}"`).join(',')}}`;
};

export function createMetrics(): Metrics {
  const counters = new Map<string, number>();
  const histograms = new Map<
    string,
    { counts: number[]; sum: number; count: number; labels: Record<string, string> }
  >();
  const increment = (name: MetricName, labels: Readonly<Record<string, string>> = {}): void => {
    const key = `${name}${labelText(labels)}`;
    counters.set(key, (counters.get(key) ?? 0) + 1);
  };
  return {
    countOutcome(outcome) {
      switch (outcome.kind) {
        case 'consultation-created':
          increment('referent_consultations_created_total');
          return;
        case 'draft-finished':
          increment('referent_drafts_total', { engine: outcome.engine });
          return;
        case 'note-approved':
          increment('referent_notes_approved_total');
          return;
        case 'session-erased':
          increment('referent_sessions_erased_total', { reason: outcome.reason });
          return;
        case 'login-failed':
          // Unlabelled as before: the reason is in the audit log, not needed on a dashboard.
          increment('referent_logins_failed_total');
          return;
      }
    },
    observeRequest(labels, seconds) {
      const key = labelText({
        method: labels.method,
        route: labels.route,
        status: String(labels.status),
      });
      let histogram = histograms.get(key);
      if (histogram === undefined) {
        histogram = {
          counts: buckets.map(() => 0),
          sum: 0,
          count: 0,
          labels: { method: labels.method, route: labels.route, status: String(labels.status) },
        };
        histograms.set(key, histogram);
      }
      const counts = histogram.counts;
      buckets.forEach((bound, index) => {
        if (seconds <= bound) counts[index] = (counts[index] ?? 0) + 1;
      });
      histogram.sum += seconds;
      histogram.count += 1;
    },
    render(gauges) {
      const lines: string[] = [];
      lines.push('# HELP referent_http_request_duration_seconds HTTP request duration by route.');
      lines.push('# TYPE referent_http_request_duration_seconds histogram');
      for (const histogram of histograms.values()) {
        buckets.forEach((bound, index) => {
          lines.push(
            `referent_http_request_duration_seconds_bucket${labelText({ ...histogram.labels, le: String(bound) })} ${histogram.counts[index] ?? 0}`,
          );
        });
        lines.push(
          `referent_http_request_duration_seconds_bucket${labelText({ ...histogram.labels, le: '+Inf' })} ${histogram.count}`,
        );
        lines.push(
          `referent_http_request_duration_seconds_sum${labelText(histogram.labels)} ${histogram.sum}`,
        );
        lines.push(
          `referent_http_request_duration_seconds_count${labelText(histogram.labels)} ${histogram.count}`,
        );
      }
      const names = new Set([...counters.keys()].map((key) => key.split('{')[0] ?? key));
      for (const name of names) {
        lines.push(`# TYPE ${name} counter`);
        for (const [key, value] of counters)
          if (key.split('{')[0] === name) lines.push(`${key} ${value}`);
      }
      for (const [name, value] of Object.entries(gauges)) {
        const bare = name.split('{')[0] ?? name;
        if (!lines.includes(`# TYPE ${bare} gauge`)) lines.push(`# TYPE ${bare} gauge`);
        lines.push(`${name} ${value}`);
      }
      return `${lines.join('\n')}\n`;
    },
  };
}
