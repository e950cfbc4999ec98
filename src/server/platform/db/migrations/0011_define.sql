CREATE TABLE "evidence_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"strategy_id" uuid NOT NULL,
	"source" text NOT NULL,
	"survey_id" uuid,
	"question_id" uuid,
	"response_id" uuid,
	"system_id" uuid,
	"interview_id" uuid,
	"workshop_id" uuid,
	"sticky_note_id" uuid,
	"text" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
	"said_on" date NOT NULL,
	"staff_group_id" uuid,
	"division_id" uuid,
	"site_id" uuid,
	"excerpt_start" integer,
	"excerpt_end" integer,
	"source_changed" boolean DEFAULT false NOT NULL,
	"sentiment" text,
	"analysed_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_items_excerpt_offsets" CHECK ("evidence_items"."source" <> 'interview_excerpt' OR ("evidence_items"."excerpt_start" >= 0 AND "evidence_items"."excerpt_end" > "evidence_items"."excerpt_start"))
);
--> statement-breakpoint
CREATE TABLE "evidence_redactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evidence_item_id" uuid NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'suggested' NOT NULL,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_redactions_span" CHECK ("evidence_redactions"."start" >= 0 AND "evidence_redactions"."end" > "evidence_redactions"."start")
);
--> statement-breakpoint
CREATE TABLE "evidence_tags" (
	"evidence_item_id" uuid NOT NULL,
	"tag_id" uuid NOT NULL,
	"applied_by_user_id" uuid,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_tags_evidence_item_id_tag_id_pk" PRIMARY KEY("evidence_item_id","tag_id")
);
--> statement-breakpoint
CREATE TABLE "tags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"strategy_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"colour" text NOT NULL,
	"parent_id" uuid,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "theme_run_items" (
	"run_id" uuid NOT NULL,
	"evidence_item_id" uuid NOT NULL,
	"suggestion_id" uuid,
	"representative" boolean DEFAULT false NOT NULL,
	"fit" real,
	CONSTRAINT "theme_run_items_run_id_evidence_item_id_pk" PRIMARY KEY("run_id","evidence_item_id")
);
--> statement-breakpoint
CREATE TABLE "theme_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"strategy_id" uuid NOT NULL,
	"scope_label" text NOT NULL,
	"scope" jsonb NOT NULL,
	"requested_themes" integer,
	"seed" integer NOT NULL,
	"split_of_suggestion_id" uuid,
	"status" text DEFAULT 'queued' NOT NULL,
	"job_id" text,
	"item_count" integer DEFAULT 0 NOT NULL,
	"message" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "theme_suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"keywords" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"tag_id" uuid,
	"merged_into_id" uuid,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "insight_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"insight_id" uuid NOT NULL,
	"author_user_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insight_evidence" (
	"insight_id" uuid NOT NULL,
	"evidence_item_id" uuid NOT NULL,
	"added_by_user_id" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insight_evidence_insight_id_evidence_item_id_pk" PRIMARY KEY("insight_id","evidence_item_id")
);
--> statement-breakpoint
CREATE TABLE "insight_measures" (
	"insight_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	CONSTRAINT "insight_measures_insight_id_measure_id_pk" PRIMARY KEY("insight_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "insight_systems" (
	"insight_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	CONSTRAINT "insight_systems_insight_id_system_id_pk" PRIMARY KEY("insight_id","system_id")
);
--> statement-breakpoint
CREATE TABLE "insight_tags" (
	"insight_id" uuid NOT NULL,
	"tag_id" uuid NOT NULL,
	CONSTRAINT "insight_tags_insight_id_tag_id_pk" PRIMARY KEY("insight_id","tag_id")
);
--> statement-breakpoint
CREATE TABLE "insights" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"strategy_id" uuid NOT NULL,
	"statement" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "board_cards" (
	"strategy_id" uuid NOT NULL,
	"evidence_item_id" uuid NOT NULL,
	"cluster_id" uuid,
	"position" integer NOT NULL,
	CONSTRAINT "board_cards_strategy_id_evidence_item_id_pk" PRIMARY KEY("strategy_id","evidence_item_id")
);
--> statement-breakpoint
CREATE TABLE "board_clusters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"strategy_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"insight_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "playback_reactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"insight_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reaction" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "playback_reactions_once" UNIQUE("insight_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "playbacks" (
	"strategy_id" uuid PRIMARY KEY NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"shared_at" timestamp with time zone,
	"shared_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_question_id_survey_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."survey_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_sticky_note_id_sticky_notes_id_fk" FOREIGN KEY ("sticky_note_id") REFERENCES "public"."sticky_notes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_staff_group_id_staff_groups_id_fk" FOREIGN KEY ("staff_group_id") REFERENCES "public"."staff_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_division_id_org_units_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_site_id_org_units_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_redactions" ADD CONSTRAINT "evidence_redactions_evidence_item_id_evidence_items_id_fk" FOREIGN KEY ("evidence_item_id") REFERENCES "public"."evidence_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_redactions" ADD CONSTRAINT "evidence_redactions_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_tags" ADD CONSTRAINT "evidence_tags_evidence_item_id_evidence_items_id_fk" FOREIGN KEY ("evidence_item_id") REFERENCES "public"."evidence_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_tags" ADD CONSTRAINT "evidence_tags_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_tags" ADD CONSTRAINT "evidence_tags_applied_by_user_id_users_id_fk" FOREIGN KEY ("applied_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tags" ADD CONSTRAINT "tags_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tags" ADD CONSTRAINT "tags_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tags" ADD CONSTRAINT "tags_parent_id_tags_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tags"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_run_items" ADD CONSTRAINT "theme_run_items_run_id_theme_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."theme_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_run_items" ADD CONSTRAINT "theme_run_items_evidence_item_id_evidence_items_id_fk" FOREIGN KEY ("evidence_item_id") REFERENCES "public"."evidence_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_run_items" ADD CONSTRAINT "theme_run_items_suggestion_id_theme_suggestions_id_fk" FOREIGN KEY ("suggestion_id") REFERENCES "public"."theme_suggestions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_runs" ADD CONSTRAINT "theme_runs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_runs" ADD CONSTRAINT "theme_runs_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_runs" ADD CONSTRAINT "theme_runs_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_suggestions" ADD CONSTRAINT "theme_suggestions_run_id_theme_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."theme_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_suggestions" ADD CONSTRAINT "theme_suggestions_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_suggestions" ADD CONSTRAINT "theme_suggestions_merged_into_id_theme_suggestions_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."theme_suggestions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_suggestions" ADD CONSTRAINT "theme_suggestions_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_comments" ADD CONSTRAINT "insight_comments_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_comments" ADD CONSTRAINT "insight_comments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_evidence" ADD CONSTRAINT "insight_evidence_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_evidence" ADD CONSTRAINT "insight_evidence_evidence_item_id_evidence_items_id_fk" FOREIGN KEY ("evidence_item_id") REFERENCES "public"."evidence_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_evidence" ADD CONSTRAINT "insight_evidence_added_by_user_id_users_id_fk" FOREIGN KEY ("added_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_measures" ADD CONSTRAINT "insight_measures_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_measures" ADD CONSTRAINT "insight_measures_measure_id_maturity_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."maturity_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_systems" ADD CONSTRAINT "insight_systems_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_systems" ADD CONSTRAINT "insight_systems_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_tags" ADD CONSTRAINT "insight_tags_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_tags" ADD CONSTRAINT "insight_tags_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insights" ADD CONSTRAINT "insights_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_cards" ADD CONSTRAINT "board_cards_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_cards" ADD CONSTRAINT "board_cards_evidence_item_id_evidence_items_id_fk" FOREIGN KEY ("evidence_item_id") REFERENCES "public"."evidence_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_cards" ADD CONSTRAINT "board_cards_cluster_id_board_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."board_clusters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_clusters" ADD CONSTRAINT "board_clusters_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_clusters" ADD CONSTRAINT "board_clusters_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_clusters" ADD CONSTRAINT "board_clusters_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playback_reactions" ADD CONSTRAINT "playback_reactions_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playback_reactions" ADD CONSTRAINT "playback_reactions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbacks" ADD CONSTRAINT "playbacks_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbacks" ADD CONSTRAINT "playbacks_shared_by_user_id_users_id_fk" FOREIGN KEY ("shared_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_items_search" ON "evidence_items" USING gin ("search");--> statement-breakpoint
CREATE INDEX "evidence_items_strategy" ON "evidence_items" USING btree ("strategy_id","source","said_on");--> statement-breakpoint
CREATE INDEX "evidence_items_question" ON "evidence_items" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "evidence_items_interview" ON "evidence_items" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "evidence_items_workshop" ON "evidence_items" USING btree ("workshop_id");--> statement-breakpoint
CREATE INDEX "evidence_items_unanalysed" ON "evidence_items" USING btree ("organisation_id") WHERE "evidence_items"."analysed_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_items_answer" ON "evidence_items" USING btree ("response_id","question_id") WHERE "evidence_items"."response_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_items_sticky_note" ON "evidence_items" USING btree ("sticky_note_id") WHERE "evidence_items"."sticky_note_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_items_interview_note" ON "evidence_items" USING btree ("interview_id") WHERE "evidence_items"."source" = 'interview_note';--> statement-breakpoint
CREATE INDEX "evidence_redactions_item" ON "evidence_redactions" USING btree ("evidence_item_id","start");--> statement-breakpoint
CREATE INDEX "evidence_redactions_queue" ON "evidence_redactions" USING btree ("status") WHERE "evidence_redactions"."status" = 'suggested';--> statement-breakpoint
CREATE INDEX "evidence_tags_tag" ON "evidence_tags" USING btree ("tag_id","evidence_item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tags_name" ON "tags" USING btree ("strategy_id",lower("name")) WHERE "tags"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX "tags_parent" ON "tags" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "theme_run_items_suggestion" ON "theme_run_items" USING btree ("suggestion_id");--> statement-breakpoint
CREATE INDEX "theme_runs_strategy" ON "theme_runs" USING btree ("strategy_id","created_at");--> statement-breakpoint
CREATE INDEX "theme_suggestions_run" ON "theme_suggestions" USING btree ("run_id","position");--> statement-breakpoint
CREATE INDEX "insight_comments_insight" ON "insight_comments" USING btree ("insight_id","created_at");--> statement-breakpoint
CREATE INDEX "insight_evidence_item" ON "insight_evidence" USING btree ("evidence_item_id");--> statement-breakpoint
CREATE INDEX "insights_strategy" ON "insights" USING btree ("strategy_id","created_at");--> statement-breakpoint
CREATE INDEX "board_cards_cluster" ON "board_cards" USING btree ("cluster_id","position");--> statement-breakpoint
CREATE INDEX "board_clusters_strategy" ON "board_clusters" USING btree ("strategy_id","position");