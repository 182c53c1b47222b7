import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as web from '../../web/src/api/schemas.js';
import { responses } from './response-schemas.js';

/*
 * The server's answer schemas (`responses`, enforced at run time) and the web app's (built with
 * `zod/mini`, without the server code, lenient for older servers) are two definitions of one
 * contract. They are not the same schema on purpose: the server states what it sends, the app what
 * it needs. What must hold is that every answer the server may send is one the app accepts. These
 * tests prove that from the two definitions themselves, as JSON Schema: each field the app
 * requires is one the server always sends, each value the server may send is one the app knows.
 */

type JsonSchema = Readonly<Record<string, unknown>>;

const toJson = (schema: z.core.$ZodType): JsonSchema =>
  z.toJSONSchema(schema, { unrepresentable: 'any', io: 'output' });

/** The keywords `accepts` understands on the app's side; any other would be ignored, so it fails. */
const understood = new Set([
  '$schema',
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'anyOf',
]);

const isObject = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const child = (schema: JsonSchema, key: string): JsonSchema => {
  const value = schema[key];
  return isObject(value) ? value : {};
};

const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** Anything goes: no keyword that narrows (`{}` or only `$schema`). */
const isAny = (schema: JsonSchema) => Object.keys(schema).every((key) => key === '$schema');

