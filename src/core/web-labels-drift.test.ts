import { describe, expect, it } from 'vitest';
import * as web from '../../web/src/lib/labels.js';
import {
  codeSystems,
  consentMethods,
  consultationStatuses,
  endedStatuses,
  speakers,
  templateIds,
} from './index.js';

/*
 * The web app keeps its own copies of the lists the API reports (it is built without the server
 * code). These tests fail when the two drift apart, so a new status or template never reaches a
 * clinician as a raw identifier or as an unknown value the app cannot show.
 */
describe('server and web app lists', () => {
  it('know the same consultation statuses, and the app names every one in Norwegian', () => {
    expect([...web.consultationStatuses]).toEqual([...consultationStatuses]);
    for (const status of consultationStatuses) {
      expect(web.statusLabels[status].trim()).not.toBe('');
    }
  });

  it('know the same document templates, speakers, consent methods and code systems', () => {
    expect([...web.templateIds]).toEqual([...templateIds]);
    expect([...web.speakers]).toEqual([...speakers]);
    expect([...web.consentMethods]).toEqual([...consentMethods]);
    expect([...web.codeSystems]).toEqual([...codeSystems]);
    for (const template of templateIds) expect(web.templateTitles[template].trim()).not.toBe('');
    for (const speaker of speakers) expect(web.speakerLabels[speaker].trim()).not.toBe('');
  });

  it('agree on which statuses have destroyed the content', () => {
    for (const status of consultationStatuses) {
      expect(web.isEndedStatus(status)).toBe(endedStatuses.includes(status));
    }
  });
});
