import { describe, expect, it } from 'vitest';

import { detectIdentifiers } from '../detect-identifiers.js';

function found(text: string): string[] {
  return detectIdentifiers(text).map(
    (entity) => `${entity.type} ${text.slice(entity.start, entity.end)}`,
  );
}

describe('recognizeDeviceSerials', () => {
  it('takes a device serial number after its cue as OTHER, with a trailing letter group', () => {
    expect(found('ICD implantert, serienummer BXK 550127 R, fjernmonitorering startet.')).toContain(
      'OTHER BXK 550127 R',
    );
    expect(found('CPAP-maskin utlevert, serienr. RS4471902C.')).toContain('OTHER RS4471902C');
    expect(found('Rullestolen har S/N: 7731-0098-14.')).toContain('OTHER 7731-0098-14');
    expect(found('Glukosemåler byttet, SN 88120447.')).toContain('OTHER 88120447');
  });

  it('takes a radio call sign after its cue as OTHER', () => {
    expect(found('Samtale med båten, kallesignal LHRW, to mann om bord.')).toContain('OTHER LHRW');
    expect(found('Fartøyet har kallesignalet LDBT7 og ligger i havn.')).toContain('OTHER LDBT7');
  });

  it('leaves the cue words without a code, and serial dilutions, alone', () => {
    expect(found('Serienummer står på baksiden av apparatet.')).toEqual([]);
    expect(found('Kallesignal ble ikke oppgitt i samtalen.')).toEqual([]);
    expect(found('Seriefortynning 1:64 positiv, SN-ratio lav.')).toEqual([]);
  });
});
