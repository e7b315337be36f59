/**
 * Every permission Digest asks for, in one place (the manifest and the least-privilege test both read it).
 * - activeTab: read the tab the reader clicked Digest on, only then, without host permissions.
 * - scripting: inject the extraction script into that tab.
 * - storage: settings (the digest history itself is IndexedDB, which needs no permission).
 */
export const EXTENSION_PERMISSIONS = ['activeTab', 'scripting', 'storage'] as const;
