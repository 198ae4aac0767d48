// The email outbox: nothing is sent; messages (and the links in them) are kept and listed at
// GET /dev/outbox so a person or a test can follow a recovery link.

export interface OutboxMessage {
  id: number;
  to: string;
  subject: string;
  body: string;
  links: string[];
  stage: string;
  sent_at: string;
}

export class Outbox {
  readonly messages: OutboxMessage[] = [];

  add(message: Omit<OutboxMessage, 'id' | 'sent_at' | 'links'>): OutboxMessage {
    const full: OutboxMessage = {
      ...message,
      id: this.messages.length + 1,
      sent_at: new Date().toISOString(),
      links: message.body.match(/https?:\/\/[^\s"'<>]+/g) ?? [],
    };
    this.messages.push(full);
    console.log(`[outbox] to ${full.to}: ${full.subject} ${full.links.join(' ')}`);
    return full;
  }
}
