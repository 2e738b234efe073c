import { expect } from 'chai';
import { loadOrganisations, type Organisation } from '../../handoff/orgs';
import { demoPageHtml } from '../../web/demoPage';

const orgs = loadOrganisations();
const demo = orgs.get('demo')!;
const valleys = orgs.get('valleys')!;

describe('demo page', () => {
  const html = demoPageHtml({ org: demo, others: [valleys], cssUrl: '/static/embed/demo.css?v=1' });

  it('is an English page with one heading, clearly marked as a demo', () => {
    expect(html).to.include('<html lang="en">');
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
    expect(demoPageHtml({ org: valleys, others: [], cssUrl: '/x.css' })).to.include('data-org="valleys" data-lang="cy"');
  });

  it('escapes what comes from the organisation file', () => {
    const hostile: Organisation = { ...demo, name: '<img src=x onerror=alert(1)>' };
    const page = demoPageHtml({ org: hostile, others: [], cssUrl: '/x.css' });
    expect(page).not.to.include('<img src=x');
    expect(page).to.include('&lt;img src=x onerror=alert(1)&gt;');
  });
});
