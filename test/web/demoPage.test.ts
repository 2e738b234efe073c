import { expect } from 'chai';
import { loadOrganisations, type Organisation } from '../../handoff/orgs';
import { translatorFor } from '../../i18n';
import { demoLanguage, demoPageHtml } from '../../web/demoPage';

const orgs = loadOrganisations();
const demo = orgs.get('demo')!;
const valleys = orgs.get('valleys')!;

describe('demo page', () => {
  const html = demoPageHtml({ org: demo, others: [valleys], lang: 'en', cssUrl: '/static/embed/demo.css?v=1' });

  it('is an English page with one heading, clearly marked as a demo', () => {
    expect(html).to.include('<html lang="en" dir="ltr">');
    expect(html.match(/<h1>/g)).to.have.length(1);
    expect(html).to.match(/class="demo-banner">This is a demo website, not a real organisation/);
  });

  it('embeds the chat with the one script tag an organisation would use', () => {
    expect(html).to.include('<script src="/embed.js" data-org="demo" data-lang="en" async></script>');
  });

  it('links to the other organisations’ demos', () => {
    expect(html).to.include('<a href="/?org=valleys">Valleys Carers Line (demo)</a>');
  });

  it('embeds in the organisation’s first language', () => {
    expect(demoPageHtml({ org: valleys, others: [], lang: demoLanguage(valleys, undefined), cssUrl: '/x.css' })).to.include(
      'data-org="valleys" data-lang="cy"',
    );
  });

  it('exists in Welsh: every word of the page in Welsh, and the chat opening in Welsh', () => {
    const cy = translatorFor('cy');
    const page = demoPageHtml({ org: demo, others: [valleys], lang: 'cy', cssUrl: '/x.css' });
    expect(page).to.include('<html lang="cy" dir="ltr">');
    for (const key of ['banner', 'heading', 'intro', 'danger', 'others', 'footer'])
      expect(page, key).to.include(String(cy(`embed.demo.${key}`)).replace(/'/g, '&#39;'));
    expect(page).to.include('data-org="demo" data-lang="cy"');
    expect(page).to.include('<a href="/demo/en" lang="en" hreflang="en">English</a>');
  });

  it('takes the language asked for, else the organisation’s default', () => {
    expect(demoLanguage(valleys, undefined)).to.equal('cy');
    expect(demoLanguage(valleys, 'en')).to.equal('en');
    expect(demoLanguage(demo, undefined)).to.equal('en');
    expect(demoLanguage(demo, 'xx')).to.equal('en');
  });

  it('opens the chat in the organisation’s default when the page’s language is not offered', () => {
    const welshOnly: Organisation = { ...demo, languages: ['cy'] };
    expect(demoPageHtml({ org: welshOnly, others: [], lang: 'pl', cssUrl: '/x.css' })).to.include('data-lang="cy"');
  });

  it('escapes what comes from the organisation file', () => {
    const hostile: Organisation = { ...demo, name: '<img src=x onerror=alert(1)>' };
    const page = demoPageHtml({ org: hostile, others: [], lang: 'en', cssUrl: '/x.css' });
    expect(page).not.to.include('<img src=x');
    expect(page).to.include('&lt;img src=x onerror=alert(1)&gt;');
  });
});
