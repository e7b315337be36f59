/**
 * Every permission Digest asks for, in one place (the manifest and the least-privilege test both read it).
 * - activeTab: read the tab the reader clicked Digest on (toolbar, shortcut or context menu), only then, without
 *   host permissions.
 * - scripting: inject the extraction and highlighting scripts into that tab.
 * - storage: settings (the digest history itself is IndexedDB, which needs no permission).
 * - contextMenus: "Digest this page" and "Digest selected text" in the page's right-click menu.
 */
export const EXTENSION_PERMISSIONS = ['activeTab', 'scripting', 'storage', 'contextMenus'] as const;
