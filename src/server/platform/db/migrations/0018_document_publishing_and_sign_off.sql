CREATE TABLE "sign_off_approvers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"decision" text,
	"comment" text DEFAULT '' NOT NULL,
	"decided_at" timestamp with time zone,
	"last_reminded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sign_off_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"submitted_by_user_id" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'in_review' NOT NULL,
	"closed_at" timestamp with time zone,
	"message" text DEFAULT '' NOT NULL,
	"record" jsonb
);
--> statement-breakpoint
ALTER TABLE "strategy_documents" ADD COLUMN "public_slug" text;--> statement-breakpoint
ALTER TABLE "sign_off_approvers" ADD CONSTRAINT "sign_off_approvers_round_id_sign_off_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."sign_off_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_approvers" ADD CONSTRAINT "sign_off_approvers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_rounds" ADD CONSTRAINT "sign_off_rounds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_rounds" ADD CONSTRAINT "sign_off_rounds_version_id_document_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."document_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_rounds" ADD CONSTRAINT "sign_off_rounds_submitted_by_user_id_users_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sign_off_approvers_round_user" ON "sign_off_approvers" USING btree ("round_id","user_id");--> statement-breakpoint
CREATE INDEX "sign_off_approvers_user" ON "sign_off_approvers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sign_off_rounds_version" ON "sign_off_rounds" USING btree ("version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sign_off_rounds_one_live" ON "sign_off_rounds" USING btree ("version_id") WHERE "sign_off_rounds"."status" IN ('in_review', 'signed_off');--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_documents_public_slug" ON "strategy_documents" USING btree ("public_slug");