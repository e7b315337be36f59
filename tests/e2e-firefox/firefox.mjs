// Launches headless Firefox ESR with the built extension as a temporary add-on, and does what a reader does in the
// browser's own UI: clicks the toolbar button (from the extensions panel, or pinned), presses the shortcut, right-clicks
// the page. Driven over Marionette; chrome-context scripts reach the browser UI, content-context scripts the page.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, waitFor } from '../e2e/served-pages.mjs';
import { connectMarionette } from './marionette.mjs';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION = path.join(ROOT, '.output/firefox-mv2');
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
/** The toolbar popup's page: a remote <browser> in a panel of the browser window. */
const POPUP = 'browser[webextension-view-type="popup"]';

/**
 * A fresh profile. Port 0: Marionette picks a free port and writes it to MarionetteActivePort. Every http(s) request
 * that isn't to 127.0.0.1 goes to a proxy that refuses at once: saved pages reference the internet, which this
 * machine can't reach (Firefox never proxies localhost).
 */
const PREFS = {
  'marionette.port': 0,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.page': 0,
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
};

/** Errors Firefox reports (uncaught exceptions and rejections, from every process), kept in the browser window. */
function collectErrors() {
  const errors = [];
  const flags = Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag;
  Services.console.registerListener({
    observe(message) {
      if (message instanceof Ci.nsIScriptError && !(message.flags & flags)) {
        const { errorMessage, sourceName, category, stack } = message;
        errors.push({ message: errorMessage, source: sourceName, category, stack: String(stack ?? '') });
      }
    },
  });
  window.digestE2EErrors = errors;
}

/**
 * Loaded into the popup's `<browser>` (a remote one, in the extension process): evaluates an expression in a sandbox
 * over the popup's window (the popup's content security policy forbids eval in the page itself) and sends back its
 * JSON, so the test reads the real popup's document.
 */
function popupFrameScript() {
  addMessageListener('digest-e2e:eval', async ({ data: { id, expression } }) => {
    try {
      const sandbox = Cu.Sandbox(content, { sandboxPrototype: content, wantXrays: true });
      const value = await Cu.evalInSandbox(expression, sandbox);
      sendAsyncMessage('digest-e2e:result', { id, json: JSON.stringify(value ?? null) });
    } catch (error) {
      sendAsyncMessage('digest-e2e:result', { id, error: String(error) });
    }
  });
}

