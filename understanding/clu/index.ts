export { createCluRecognizer, cluConfigComplete, cluUrl, cluRequestBody, mergeCluPrediction, CLU_API_VERSION, type CluConfig } from './clu-recognizer';
export { meaningOfIntent, intentForTopic, intentForCommand } from './intents';
export { buildCluProject } from './project';
