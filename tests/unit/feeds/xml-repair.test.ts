import { describe, expect, it } from 'vitest';
import { closeTruncatedDocument, expandInternalEntities } from '../../../src/feeds/xml-repair.js';

describe('expandInternalEntities', () => {
  it('expands plain-text internal entities in the body', () => {
    const xml = '<!DOCTYPE rss [<!ENTITY site "tag:example.com,">]><rss><guid>&site;2006</guid></rss>';
    expect(expandInternalEntities(xml)).toBe('<!DOCTYPE rss [<!ENTITY site "tag:example.com,">]><rss><guid>tag:example.com,2006</guid></rss>');
  });

  it('never expands nested, parameter or external entities', () => {
    const xml = '<!DOCTYPE r [<!ENTITY a "x"><!ENTITY b "&a;&a;"><!ENTITY c SYSTEM "file:///etc/passwd"><!ENTITY % d "y">]><r>&b;&c;</r>';
    expect(expandInternalEntities(xml)).toBe(xml);
  });

  it('escapes quotes so an entity used in an attribute cannot break out of it', () => {
    const xml = `<!DOCTYPE r [<!ENTITY q 'say "hi"'>]><r a="&q;"/>`;
    expect(expandInternalEntities(xml)).toContain('<r a="say &quot;hi&quot;"/>');
  });

  it('stops growing the document past a bound', () => {
    const value = 'x'.repeat(1000);
    const xml = `<!DOCTYPE r [<!ENTITY big "${value}">]><r>${'&big;'.repeat(5000)}</r>`;
    expect(expandInternalEntities(xml).length).toBeLessThan(xml.length + 1.1 * 1024 * 1024);
  });
});

describe('closeTruncatedDocument', () => {
  it('drops a half tag and closes the open elements', () => {
    expect(closeTruncatedDocument('<rss><channel><item><title>a</title><li')).toBe('<rss><channel><item><title>a</title></item></channel></rss>');
  });

  it('drops an unterminated CDATA section and ignores markup inside CDATA and comments', () => {
    const xml = '<rss><channel><description><![CDATA[<b>x</b>]]></description><!-- <item> --><title><![CDATA[<p>cut';
    expect(closeTruncatedDocument(xml)).toBe('<rss><channel><description><![CDATA[<b>x</b>]]></description><!-- <item> --><title></title></channel></rss>');
  });

  it('leaves a complete document as it is', () => {
    expect(closeTruncatedDocument('<?xml version="1.0"?><rss><br/></rss>')).toBe('<?xml version="1.0"?><rss><br/></rss>');
  });
});
