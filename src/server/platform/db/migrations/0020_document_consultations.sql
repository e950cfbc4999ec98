CREATE TABLE "consultation_comment_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"evidence_item_id" uuid NOT NULL,
	"reply" text,
	"replied_at" timestamp with time zone,
	"replied_by_user_id" uuid,
	"handling" text,
	"reason" text DEFAULT '' NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "consultation_sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"section_key" text NOT NULL,
	"title" text NOT NULL,
	"position" integer NOT NULL,
	"support_question_id" uuid,
	"comment_question_id" uuid
);
--> statement-breakpoint
CREATE TABLE "document_consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"strategy_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"survey_id" uuid,
	"token" text NOT NULL,
	"closes_on" date NOT NULL,
	"anonymous" boolean DEFAULT true NOT NULL,
	"closed_at" timestamp with time zone,
	"opened_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consultation_comment_notes" ADD CONSTRAINT "consultation_comment_notes_consultation_id_document_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."document_consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comment_notes" ADD CONSTRAINT "consultation_comment_notes_evidence_item_id_evidence_items_id_fk" FOREIGN KEY ("evidence_item_id") REFERENCES "public"."evidence_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comment_notes" ADD CONSTRAINT "consultation_comment_notes_replied_by_user_id_users_id_fk" FOREIGN KEY ("replied_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comment_notes" ADD CONSTRAINT "consultation_comment_notes_handled_by_user_id_users_id_fk" FOREIGN KEY ("handled_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_sections" ADD CONSTRAINT "consultation_sections_consultation_id_document_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."document_consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_sections" ADD CONSTRAINT "consultation_sections_support_question_id_survey_questions_id_fk" FOREIGN KEY ("support_question_id") REFERENCES "public"."survey_questions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_sections" ADD CONSTRAINT "consultation_sections_comment_question_id_survey_questions_id_fk" FOREIGN KEY ("comment_question_id") REFERENCES "public"."survey_questions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_consultations" ADD CONSTRAINT "document_consultations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_consultations" ADD CONSTRAINT "document_consultations_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_consultations" ADD CONSTRAINT "document_consultations_version_id_document_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."document_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_consultations" ADD CONSTRAINT "document_consultations_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_consultations" ADD CONSTRAINT "document_consultations_opened_by_user_id_users_id_fk" FOREIGN KEY ("opened_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_comment_notes_item" ON "consultation_comment_notes" USING btree ("evidence_item_id");--> statement-breakpoint
CREATE INDEX "consultation_comment_notes_consultation" ON "consultation_comment_notes" USING btree ("consultation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_sections_key" ON "consultation_sections" USING btree ("consultation_id","section_key");--> statement-breakpoint
CREATE INDEX "consultation_sections_comment" ON "consultation_sections" USING btree ("comment_question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_consultations_version" ON "document_consultations" USING btree ("version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_consultations_token" ON "document_consultations" USING btree ("token");