/** The JSON types a schema allows, or undefined where it does not say. */
function typesOf(schema: JsonSchema): readonly string[] | undefined {
  const type = schema['type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((item): item is string => typeof item === 'string');
  const values = 'const' in schema ? [schema['const']] : list(schema['enum']);
  if (values.length === 0) return undefined;
  return [...new Set(values.map((value) => (value === null ? 'null' : typeof value)))];
}

/** The values a schema allows when it lists them, or undefined. */
function valuesOf(schema: JsonSchema): readonly unknown[] | undefined {
  if ('const' in schema) return [schema['const']];
  return Array.isArray(schema['enum']) ? schema['enum'] : undefined;
}

/**
 * Where an answer that `server` allows could be refused by `app`: one line a problem, naming the
 * field path. Sound for the keywords in `understood` (it may report a difference that is harmless,
 * never miss one).
 */
function disagreements(app: JsonSchema, server: JsonSchema, path: string): string[] {
  const unknown = Object.keys(app).filter((key) => !understood.has(key));
  if (unknown.length > 0) return [`${path}: the app uses ${unknown.join(', ')}`];
  if (isAny(app)) return [];
  if (Array.isArray(server['anyOf']))
    return server['anyOf'].flatMap((branch, index) =>
      disagreements(app, isObject(branch) ? branch : {}, `${path}|${index}`),
    );
  if (Array.isArray(app['anyOf'])) {
    const tries = app['anyOf'].map((branch) =>
      disagreements(isObject(branch) ? branch : {}, server, path),
    );
    return tries.some((problems) => problems.length === 0)
      ? []
      : (tries.sort((a, b) => a.length - b.length)[0] ?? [`${path}: no branch fits`]);
  }
  if (isAny(server)) return [`${path}: the server may send anything`];

  const appTypes = typesOf(app);
  const serverTypes = typesOf(server);
  if (appTypes !== undefined) {
    if (serverTypes === undefined) return [`${path}: the server does not say its type`];
    const alien = serverTypes.filter(
      (type) => !appTypes.includes(type) && !(type === 'integer' && appTypes.includes('number')),
    );
    if (alien.length > 0) return [`${path}: the server may send ${alien.join(', ')}`];
  }
  const appValues = valuesOf(app);
  if (appValues !== undefined) {
    const serverValues = valuesOf(server);
    if (serverValues === undefined) return [`${path}: the app knows only ${appValues.join(', ')}`];
    const unknownValues = serverValues.filter((value) => !appValues.includes(value));
    if (unknownValues.length > 0)
      return [`${path}: the app does not know ${unknownValues.map(String).join(', ')}`];
  }

  const problems: string[] = [];
  const appProperties = child(app, 'properties');
  const serverProperties = child(server, 'properties');
  const serverRequired = list(server['required']);
  for (const name of list(app['required'])) {
    if (typeof name === 'string' && !serverRequired.includes(name))
      problems.push(`${path}.${name}: the app requires it, the server may leave it out`);
  }
  for (const [name, schema] of Object.entries(appProperties)) {
    const sent = serverProperties[name];
    if (isObject(schema) && isObject(sent))
      problems.push(...disagreements(schema, sent, `${path}.${name}`));
  }
  if ('items' in app)
    problems.push(...disagreements(child(app, 'items'), child(server, 'items'), `${path}[]`));
  if ('propertyNames' in app)
    problems.push(
      ...disagreements(child(app, 'propertyNames'), child(server, 'propertyNames'), `${path}{key}`),
    );
  if (isObject(app['additionalProperties']) && !isAny(app['additionalProperties']))
    problems.push(
      ...disagreements(
        app['additionalProperties'],
        child(server, 'additionalProperties'),
        `${path}{value}`,
      ),
    );
  return problems;
}

const agree = (app: z.core.$ZodType, server: z.core.$ZodType) =>
  disagreements(toJson(app), toJson(server), '');

/** Each answer the app reads, paired with the route's schema on the server (docs/api.md). */
const pairs: readonly (readonly [string, z.core.$ZodType, z.core.$ZodType])[] = [
  ['POST /auth/login', web.loginResponseSchema, responses.auth.login[200]],
  ['GET /auth/me', web.meResponseSchema, responses.auth.me[200]],
  ['GET /consultations', web.summaryListSchema, responses.consultations.list[200]],
  ['POST /consultations', web.createdSchema, responses.consultations.create[201]],
  ['GET /consultations/:id', web.consultationDetailSchema, responses.consultations.get[200]],
  ['GET …/patient', web.patientResponseSchema, responses.consultations.patient[200]],
  ['POST …/transcript', web.transcriptResponseSchema, responses.transcript.add[200]],
  ['POST …/audio', web.transcriptResponseSchema, responses.transcript.audio[200]],
  [
    'PATCH …/transcript/segments/:index',
    web.transcriptResponseSchema,
    responses.transcript.relabel[200],
  ],
  ['POST …/draft', web.draftSchema, responses.consultations.draft[200]],
  ['PUT …/note', web.noteResponseSchema, responses.consultations.saveNote[200]],
  ['POST …/approve', web.approveResponseSchema, responses.consultations.approve[200]],
  ['GET …/handover-text', web.exportTextSchema, responses.consultations.handoverText[200]],
  ['POST …/send', web.sendResponseSchema, responses.consultations.send[200]],
  ['GET /codes', web.codeListSchema, responses.codes.search[200]],
  ['GET /users', web.userListSchema, responses.admin.users[200]],
  ['POST /users', web.userResponseSchema, responses.admin.createUser[201]],
  ['PATCH /users/:id', web.userResponseSchema, responses.admin.updateUser[200]],
  ['GET /capabilities', web.capabilitiesSchema, responses.capabilities[200]],
  ['GET /settings (clinician)', web.draftingSwitchSchema, responses.admin.settings[200]],
  ['PUT /settings', web.settingsSchema, responses.admin.setSettings[200]],
  ['GET /models', web.modelOverviewSchema, responses.models.overview[200]],
  ['POST /models/:name/install', web.installResponseSchema, responses.models.started[202]],
  ['POST /models/install/confirm|cancel', web.installResponseSchema, responses.models.job[200]],
  ['POST /models/:name/verify', web.verifyModelSchema, responses.models.verify[200]],
  ['PUT /models/active', web.activateResponseSchema, responses.models.activate[200]],
  ['GET /audit', web.auditListSchema, responses.audit.list[200]],
  ['POST /audit/search', web.patientAuditSchema, responses.audit.list[200]],
  ['GET /audit/verify', web.auditVerifySchema, responses.audit.verify[200]],
  ['GET /audit/actors', web.auditActorsSchema, responses.audit.actors[200]],
  ['GET /audit/entries', web.filteredAuditSchema, responses.audit.entries[200]],
];

describe('the web app’s answer schemas and the server’s', () => {
  it.each(pairs)(
    'agree on %s: every answer the server may send, the app accepts',
    (_, app, server) => {
      expect(agree(app, server)).toEqual([]);
    },
  );

  it('agree on GET /settings for an admin: the full settings (the first of the answers)', () => {
    const [full] = responses.admin.settings[200].options;
    expect(agree(web.settingsSchema, full)).toEqual([]);
  });

  it('would catch a status the app does not know, a field it requires that may be missing', () => {
    const server = z.looseObject({ status: z.enum(['created', 'archived']) });
    const app = z.looseObject({ status: z.enum(['created']), id: z.string() });
    expect(agree(app, server)).toEqual([
      '.id: the app requires it, the server may leave it out',
      '.status: the app does not know archived',
    ]);
  });

  it('would catch a value of another type deep in a list, and a value the server leaves open', () => {
    const server = z.looseObject({
      items: z.array(z.looseObject({ at: z.number(), kind: z.string() })),
    });
    const app = z.looseObject({
      items: z.array(z.looseObject({ at: z.string(), kind: z.enum(['a']) })),
    });
    expect(agree(app, server)).toEqual([
      '.items[].at: the server may send number',
      '.items[].kind: the app knows only a',
    ]);
  });
});
