ALTER TABLE "survey_invitations" ALTER COLUMN "token_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD COLUMN "previous_token_hash" text;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD COLUMN "sent" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_previous_token" ON "survey_invitations" USING btree ("previous_token_hash");