export async function launchFirefox({ binary = FIREFOX, extension = FIREFOX_EXTENSION } = {}) {
  if (!fs.existsSync(binary))
    throw new Error(`No Firefox at ${binary}: apt-get install -y firefox-esr, or set FIREFOX`);
  if (!fs.existsSync(path.join(extension, 'manifest.json')))
    throw new Error(`No build in ${extension}: wxt build -b firefox`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'digest-firefox-'));
  const userJs = Object.entries(PREFS).map(
    ([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`,
  );
  fs.writeFileSync(path.join(profile, 'user.js'), `${userJs.join('\n')}\n`);
  // Marionette's chrome context (the browser's own window: toolbar, panels, menus) needs -remote-allow-system-access.
  const args = ['--headless', '--marionette', '-remote-allow-system-access', '--no-remote', '--profile', profile];
  const child = spawn(binary, args, { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let marionette;
  const close = async () => {
    await marionette?.send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => {});
    marionette?.close();
    if (child.exitCode === null) child.kill();
    await exited;
    fs.rmSync(profile, { recursive: true, force: true });
  };
  try {
    const portFile = path.join(profile, 'MarionetteActivePort');
    await waitFor(() => fs.existsSync(portFile) && fs.readFileSync(portFile, 'utf8').trim() !== '', 20_000);
    marionette = await connectMarionette(Number(fs.readFileSync(portFile, 'utf8')));
    const { capabilities } = await marionette.send('WebDriver:NewSession', {
      capabilities: { alwaysMatch: { pageLoadStrategy: 'eager' } },
    });
    const addonId = await marionette.send('Addon:Install', { path: extension, temporary: true });
    const firefox = new Firefox(marionette, capabilities.browserVersion, addonId, close);
    await firefox.chrome(collectErrors);
    const host = await firefox.chrome((id) => WebExtensionPolicy.getByID(id).mozExtensionHostname, addonId);
    firefox.origin = `moz-extension://${host}`;
    return firefox;
  } catch (error) {
    await close();
    throw error;
  }
}

class Firefox {
  constructor(marionette, version, addonId, close) {
    this.marionette = marionette;
    this.version = version;
    this.addonId = addonId;
    /** Quits Firefox and removes its profile. */
    this.close = close;
    /** Firefox names the extension's toolbar widget and menu items after the add-on id. */
    const prefix = addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
    this.widgetId = `${prefix}-browser-action`;
    this.menuItemPrefix = `${prefix}-menuitem-_`;
    this.context = 'content';
  }

  send(command, params) {
    return this.marionette.send(command, params);
  }

  async setContext(value) {
    if (this.context === value) return;
    await this.send('Marionette:SetContext', { value });
    this.context = value;
  }

  /** Runs `fn(...args)` in the browser window (chrome context); its (awaited) result comes back as JSON. */
  async chrome(fn, ...args) {
    await this.setContext('chrome');
    return this.send('WebDriver:ExecuteScript', { script: `return (${fn})(...arguments)`, args });
  }

  /** Runs `fn(...args)` in the current tab's page, or evaluates an expression given as source. */
  async page(fn, ...args) {
    await this.setContext('content');
    const script = typeof fn === 'string' ? `return ${fn}` : `return (${fn})(...arguments)`;
    return this.send('WebDriver:ExecuteScript', { script, args });
  }

  /** The addresses of the open tabs, in order. */
  async tabUrls() {
    return this.chrome(() => gBrowser.browsers.map((browser) => browser.currentURI.spec));
  }

  /** Selects the last tab (one the extension just opened) for content-context commands. */
  async switchToLastTab() {
    await this.setContext('content');
    const handles = await this.send('WebDriver:GetWindowHandles');
    await this.send('WebDriver:SwitchToWindow', { handle: handles.at(-1), focus: true });
  }

  /** Opens `url` in a new tab and selects it, as a reader does before clicking Digest. */
  async openTab(url) {
    await this.setContext('content');
    const { handle } = await this.send('WebDriver:NewWindow', { type: 'tab', focus: true });
    await this.send('WebDriver:SwitchToWindow', { handle, focus: true });
    await this.send('WebDriver:Navigate', { url });
    return handle;
  }

  /** Back to one blank tab and no popup, whatever a test left open. */
  async reset() {
    if (await this.popupOpen()) await this.closePopup();
    await this.setContext('content');
    const [first, ...rest] = await this.send('WebDriver:GetWindowHandles');
    for (const handle of rest) {
      await this.send('WebDriver:SwitchToWindow', { handle });
      await this.send('WebDriver:CloseWindow');
    }
    await this.send('WebDriver:SwitchToWindow', { handle: first, focus: true });
  }

  async closeTab() {
    await this.setContext('content');
    const handles = await this.send('WebDriver:CloseWindow');
    if (handles.length > 0) await this.send('WebDriver:SwitchToWindow', { handle: handles.at(-1), focus: true });
  }

  /** An element of the browser's UI (chrome) or of the current tab's page (content). */
  async element(selector, context = 'chrome') {
    await this.setContext(context);
    const found = await this.send('WebDriver:FindElement', { using: 'css selector', value: selector });
    return found[ELEMENT];
  }

  /** A real click on an element of the browser's UI (chrome) or of the current tab's page (content). */
  async click(selector, context = 'chrome') {
    await this.send('WebDriver:ElementClick', { id: await this.element(selector, context) });
  }

  /** Whether the toolbar button is pinned (in the navigation bar) rather than in the extensions panel. */
  async isPinned() {
    return this.chrome((id) => document.getElementById(id)?.getAttribute('cui-areatype') === 'toolbar', this.widgetId);
  }

  /**
   * Clicks Digest's toolbar button: pinned, the button itself; otherwise the extensions button, then Digest in its
   * panel. Resolves once the popup's page has loaded.
   */
  async clickToolbar() {
    if (await this.isPinned()) {
      await this.click(`#${this.widgetId} .toolbarbutton-1`);
    } else {
      await this.click('#unified-extensions-button');
      await waitFor(() => this.chrome(() => document.getElementById('unified-extensions-panel')?.state === 'open'));
      await this.click(`#${this.widgetId} .unified-extensions-item-action-button`);
    }
    await this.waitForPopup();
  }

  /** Pins Digest to the toolbar as a reader does: right-click it in the extensions panel, "Pin to Toolbar". */
  async pinToToolbar() {
    await this.click('#unified-extensions-button');
    await waitFor(() => this.chrome(() => document.getElementById('unified-extensions-panel')?.state === 'open'));
    // The panel reports itself open while it is still sliding in; a right-click then may land where it isn't yet.
    const menuOpen = () =>
      this.chrome(() => document.getElementById('unified-extensions-context-menu')?.state === 'open');
    await waitFor(async () => {
      await this.rightClick(`#${this.widgetId} .unified-extensions-item-action-button`);
      return waitFor(menuOpen, 500).then(
        () => true,
        () => false,
      );
    });
    await this.chooseMenuItem('#unified-extensions-context-menu', '.unified-extensions-context-menu-pin-to-toolbar');
    await waitFor(() => this.isPinned());
    await this.chrome(() => document.getElementById('unified-extensions-panel')?.hidePopup());
  }

  /** A right-click (pointer button 2) on an element, in the browser UI (chrome) or the page (content). */
  async rightClick(selector, context = 'chrome') {
    await this.pointer({ [ELEMENT]: await this.element(selector, context) }, 0, 0, 2);
  }

  /** Clicks the extension's item `menuId` in the open page context menu (after `rightClick` on the page). */
  async clickMenuItem(menuId) {
    await this.chooseMenuItem('#contentAreaContextMenu', `#${this.menuItemPrefix}${menuId}`);
  }

  /**
   * Chooses an item of an open menu of the browser's UI. activateItem is what a click on a menu item does in the
   * menu's own code: the command, then the menu closes (a WebDriver click on a menu item leaves the menu open and
   * its command unrun).
   */
  async chooseMenuItem(menuSelector, itemSelector) {
    const menuState = () => this.chrome((menu) => document.querySelector(menu)?.state, menuSelector);
    await waitFor(async () => (await menuState()) === 'open');
    await this.chrome(
      (menu, item) => {
        const popup = document.querySelector(menu);
        popup.activateItem(popup.querySelector(item));
      },
      menuSelector,
      itemSelector,
    );
    await waitFor(async () => (await menuState()) === 'closed');
  }

  /** Types into a field of the page, key by key. */
  async type(selector, text) {
    await this.send('WebDriver:ElementSendKeys', { id: await this.element(selector, 'content'), text });
  }

  async clear(selector) {
    await this.send('WebDriver:ElementClear', { id: await this.element(selector, 'content') });
  }

  /** Chooses an option of a `<select>` in the page, as a click on the option does. */
  async select(selector, value) {
    await this.click(`${selector} option[value="${value}"]`, 'content');
  }

  /** Presses a key chord (e.g. Alt+Shift+D) in the browser window, where Firefox handles extension shortcuts. */
  async pressKeys(...keys) {
    await this.setContext('chrome');
    const down = keys.map((value) => ({ type: 'keyDown', value }));
    const up = keys.toReversed().map((value) => ({ type: 'keyUp', value }));
    await this.send('WebDriver:PerformActions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [...down, ...up] }],
    });
    await this.send('WebDriver:ReleaseActions');
  }

  /** Resolves once the toolbar popup is open with its page loaded. */
  async waitForPopup() {
    await waitFor(() =>
      this.chrome((popupSelector) => {
        const popup = document.querySelector(popupSelector);
        return popup?.closest('panel')?.state === 'open' && popup.currentURI?.spec.endsWith('/popup.html');
      }, POPUP),
    );
  }

  async popupOpen() {
    return this.chrome(
      (popupSelector) => document.querySelector(popupSelector)?.closest('panel')?.state === 'open',
      POPUP,
    );
  }

  /** Evaluates `expression` (source; may be a promise) in the open toolbar popup; its JSON value comes back. */
  async inPopup(expression) {
    const reply = await this.chrome(
      (popupSelector, script, expression) =>
        new Promise((resolve) => {
          const popup = document.querySelector(popupSelector);
          const { messageManager } = popup;
          // Once per popup: a popup is a new <browser> every time it opens.
          if (!popup.digestE2E) messageManager.loadFrameScript(script, false);
          popup.digestE2E = true;
          const id = Math.random();
          const listener = ({ data }) => {
            if (data.id !== id) return;
            messageManager.removeMessageListener('digest-e2e:result', listener);
            resolve(data);
          };
          messageManager.addMessageListener('digest-e2e:result', listener);
          messageManager.sendAsyncMessage('digest-e2e:eval', { id, expression });
        }),
      POPUP,
      `data:,(${encodeURIComponent(popupFrameScript.toString())})()`,
      expression,
    );
    if (reply.error) throw new Error(`In the popup: ${reply.error}`);
    return JSON.parse(reply.json);
  }

  /** A real click (pointer events over the popup's browser) on the element `selector` names in the open popup. */
  async clickInPopup(selector) {
    const at = await this.inPopup(`(() => {
      const element = document.querySelector(${JSON.stringify(selector)});
      element.scrollIntoView({ block: 'center' });
      const box = element.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    })()`);
    const popup = await this.element(POPUP);
    const size = await this.chrome((selector) => {
      const box = document.querySelector(selector).getBoundingClientRect();
      return { width: box.width, height: box.height };
    }, POPUP);
    // A pointer action's offsets are from the centre of its origin element.
    const origin = { [ELEMENT]: popup };
    const x = Math.round(at.x - size.width / 2);
    const y = Math.round(at.y - size.height / 2);
    await this.pointer(origin, x, y, 0);
  }

  /** Moves the mouse to `x`, `y` from the centre of `origin` (an element) and clicks `button` (0 left, 2 right). */
  async pointer(origin, x, y, button) {
    await this.send('WebDriver:PerformActions', {
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', origin, x, y },
            { type: 'pointerDown', button },
            { type: 'pointerUp', button },
          ],
        },
      ],
    });
    await this.send('WebDriver:ReleaseActions');
  }

  /** Closes the popup as a click elsewhere does. */
  async closePopup() {
    await this.chrome((popupSelector) => document.querySelector(popupSelector)?.closest('panel')?.hidePopup(), POPUP);
    await waitFor(async () => !(await this.popupOpen()));
  }

  /** The errors Firefox reported since launch (or since the last `takeErrors`). */
  async takeErrors() {
    return this.chrome(() => window.digestE2EErrors.splice(0));
  }
}
