/** The optional second opinion on risk from Azure AI Content Safety, wired by app.ts only (README "How it is built"). */
export { createAzureContentSafety, CONTENT_SAFETY_NAME } from './azureContentSafety';
export { analyzeTextBody, analyzeTextUrl, cutToLimit, readSeverities, ASKED_CATEGORIES, CONTENT_SAFETY_API_VERSION, MAX_TEXT_CODE_POINTS } from './analyzeText';
