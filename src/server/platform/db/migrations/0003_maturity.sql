CREATE TABLE "maturity_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"framework_id" uuid NOT NULL,
	"strategy_id" uuid,
	"title" text NOT NULL,
	"assessed_on" date NOT NULL,
	"assessors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maturity_assessments_status" CHECK ("maturity_assessments"."status" in ('draft', 'complete'))
);
--> statement-breakpoint
CREATE TABLE "maturity_frameworks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"built_in" text,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"scale_max" integer DEFAULT 5 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maturity_frameworks_built_in" UNIQUE("organisation_id","built_in"),
	CONSTRAINT "maturity_frameworks_scale" CHECK ("maturity_frameworks"."scale_max" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "maturity_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"framework_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"chorus_summary" boolean DEFAULT false NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "maturity_scores" (
	"assessment_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"score" integer,
	"rationale" text DEFAULT '' NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "maturity_scores_assessment_id_measure_id_pk" PRIMARY KEY("assessment_id","measure_id"),
	CONSTRAINT "maturity_scores_range" CHECK ("maturity_scores"."score" is null or "maturity_scores"."score" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "maturity_assessments" ADD CONSTRAINT "maturity_assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_assessments" ADD CONSTRAINT "maturity_assessments_framework_id_maturity_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."maturity_frameworks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_assessments" ADD CONSTRAINT "maturity_assessments_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_frameworks" ADD CONSTRAINT "maturity_frameworks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_measures" ADD CONSTRAINT "maturity_measures_framework_id_maturity_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."maturity_frameworks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_scores" ADD CONSTRAINT "maturity_scores_assessment_id_maturity_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."maturity_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_scores" ADD CONSTRAINT "maturity_scores_measure_id_maturity_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."maturity_measures"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "maturity_assessments_org" ON "maturity_assessments" USING btree ("organisation_id","assessed_on");--> statement-breakpoint
CREATE INDEX "maturity_assessments_framework" ON "maturity_assessments" USING btree ("framework_id");--> statement-breakpoint
CREATE INDEX "maturity_measures_framework" ON "maturity_measures" USING btree ("framework_id","position");