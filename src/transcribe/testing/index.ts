export { createFakeTranscriber } from './fake-transcriber.js';
export type { FakeTranscriber, FakeTranscriberCall } from './fake-transcriber.js';
export { startFakeSttServer } from './fake-stt-server.js';
export type { FakeSttServer, FakeSttFault, FakeSttRequest } from './fake-stt-server.js';
export { runTranscriberContractSuite } from './transcriber-contract.js';
export type { TranscriberContractOptions } from './transcriber-contract.js';
export { synthesizeConsultation, consultationsDirectory } from './synthesize-consultation.js';
export type { SynthesizedConsultation } from './synthesize-consultation.js';
