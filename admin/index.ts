/** The organisation admin space's domain: validation, the store and its live application (no HTTP, no botbuilder). */
export { applySettings, settingsOf, type SettingsInput, type SettingsResult } from './settings';
export { hoursProblems, closedDateProblems } from './hours';
export { checkLogo, MAX_LOGO_BYTES, type StoredLogo } from './logo';
export { sanitiseSvg, SvgRefused } from './svg';
export { outboundUrlProblem, type Resolve } from './urls';
export { buildService, localCatalogue, localOrganizationId, type LocalService, type ServiceInput } from './services';
export { FileAdminStore, MemoryAdminStore, SECTIONS, type AdminStore, type OrgRecord, type Section } from './store';
export { RedisAdminStore, ADMIN_PREFIX } from './redisStore';
export { LiveOrganisations, type FeedSet, type LiveOptions } from './live';
export { JsonLinesAdminAudit, adminAuditPath, redactWebhook, type AdminAudit, type AdminAuditEntry, type AdminAction } from './audit';
export { notifyOrganisation } from './notify';
export { createAdminSpace, type AdminSpace, type AdminSpaceOptions } from './compose';
