import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../lib/wording/rules';
import { EXTENSION_DIR, EXTENSION_ID } from './harness';
import { useExtension } from './launch';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

describe('the built manifest', () => {
  it('asks for exactly storage and alarms, with notifications optional', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('SellerLens');
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
    expect(manifest.optional_permissions).toEqual(['notifications']);
  });

  it('reaches only Seller Central hosts, over https', () => {
    const hosts: string[] = manifest.host_permissions;
    expect(hosts.length).toBe(23);
    for (const host of hosts)
      expect(host).toMatch(/^https:\/\/sellercentral(-europe|-japan)?\.amazon\.[a-z.]+\/\*$/);
    const json = JSON.stringify(manifest);
    expect(json).not.toContain('<all_urls>');
    expect(json).not.toContain('"tabs"');
    // Every content script runs within a host SellerLens declares (some on certain paths only).
    for (const script of manifest.content_scripts)
      for (const match of script.matches as string[])
        expect(hosts).toContain(match.replace(/^(https:\/\/[^/]+)\/.*$/, '$1/*'));
  });

  it('loads no remote code', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    const json = JSON.stringify(manifest);
    expect(json).not.toMatch(/https?:\/\/(?!sellercentral)/);
  });

  it('has icons, a localised description and a fixed key', () => {
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '96', '128']);
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.default_locale).toBe('en');
    expect(manifest.key).toMatch(/^MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA/);
  });

  it('ships the wording rules without their examples, which only the tests read', () => {
    const guard = readFileSync(join(EXTENSION_DIR, 'content-scripts/compose-guard.js'), 'utf8');
    expect(guard).toContain('ask-buyer-to-cancel');
    const texts = RULES.flatMap((rule) => [...rule.examples.flag, ...rule.examples.pass]);
    const shipped = texts.filter(
      (text) => guard.includes(text) || guard.includes(JSON.stringify(text).slice(1, -1)),
    );
    expect(shipped).toEqual([]);
  });
});

describe('the loaded extension', () => {
  const extension = useExtension();

  it('has the same id on every machine, from its key', () => {
    expect(extension().extensionId).toBe(EXTENSION_ID);
  });
});
