CREATE TABLE "develop_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"strategy_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"author_user_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mission_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"strategy_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"mission" text NOT NULL,
	"vision" text DEFAULT '' NOT NULL,
	"principles" text DEFAULT '' NOT NULL,
	"change_note" text DEFAULT '' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"agreed_by_user_id" uuid,
	"agreed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "priorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"strategy_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"ambition" text DEFAULT '' NOT NULL,
	"sponsor" text DEFAULT '' NOT NULL,
	"lead" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	"position_reason" text DEFAULT '' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "priority_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"strategy_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"weight" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "priority_criteria_weight" CHECK ("priority_criteria"."weight" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "priority_insights" (
	"priority_id" uuid NOT NULL,
	"insight_id" uuid NOT NULL,
	CONSTRAINT "priority_insights_priority_id_insight_id_pk" PRIMARY KEY("priority_id","insight_id")
);
--> statement-breakpoint
CREATE TABLE "priority_maturity_targets" (
	"priority_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"target_level" integer NOT NULL,
	CONSTRAINT "priority_maturity_targets_priority_id_measure_id_pk" PRIMARY KEY("priority_id","measure_id"),
	CONSTRAINT "priority_maturity_target_range" CHECK ("priority_maturity_targets"."target_level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "priority_scores" (
	"priority_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"score" integer NOT NULL,
	CONSTRAINT "priority_scores_priority_id_criterion_id_pk" PRIMARY KEY("priority_id","criterion_id"),
	CONSTRAINT "priority_scores_range" CHECK ("priority_scores"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "priority_systems" (
	"priority_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	CONSTRAINT "priority_systems_priority_id_system_id_pk" PRIMARY KEY("priority_id","system_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_dependencies" (
	"initiative_id" uuid NOT NULL,
	"depends_on_id" uuid NOT NULL,
	"strategy_id" uuid NOT NULL,
	CONSTRAINT "initiative_dependencies_initiative_id_depends_on_id_pk" PRIMARY KEY("initiative_id","depends_on_id"),
	CONSTRAINT "initiative_dependencies_self" CHECK ("initiative_dependencies"."initiative_id" <> "initiative_dependencies"."depends_on_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_insights" (
	"initiative_id" uuid NOT NULL,
	"insight_id" uuid NOT NULL,
	CONSTRAINT "initiative_insights_initiative_id_insight_id_pk" PRIMARY KEY("initiative_id","insight_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_projects" (
	"initiative_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	CONSTRAINT "initiative_projects_initiative_id_project_id_pk" PRIMARY KEY("initiative_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_systems" (
	"initiative_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	"change" text NOT NULL,
	"replaced_by_system_id" uuid,
	CONSTRAINT "initiative_systems_initiative_id_system_id_pk" PRIMARY KEY("initiative_id","system_id")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"strategy_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"start_month" date NOT NULL,
	"end_month" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"horizon" text DEFAULT 'next' NOT NULL,
	"estimated_cost" bigint,
	"benefit" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiatives_dates" CHECK ("initiatives"."end_month" >= "initiatives"."start_month"),
	CONSTRAINT "initiatives_cost" CHECK ("initiatives"."estimated_cost" IS NULL OR "initiatives"."estimated_cost" >= 0)
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"strategy_id" uuid NOT NULL,
	"priority_id" uuid NOT NULL,
	"name" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measure_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"value" double precision NOT NULL,
	"recorded_on" date NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcome_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"strategy_id" uuid NOT NULL,
	"priority_id" uuid,
	"initiative_id" uuid,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"baseline_value" double precision,
	"baseline_on" date,
	"baseline_source" text DEFAULT '' NOT NULL,
	"target_value" double precision,
	"target_on" date,
	"source" text DEFAULT 'manual' NOT NULL,
	"survey_question_id" uuid,
	"counted_answers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"maturity_measure_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_measures_owner" CHECK (("outcome_measures"."priority_id" IS NULL) <> ("outcome_measures"."initiative_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "commitment_insights" (
	"commitment_id" uuid NOT NULL,
	"insight_id" uuid NOT NULL,
	CONSTRAINT "commitment_insights_commitment_id_insight_id_pk" PRIMARY KEY("commitment_id","insight_id")
);
--> statement-breakpoint
CREATE TABLE "partnership_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"side" text NOT NULL,
	"text" text NOT NULL,
	"position" integer NOT NULL,
	"question_id" uuid,
	"comment_question_id" uuid
);
--> statement-breakpoint
CREATE TABLE "partnership_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"strategy_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"survey_id" uuid,
	"published_at" timestamp with time zone,
	"agreed_by_user_id" uuid,
	"agreed_at" timestamp with time zone,
	"review_on" date,
	"reminder_sent_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "survey_questions" ADD COLUMN "first_wave_question_id" uuid;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "previous_wave_id" uuid;--> statement-breakpoint
ALTER TABLE "develop_comments" ADD CONSTRAINT "develop_comments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "develop_comments" ADD CONSTRAINT "develop_comments_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "develop_comments" ADD CONSTRAINT "develop_comments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_versions" ADD CONSTRAINT "mission_versions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_versions" ADD CONSTRAINT "mission_versions_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_versions" ADD CONSTRAINT "mission_versions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mission_versions" ADD CONSTRAINT "mission_versions_agreed_by_user_id_users_id_fk" FOREIGN KEY ("agreed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priorities" ADD CONSTRAINT "priorities_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priorities" ADD CONSTRAINT "priorities_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priorities" ADD CONSTRAINT "priorities_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_criteria" ADD CONSTRAINT "priority_criteria_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_criteria" ADD CONSTRAINT "priority_criteria_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_insights" ADD CONSTRAINT "priority_insights_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_insights" ADD CONSTRAINT "priority_insights_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_maturity_targets" ADD CONSTRAINT "priority_maturity_targets_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_maturity_targets" ADD CONSTRAINT "priority_maturity_targets_measure_id_maturity_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."maturity_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_scores" ADD CONSTRAINT "priority_scores_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_scores" ADD CONSTRAINT "priority_scores_criterion_id_priority_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."priority_criteria"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_systems" ADD CONSTRAINT "priority_systems_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_systems" ADD CONSTRAINT "priority_systems_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_dependencies" ADD CONSTRAINT "initiative_dependencies_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_dependencies" ADD CONSTRAINT "initiative_dependencies_depends_on_id_initiatives_id_fk" FOREIGN KEY ("depends_on_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_dependencies" ADD CONSTRAINT "initiative_dependencies_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_insights" ADD CONSTRAINT "initiative_insights_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_insights" ADD CONSTRAINT "initiative_insights_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_projects" ADD CONSTRAINT "initiative_projects_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_projects" ADD CONSTRAINT "initiative_projects_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_systems" ADD CONSTRAINT "initiative_systems_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_systems" ADD CONSTRAINT "initiative_systems_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_systems" ADD CONSTRAINT "initiative_systems_replaced_by_system_id_systems_id_fk" FOREIGN KEY ("replaced_by_system_id") REFERENCES "public"."systems"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_values" ADD CONSTRAINT "measure_values_measure_id_outcome_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."outcome_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_values" ADD CONSTRAINT "measure_values_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_priority_id_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."priorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_survey_question_id_survey_questions_id_fk" FOREIGN KEY ("survey_question_id") REFERENCES "public"."survey_questions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_maturity_measure_id_maturity_measures_id_fk" FOREIGN KEY ("maturity_measure_id") REFERENCES "public"."maturity_measures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measures" ADD CONSTRAINT "outcome_measures_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_insights" ADD CONSTRAINT "commitment_insights_commitment_id_partnership_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."partnership_commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_insights" ADD CONSTRAINT "commitment_insights_insight_id_insights_id_fk" FOREIGN KEY ("insight_id") REFERENCES "public"."insights"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_commitments" ADD CONSTRAINT "partnership_commitments_version_id_partnership_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."partnership_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_commitments" ADD CONSTRAINT "partnership_commitments_question_id_survey_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."survey_questions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_commitments" ADD CONSTRAINT "partnership_commitments_comment_question_id_survey_questions_id_fk" FOREIGN KEY ("comment_question_id") REFERENCES "public"."survey_questions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_versions" ADD CONSTRAINT "partnership_versions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_versions" ADD CONSTRAINT "partnership_versions_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_versions" ADD CONSTRAINT "partnership_versions_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_versions" ADD CONSTRAINT "partnership_versions_agreed_by_user_id_users_id_fk" FOREIGN KEY ("agreed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_versions" ADD CONSTRAINT "partnership_versions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "develop_comments_subject" ON "develop_comments" USING btree ("subject_type","subject_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "mission_versions_number" ON "mission_versions" USING btree ("strategy_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "mission_versions_agreed" ON "mission_versions" USING btree ("strategy_id") WHERE "mission_versions"."agreed_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "mission_versions_strategy" ON "mission_versions" USING btree ("strategy_id","number");--> statement-breakpoint
CREATE INDEX "priorities_strategy" ON "priorities" USING btree ("strategy_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "priorities_title" ON "priorities" USING btree ("strategy_id",lower("title"));--> statement-breakpoint
CREATE UNIQUE INDEX "priority_criteria_name" ON "priority_criteria" USING btree ("strategy_id",lower("name"));--> statement-breakpoint
CREATE INDEX "priority_insights_insight" ON "priority_insights" USING btree ("insight_id");--> statement-breakpoint
CREATE INDEX "initiative_dependencies_strategy" ON "initiative_dependencies" USING btree ("strategy_id");--> statement-breakpoint
CREATE INDEX "initiative_dependencies_on" ON "initiative_dependencies" USING btree ("depends_on_id");--> statement-breakpoint
CREATE INDEX "initiative_insights_insight" ON "initiative_insights" USING btree ("insight_id");--> statement-breakpoint
CREATE INDEX "initiative_systems_system" ON "initiative_systems" USING btree ("system_id");--> statement-breakpoint
CREATE INDEX "initiatives_strategy" ON "initiatives" USING btree ("strategy_id","start_month");--> statement-breakpoint
CREATE INDEX "initiatives_programme" ON "initiatives" USING btree ("programme_id","position");--> statement-breakpoint
CREATE INDEX "programmes_strategy" ON "programmes" USING btree ("strategy_id","position");--> statement-breakpoint
CREATE INDEX "measure_values_measure" ON "measure_values" USING btree ("measure_id","recorded_on");--> statement-breakpoint
CREATE INDEX "outcome_measures_strategy" ON "outcome_measures" USING btree ("strategy_id");--> statement-breakpoint
CREATE INDEX "outcome_measures_priority" ON "outcome_measures" USING btree ("priority_id");--> statement-breakpoint
CREATE INDEX "outcome_measures_initiative" ON "outcome_measures" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "commitment_insights_insight" ON "commitment_insights" USING btree ("insight_id");--> statement-breakpoint
CREATE INDEX "partnership_commitments_version" ON "partnership_commitments" USING btree ("version_id","side","position");--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_versions_number" ON "partnership_versions" USING btree ("strategy_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_versions_agreed" ON "partnership_versions" USING btree ("strategy_id") WHERE "partnership_versions"."agreed_at" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_previous_wave_id_surveys_id_fk" FOREIGN KEY ("previous_wave_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_questions_first_wave" ON "survey_questions" USING btree ("first_wave_question_id");