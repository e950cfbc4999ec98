import nodemailer from 'nodemailer';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from './db/client.js';
import type { Jobs } from './jobs.js';
import { outboxMessages } from './tables.js';

export interface Message {
  to: string;
  subject: string;
  text: string;
  /** Admins of this organisation may read the message in the outbox. */
  organisationId?: string | null;
  /** An account message: admins of the user's organisations may read it. */
  userId?: string | null;
}

export interface Mailer {
  delivery: 'smtp' | 'outbox';
  /**
   * Stores the message inside the caller's transaction, so a rolled-back command sends
   * nothing. Call `dispatch` after the transaction commits.
   */
  queue(tx: Db, message: Message): Promise<string>;
  dispatch(): Promise<void>;
}

const DELIVER = 'mail.deliver';

export function createMailer(options: { smtpUrl: string | undefined; from: string; db: Db; jobs: Jobs }): Mailer {
  const { smtpUrl, from, db, jobs } = options;
  if (!smtpUrl) {
    return {
      delivery: 'outbox',
      async queue(tx, message) {
        const [row] = await tx.insert(outboxMessages).values({ ...message, status: 'held' }).returning({ id: outboxMessages.id });
        return row!.id;
      },
      async dispatch() {},
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  jobs.define<Record<string, never>>(DELIVER, async (_data, progress) => {
    const queued = await db.select().from(outboxMessages).where(eq(outboxMessages.status, 'queued')).limit(200);
    let sent = 0;
    for (const message of queued) {
      try {
        await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
        await db.update(outboxMessages).set({ status: 'sent', sentAt: new Date() }).where(eq(outboxMessages.id, message.id));
        sent += 1;
      } catch (error) {
        await db
          .update(outboxMessages)
          .set({ status: 'failed', error: (error as Error).message })
          .where(inArray(outboxMessages.id, [message.id]));
      }
      await progress.update(sent, queued.length);
    }
    return { sent };
  });
  return {
    delivery: 'smtp',
    async queue(tx, message) {
      const [row] = await tx.insert(outboxMessages).values({ ...message, status: 'queued' }).returning({ id: outboxMessages.id });
      return row!.id;
    },
    async dispatch() {
      await jobs.enqueue(DELIVER, {});
    },
  };
}
