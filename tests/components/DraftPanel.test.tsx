import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DraftPanel } from '@/components/DraftPanel';
import type { DraftFinding } from '@/lib/wording/snapshot';
import { setUiLanguage } from '../support/i18n';

const finding = (ruleId: string, severity: DraftFinding['severity'], excerpt: string): DraftFinding => ({
  ruleId,
  category: 'off-platform-contact',
  severity,
  excerpt,
  message: { en: `English ${ruleId}`, zh_CN: `中文 ${ruleId}` },
});

describe('DraftPanel', () => {
  it('shows nothing without a message being written', () => {
    const { container } = render(<DraftPanel draft={undefined} language="en-US" />);
    expect(container).toBeEmptyDOMElement();
    render(<DraftPanel draft={{ length: 0, findings: [] }} language="en-US" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('says a written message is clean', () => {
    render(<DraftPanel draft={{ length: 40, findings: [] }} language="en-US" />);
    expect(screen.getByRole('heading', { name: 'Message you are writing' })).toBeInTheDocument();
    expect(document.querySelector('[data-state="clean"]')).not.toBeNull();
  });

  it('lists findings most serious first, with the severity in words and the words quoted', () => {
    render(
      <DraftPanel
        draft={{
          length: 80,
          findings: [finding('trigger', 'info', 'urgent'), finding('email-address', 'block', 'a@b.example')],
        }}
        language="en-US"
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.dataset.ruleId)).toEqual(['email-address', 'trigger']);
    expect(items.map((li) => li.dataset.severity)).toEqual(['block', 'info']);
    expect(within(items[0] as HTMLElement).getByText('Blocked')).toBeInTheDocument();
    expect(within(items[0] as HTMLElement).getByText('a@b.example')).toBeInTheDocument();
    expect(within(items[0] as HTMLElement).getByText('English email-address')).toBeInTheDocument();
  });

  it('words the explanation in Chinese for a Chinese UI', () => {
    setUiLanguage('zh_CN');
    render(
      <DraftPanel
        draft={{ length: 20, findings: [finding('email-address', 'block', 'a@b.example')] }}
        language="zh-CN"
      />,
    );
    expect(screen.getByText('中文 email-address')).toBeInTheDocument();
    expect(screen.getByText('拦截')).toBeInTheDocument();
  });
});
