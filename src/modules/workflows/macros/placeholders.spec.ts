import { renderPlaceholders } from './placeholders';

describe('macro placeholders', () => {
  it('renders known placeholders, with or without spaces', () => {
    expect(
      renderPlaceholders(
        'Hi {{customer.name}}, ticket #{{ ticket.number }}: {{ticket.subject}}. — {{agent.name}}',
        {
          'customer.name': 'Giulia',
          'ticket.number': 42,
          'ticket.subject': 'Pagamento',
          'agent.name': 'Ana',
        },
      ),
    ).toBe('Hi Giulia, ticket #42: Pagamento. — Ana');
  });

  it('renders missing and unknown ones as nothing, evaluating nothing', () => {
    expect(
      renderPlaceholders('[{{customer.name}}][{{nope}}][{{__proto__}}][{{constructor.name}}]', {}),
    ).toBe('[][][][]');
    expect(renderPlaceholders('{{ticket.subject}}', { 'ticket.subject': '{{agent.name}}' })).toBe(
      '{{agent.name}}',
    );
    expect(renderPlaceholders('{{ 1 + 1 }} {{process.exit}}', {})).toBe('{{ 1 + 1 }} ');
  });
});
